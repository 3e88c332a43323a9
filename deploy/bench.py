#!/usr/bin/env python3
"""`make bench`: the site under load, measured.

Builds a PostgreSQL database with the demo content multiplied by 10, starts two gunicorn app
servers (production settings, 2 workers each) sharing PostgreSQL and Redis behind Varnish, and
nginx serving saved copies of the same pages as static files (the physical limit). Then wrk
(10 connections, from a separate process) measures each page (a) straight from gunicorn, in
three configurations (production; without the response cache; without response or body
cache), (b) through Varnish, (c) from nginx. Prints a table, writes bench-results/bench.json.
Finally checks the scaled-out set-up: a page cached by Varnish is purged when it is published
through the app, whichever server rendered it, and the new title is served at once.

Everything listens on 127.0.0.1 only. Needs: PostgreSQL and Redis running (as on this machine),
and Debian's varnish, nginx and wrk (`apt-get install varnish nginx wrk`)."""

import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
DURATION = int(os.environ.get("BENCH_SECONDS", "10"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "10"))
FACTOR = int(os.environ.get("BENCH_FACTOR", "10"))
DB = os.environ.get("BENCH_DB", "mist_bench")
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
APP_PORTS = (8081, 8082)  # behind Varnish
BARE_PORT = 8083  # measured alone: no response cache, no body cache
VARNISH_PORT = 6081
NGINX_PORT = 8090
WORK = Path(tempfile.mkdtemp(prefix="mist-bench-"))
WORK.chmod(0o755)  # nginx workers run as an unprivileged user and must read the copies

ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "mist_site.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "0",
    "DATABASE_URL": f"{PG}/{DB}",
    "REDIS_URL": os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/9"),
    "FRONTEND_CACHE_URL": f"http://127.0.0.1:{VARNISH_PORT}",
    "STATIC_ROOT": str(WORK / "static"),
    "MEDIA_ROOT": str(WORK / "media"),
    "PRIVATE_MEDIA_ROOT": str(WORK / "private"),
    "SERVE_MEDIA": "1",
    "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    "GUNICORN_WORKERS": "2",
}
processes = []


def run(*args, **kwargs):
    return subprocess.run(args, check=True, env=ENV, cwd=ROOT, text=True, **kwargs)


def manage(*args, capture=False, purge=True):
    env = ENV if purge else {k: v for k, v in ENV.items() if k != "FRONTEND_CACHE_URL"}
    result = subprocess.run(
        [PY, "manage.py", *args], check=True, env=env, cwd=ROOT, text=True, capture_output=capture
    )
    return result.stdout if capture else None


def start(*args, **kwargs):
    process = subprocess.Popen(args, env={**ENV, **kwargs.pop("env", {})}, cwd=ROOT, **kwargs)
    processes.append(process)
    return process


def wait_for(url, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status < 500:
                    return
        except Exception:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer in {seconds}s")


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


def prepare_database():
    subprocess.run(["psql", PG + "/postgres", "-qc", f"DROP DATABASE IF EXISTS {DB}"], check=True)
    subprocess.run(["psql", PG + "/postgres", "-qc", f"CREATE DATABASE {DB}"], check=True)
    subprocess.run(
        [
            ".venv/bin/python",
            "-c",
            "import redis,os; redis.Redis.from_url(os.environ['REDIS_URL']).flushdb()",
        ],
        check=True,
        env=ENV,
        cwd=ROOT,
    )
    # No cache runs yet: building the content must not try to purge it.
    manage("migrate", "--noinput", "-v0", purge=False)
    manage("load_demo", purge=False)
    manage("multiply_demo", str(FACTOR), purge=False)
    manage("collectstatic", "--noinput", "-v0", purge=False)


def bench_urls():
    script = (
        "import json\n"
        "from django.apps import apps\n"
        "from wagtail.models import Page\n"
        "urls = {'home': '/fr/'}\n"
        "def first(label):\n"
        "    try: model = apps.get_model(label)\n"
        "    except LookupError: return None\n"
        "    return model.objects.live().filter(locale__language_code='fr').first()\n"
        "index = first('projects.ProjectIndexPage')\n"
        "if index: urls['project index, filtered'] = index.url + '?year=2022'\n"
        "project = first('projects.ProjectPage')\n"
        "if project: urls['project page'] = project.url\n"
        "episode = first('podcasts.EpisodePage')\n"
        "if episode: urls['episode page'] = episode.url\n"
        "show = first('podcasts.PodcastPage')\n"
        "if show: urls['podcast feed'] = show.url + 'feed/'\n"
        "print(json.dumps(urls))\n"
    )
    out = manage("shell", "-c", script, capture=True)
    return json.loads(out.strip().splitlines()[-1])


def start_servers():
    # The first server is configured as in production. The second keeps no whole responses:
    # it renders every request from cached routes and fragments (page shell and body). The
    # third keeps neither responses nor bodies: what rendering a page from the database costs.
    configurations = {
        APP_PORTS[0]: {},
        APP_PORTS[1]: {"RESPONSE_CACHE_SECONDS": "0"},
        BARE_PORT: {"RESPONSE_CACHE_SECONDS": "0", "PAGE_BODY_CACHE": "0"},
    }
    for port, settings in configurations.items():
        start(
            ".venv/bin/gunicorn",
            "-c",
            "deploy/gunicorn.conf.py",
            env={"GUNICORN_BIND": f"127.0.0.1:{port}", **settings},
        )
    for port in configurations:
        wait_for(f"http://127.0.0.1:{port}/robots.txt")
    start(
        "varnishd",
        "-F",
        "-a",
        f"127.0.0.1:{VARNISH_PORT}",
        "-f",
        str(ROOT / "deploy/varnish.vcl"),
        "-s",
        "malloc,256m",
        "-n",
        str(WORK / "varnish"),
        "-p",
        "thread_pool_min=50",
        stdout=subprocess.DEVNULL,
    )
    wait_for(f"http://127.0.0.1:{VARNISH_PORT}/robots.txt")
    time.sleep(5)  # let both health probes turn green


def save_static_copies(urls):
    root = WORK / "static-copies"
    for url in urls.values():
        _status, _headers, body = fetch(f"http://127.0.0.1:{APP_PORTS[0]}{url}")
        path = url.split("?")[0]
        target = root / path.lstrip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
    (WORK / "tmp").mkdir(exist_ok=True)
    conf = (
        (ROOT / "deploy/nginx-static.conf")
        .read_text()
        .format(root=root, port=NGINX_PORT, workdir=WORK)
    )
    (WORK / "nginx.conf").write_text(conf)
    subprocess.run(["nginx", "-t", "-q", "-c", str(WORK / "nginx.conf")], check=True)
    start("nginx", "-c", str(WORK / "nginx.conf"), "-g", "daemon off;")
    wait_for(f"http://127.0.0.1:{NGINX_PORT}/fr/")


def wrk(url):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}s", "--latency", url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {}
    for pct in ("50", "99"):
        match = re.search(rf"^\s+{pct}(?:\.000)?%\s+([\d.]+)(us|ms|s)", out, re.M)
        value, unit = float(match.group(1)), match.group(2)
        latency[pct] = value / 1000 if unit == "us" else value * 1000 if unit == "s" else value
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return {
        "rps": rps,
        "p50_ms": round(latency["50"], 2),
        "p99_ms": round(latency["99"], 2),
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
    }


def cluster_check(urls):
    """Publishing through the app purges Varnish for every server's copy."""
    url = urls.get("project page") or urls["home"]
    varnish = f"http://127.0.0.1:{VARNISH_PORT}{url}"
    fetch(varnish)
    _s, headers, _b = fetch(varnish)
    cached = headers.get("X-Cache") == "HIT"
    new_title = f"Bench {secrets.token_hex(4)}"
    manage(
        "shell",
        "-c",
        (
            "from wagtail.models import Page\n"
            f"page = Page.objects.get(url_path__endswith='{url.rstrip('/').split('/')[-1]}/', "
            "locale__language_code='fr').specific\n"
            f"page.title = '{new_title}'\n"
            "page.save_revision().publish()\n"
        ),
    )
    _s, headers, body = fetch(varnish)
    return {
        "url": url,
        "cached_before": cached,
        "served_new_title_at_once": new_title in body.decode(),
        "x_cache_after": headers.get("X-Cache"),
    }


def main():
    for tool in ("varnishd", "nginx", "wrk", "psql"):
        if not shutil.which(tool):
            raise SystemExit(
                f"{tool} is missing: apt-get install -y varnish nginx wrk postgresql-client"
            )
    print(f"Preparing PostgreSQL database {DB} with the demo content ×{FACTOR}…", flush=True)
    prepare_database()
    urls = bench_urls()
    measures = json.loads(
        manage("measure_pages", *urls.values(), capture=True).strip().splitlines()[-1]
    )
    start_servers()
    save_static_copies(urls)
    results = []
    for name, url in urls.items():
        row = {"page": name, "url": url, **measures[url]}
        row["gunicorn"] = wrk(f"http://127.0.0.1:{APP_PORTS[0]}{url}")
        row["gunicorn_rendering"] = wrk(f"http://127.0.0.1:{APP_PORTS[1]}{url}")
        row["gunicorn_bare"] = wrk(f"http://127.0.0.1:{BARE_PORT}{url}")
        fetch(f"http://127.0.0.1:{VARNISH_PORT}{url}")
        row["varnish"] = wrk(f"http://127.0.0.1:{VARNISH_PORT}{url}")
        row["nginx_static"] = wrk(f"http://127.0.0.1:{NGINX_PORT}{url.split('?')[0]}")
        limit = row["nginx_static"]["rps"]
        for column in ("gunicorn", "gunicorn_rendering", "gunicorn_bare", "varnish"):
            row[column]["ratio_to_static"] = round(row[column]["rps"] / limit, 4)
        results.append(row)
        print(f"  measured {name}", flush=True)
    cluster = cluster_check(urls)
    report = {
        "duration_s": DURATION,
        "connections": CONNECTIONS,
        "factor": FACTOR,
        "pages": results,
        "cluster_check": cluster,
    }
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(json.dumps(report, indent=2))
    print_table(results, cluster)


def print_table(results, cluster):
    head = (
        f"{'page':24} {'SQL':>3} {'HTML KB':>7} {'CSS+JS KB':>9} | {'bare r/s':>8} {'p50':>6} "
        f"{'p99':>6} | {'render r/s':>10} {'p50':>5} {'p99':>5} | {'app r/s':>7} {'p50':>5} "
        f"{'p99':>5} | {'varnish r/s':>11} {'p50':>5} {'p99':>5} | {'nginx r/s':>9} | "
        f"{'var/ngx':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        b, c, g = r["gunicorn_bare"], r["gunicorn_rendering"], r["gunicorn"]
        v, n = r["varnish"], r["nginx_static"]
        print(
            f"{r['page'][:24]:24} {r['queries']:>3} {r['html_bytes'] / 1024:>7.1f} "
            f"{r['css_js_bytes'] / 1024:>9.1f} | {b['rps']:>8.0f} {b['p50_ms']:>6.1f} "
            f"{b['p99_ms']:>6.1f} | {c['rps']:>10.0f} {c['p50_ms']:>5.1f} {c['p99_ms']:>5.1f} | "
            f"{g['rps']:>7.0f} {g['p50_ms']:>5.1f} {g['p99_ms']:>5.1f} | "
            f"{v['rps']:>11.0f} {v['p50_ms']:>5.2f} {v['p99_ms']:>5.2f} | {n['rps']:>9.0f} | "
            f"{v['ratio_to_static']:>7.1%}"
        )
    print(
        "All gunicorn, 2 workers, production settings, PostgreSQL + Redis. bare: no response "
        "or body cache, each page rendered from the database (routes and page shell cached); "
        "render: each request rendered from cached routes, shell and body fragments; app: as "
        "in production, whole responses for anonymous visitors kept in Redis. SQL: queries "
        "of a rendered page (bare)."
    )
    print(f"\nScaled-out check (2 app servers behind Varnish): {json.dumps(cluster)}")
    print("Full results: bench-results/bench.json")


def stop():
    for process in reversed(processes):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    try:
        main()
    finally:
        stop()
    sys.exit(0)
