#!/usr/bin/env python3
"""`make bench`: the site under load, measured.

Builds a PostgreSQL database with the demo content multiplied by 10, starts two gunicorn app
servers (production settings, 2 workers each) sharing PostgreSQL and Redis behind Varnish, a
third one without fragment caches, and nginx serving saved copies of the same pages as static
files (the physical limit). Then wrk (-t2, 10 connections, a separate process on the same
machine) measures each page (a) through Varnish and from nginx, (b) as a Varnish miss costs
it: rendered by Wagtail's own routing and serve, straight from gunicorn, with the fragment
caches warm and cold. Prints a table with the targets, writes bench-results/bench.json.
Finally checks the scaled-out set-up through the real Varnish: publishing a page, saving a
snippet and moving a page purge at once what shows them, whichever server rendered it.

How Varnish is compared with nginx (issue 19: Varnish ≥ 70 % of nginx's requests/s):
- the same bytes: nginx serves, for the same URL, the very body Varnish serves from its cache
  with the headers Varnish sends (checked before measuring; both header sizes are printed);
- the same conditions: BENCH_ROUNDS rounds (5) of BENCH_ROUND_SECONDS (4 s), each running wrk
  on Varnish then on nginx, the order alternating between rounds, while the app servers are
  idle; the ratio is taken in each round and the median round is reported with the lowest
  and highest, the requests/s as the medians of the rounds;
- only hits: varnishstat's counters around each Varnish window (client requests, hits,
  misses, hit-for-pass / hit-for-miss, passes, pipes, synthetic answers, gzip / gunzip) must
  show every request served from the cache;
- Varnish as in production: the storage and parameters of deploy/install.sh's varnishd
  command line, its working directory (the shared-memory log) on a tmpfs.

Everything listens on 127.0.0.1 only. Needs: PostgreSQL and Redis running (as on this machine),
and Debian's varnish, nginx and wrk (`apt-get install varnish nginx wrk`)."""

import json
import os
import re
import secrets
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
DURATION = int(os.environ.get("BENCH_SECONDS", "10"))
# Varnish and nginx: this many rounds of ROUND_SECONDS each, interleaved (see measure_cached).
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
ROUND_SECONDS = int(os.environ.get("BENCH_ROUND_SECONDS", "4"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "10"))
FACTOR = int(os.environ.get("BENCH_FACTOR", "10"))
DB = os.environ.get("BENCH_DB", "mist_bench")
PG = os.environ.get("BENCH_PG", "postgres://postgres@127.0.0.1:5432")
PORT_BASE = int(os.environ.get("BENCH_PORT_BASE", "8081"))
APP_PORTS = (PORT_BASE, PORT_BASE + 1)  # behind Varnish (deploy/varnish.vcl names 8081, 8082)
COLD_PORT = PORT_BASE + 2  # measured alone: no fragment cache, every page rendered in full
VARNISH_PORT = int(os.environ.get("BENCH_VARNISH_PORT", "6081"))
NGINX_PORT = PORT_BASE + 9
# Targets of issue 19 (same run, same machine).
TARGET_VARNISH_RATIO = 0.70
TARGET_MISS_RPS = 150
TARGET_MISS_P99_MS = 250
TARGET_HTML_KB = 60
WORK = Path(tempfile.mkdtemp(prefix="mist-bench-"))
WORK.chmod(0o755)  # nginx workers run as an unprivileged user and must read the copies
VARNISH_DIR = None  # Varnish's working directory, on a tmpfs as in production (start_servers)

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


def manage(*args, capture=False, purge=True, extra_env=None):
    env = ENV if purge else {k: v for k, v in ENV.items() if k != "FRONTEND_CACHE_URL"}
    env = {**env, **(extra_env or {})}
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


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:  # a redirect or a 404 is an answer too
        return error.code, dict(error.headers), error.read()


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
    # The two servers behind Varnish are configured as in production (fragments cached). The
    # third keeps no fragment: what a Varnish miss costs right after a publication.
    configurations = {APP_PORTS[0]: {}, APP_PORTS[1]: {}, COLD_PORT: {"PAGE_FRAGMENT_CACHE": "0"}}
    for port, settings in configurations.items():
        start(
            ".venv/bin/gunicorn",
            "-c",
            "deploy/gunicorn.conf.py",
            env={"GUNICORN_BIND": f"127.0.0.1:{port}", **settings},
        )
    for port in configurations:
        wait_for(f"http://127.0.0.1:{port}/robots.txt")
    global VARNISH_DIR
    VARNISH_DIR = memory_folder()
    start(
        "varnishd",
        "-F",
        "-a",
        f"127.0.0.1:{VARNISH_PORT}",
        "-f",
        str(varnish_configuration()),
        "-n",
        str(VARNISH_DIR),
        *production_varnish_options(),
        stdout=subprocess.DEVNULL,
    )
    wait_for(f"http://127.0.0.1:{VARNISH_PORT}/robots.txt")
    time.sleep(5)  # let both health probes turn green


def memory_folder():
    """A temporary folder on the tmpfs /dev/shm for Varnish's working directory (its
    shared-memory log): production mounts /var/lib/varnish as a tmpfs (deploy/install.sh)."""
    for line in Path("/proc/mounts").read_text().splitlines():
        _device, mount_point, kind, *_rest = line.split()
        if mount_point == "/dev/shm" and kind == "tmpfs":
            folder = Path(tempfile.mkdtemp(prefix="mist-bench-varnish-", dir="/dev/shm"))
            folder.chmod(0o755)  # Varnish's worker process runs as an unprivileged user
            return folder
    raise SystemExit("/dev/shm is not a tmpfs: Varnish's working directory would be on disk")


def production_varnish_options():
    """Storage and parameters exactly as production's varnishd command line in
    deploy/install.sh (-s, -p, ...): the bench runs no setting production does not."""
    text = (ROOT / "deploy/install.sh").read_text()
    args = shlex.split(re.search(r"^ExecStart=/usr/sbin/varnishd (.+)$", text, re.M).group(1))
    kept, options = ("-s", "-p", "-t", "-l", "-h", "-W"), []
    with_value = (*kept, "-a", "-f", "-j", "-n", "-P", "-S", "-T", "-i", "-I")
    while args:
        flag = args.pop(0)
        value = args.pop(0) if flag in with_value else None
        if flag in kept:
            options += [flag, value]
    return options


def varnish_configuration():
    """deploy/varnish.vcl with this run's app ports."""
    vcl = (ROOT / "deploy/varnish.vcl").read_text()
    vcl = vcl.replace('.port = "8081"', f'.port = "{APP_PORTS[0]}"')
    vcl = vcl.replace('.port = "8082"', f'.port = "{APP_PORTS[1]}"')
    path = WORK / "varnish.vcl"
    path.write_text(vcl)
    return path


# Headers nginx writes itself; every other header of Varnish's answer is repeated by nginx.
NGINX_OWN_HEADERS = {
    "date",
    "server",
    "content-length",
    "content-type",
    "connection",
    "keep-alive",
    "accept-ranges",
    "age",
}


def nginx_string(value):
    if "$" in value:  # nginx would read a variable
        raise SystemExit(f"cannot repeat a header holding '$' in nginx: {value}")
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def nginx_location(path, headers):
    """nginx answers `path` with the headers Varnish answered (its own ETag and Content-Type
    replaced by Varnish's)."""
    lines = [
        f"location = {path} {{",
        "    types {}",
        f"    default_type {nginx_string(headers.get('Content-Type', 'text/html'))};",
        "    etag off;",
    ]
    for name, value in headers.items():
        if name.lower() not in NGINX_OWN_HEADERS:
            lines.append(f"    add_header {name} {nginx_string(value)} always;")
    lines.append(f"    try_files {path.rstrip('/')}/index.html =404;")
    return "\n".join(("        " + line) for line in lines) + "\n        }"


def header_bytes(status, headers):
    return len(f"HTTP/1.1 {status} OK\r\n\r\n") + sum(
        len(f"{name}: {value}\r\n") for name, value in headers.items()
    )


def save_static_copies(urls):
    """nginx answers the bytes Varnish answers: each page's body as Varnish serves it from its
    cache, saved to a file, with the same headers. Returns, per page, the response header
    sizes of both sides (bodies are checked identical)."""
    root = WORK / "static-copies"
    locations = []
    for url in urls.values():
        fetch(f"http://127.0.0.1:{VARNISH_PORT}{url}")  # now stored
        _status, headers, body = fetch(f"http://127.0.0.1:{VARNISH_PORT}{url}")
        path = url.split("?")[0]
        target = root / path.strip("/") / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        locations.append(nginx_location(path, headers))
    (WORK / "tmp").mkdir(exist_ok=True)
    conf = (
        (ROOT / "deploy/nginx-static.conf")
        .read_text()
        .format(root=root, port=NGINX_PORT, workdir=WORK, locations="\n".join(locations))
    )
    (WORK / "nginx.conf").write_text(conf)
    subprocess.run(["nginx", "-t", "-q", "-c", str(WORK / "nginx.conf")], check=True)
    start("nginx", "-c", str(WORK / "nginx.conf"), "-g", "daemon off;")
    wait_for(f"http://127.0.0.1:{NGINX_PORT}/fr/")
    sizes = {}
    for name, url in urls.items():
        v_status, v_headers, v_body = fetch(f"http://127.0.0.1:{VARNISH_PORT}{url}")
        n_status, n_headers, n_body = fetch(f"http://127.0.0.1:{NGINX_PORT}{url}")
        if (v_status, v_body) != (n_status, n_body) or v_headers.get("X-Cache") != "HIT":
            raise SystemExit(f"{url}: nginx does not answer what Varnish serves from its cache")
        sizes[name] = {
            "varnish": header_bytes(v_status, v_headers),
            "nginx": header_bytes(n_status, n_headers),
            "body": len(v_body),
        }
    return sizes


def wrk(url, seconds=DURATION):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url],
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
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": rps,
        "p50_ms": round(latency["50"], 2),
        "p99_ms": round(latency["99"], 2),
        "errors": int(non_2xx.group(1)) if non_2xx else 0,
    }


# What Varnish did with the requests of a measured window: all must be hits.
VARNISH_COUNTERS = (
    "client_req",
    "cache_hit",
    "cache_miss",
    "cache_hitpass",
    "cache_hitmiss",
    "s_pass",
    "s_pipe",
    "s_synth",
    "n_gunzip",
    "n_gzip",
)


def varnish_counters():
    fields = [arg for name in VARNISH_COUNTERS for arg in ("-f", f"MAIN.{name}")]
    out = subprocess.run(
        ["varnishstat", "-n", str(VARNISH_DIR), "-1", *fields],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    values = dict(line.split()[:2] for line in out.splitlines() if line.startswith("MAIN."))
    return {name: int(values[f"MAIN.{name}"]) for name in VARNISH_COUNTERS}


def measure_cached(url):
    """Varnish (a cached page) and nginx (its static copy) measured in the same conditions:
    ROUNDS rounds, each running wrk on one then on the other, the order alternating from one
    round to the next, so that a change in the machine's load (other processes, the
    hypervisor) falls on both sides. The ratio is taken in each round, between two windows a
    few seconds apart; the median round is reported with the lowest and highest. varnishstat's
    counters around each Varnish window show what Varnish did with its requests."""
    varnish_url = f"http://127.0.0.1:{VARNISH_PORT}{url}"
    fetch(varnish_url)  # stored before the first window
    rounds = []
    for index in range(ROUNDS):
        measured = {}
        for side in ("varnish", "nginx") if index % 2 == 0 else ("nginx", "varnish"):
            if side == "varnish":
                before = varnish_counters()
                measured["varnish"] = wrk(varnish_url, ROUND_SECONDS)
                time.sleep(0.2)  # the worker threads add their last requests to the counters
                after = varnish_counters()
                measured["counters"] = {name: after[name] - before[name] for name in before}
            else:
                measured["nginx"] = wrk(f"http://127.0.0.1:{NGINX_PORT}{url}", ROUND_SECONDS)
        measured["ratio"] = measured["varnish"]["rps"] / measured["nginx"]["rps"]
        rounds.append(measured)
    counters = {name: sum(r["counters"][name] for r in rounds) for name in VARNISH_COUNTERS}
    ratios = [r["ratio"] for r in rounds]
    summary = {"rounds": rounds, "counters": counters}
    for side in ("varnish", "nginx"):
        rps = [r[side]["rps"] for r in rounds]
        summary[side] = {
            "rps": statistics.median(rps),
            "rps_min": min(rps),
            "rps_max": max(rps),
            "p99_ms": statistics.median([r[side]["p99_ms"] for r in rounds]),
            "errors": sum(r[side]["errors"] for r in rounds),
            "requests": sum(r[side]["requests"] for r in rounds),
        }
    summary["ratio"] = round(statistics.median(ratios), 4)
    summary["ratio_min"] = round(min(ratios), 4)
    summary["ratio_max"] = round(max(ratios), 4)
    # Every request Varnish received in the windows was a hit, and wrk's were all among them.
    requests, others = summary["varnish"]["requests"], VARNISH_COUNTERS[2:]
    summary["all_hits"] = counters["cache_hit"] == counters["client_req"] >= requests and not any(
        counters[name] for name in others
    )
    return summary


def publish_through_the_app(code):
    manage("shell", "-c", "from wagtail.models import Page\n" + code)


def cluster_check(urls):
    """Through the real Varnish: publishing a page, saving a snippet and moving a page are
    served at once, whichever server rendered the cached copy."""
    url = urls.get("project page") or urls["home"]
    varnish = f"http://127.0.0.1:{VARNISH_PORT}{url}"
    fetch(varnish)
    cached = fetch(varnish)[1].get("X-Cache") == "HIT"
    new_title = f"Bench {secrets.token_hex(4)}"
    slug = url.rstrip("/").split("/")[-1]
    publish_through_the_app(
        f"page = Page.objects.get(url_path__endswith='/{slug}/', locale__language_code='fr')"
        f".specific\npage.title = '{new_title}'\npage.save_revision().publish()\n"
    )
    _s, headers, body = fetch(varnish)
    result = {
        "url": url,
        "cached_before": cached,
        "publish_served_new_title_at_once": new_title in body.decode(),
        "x_cache_after_publish": headers.get("X-Cache"),
    }
    # A visitor who once opened a form carries a CSRF cookie: public pages still come from
    # the cache for her; a session is never served from it.
    fetch(varnish)
    result["csrf_cookie_served_from_cache"] = (
        fetch(varnish, {"Cookie": "csrftoken=abc; leftover=1"})[1].get("X-Cache") == "HIT"
    )
    result["session_cookie_passed"] = (
        fetch(varnish, {"Cookie": "sessionid=abc"})[1].get("X-Cache") == "MISS"
    )
    # A snippet save (the footer text) bans the whole site.
    home = f"http://127.0.0.1:{VARNISH_PORT}/fr/"
    fetch(home)
    result["home_cached_before_snippet_save"] = fetch(home)[1].get("X-Cache") == "HIT"
    publish_through_the_app(
        "from home.models import FooterText\n"
        "footer = FooterText.objects.filter(locale__language_code='fr').first()\n"
        "footer.body = footer.body + '<p>Bench footer</p>'\nfooter.save()\n"
    )
    _s, headers, body = fetch(home)
    result["snippet_save_served_at_once"] = "Bench footer" in body.decode()
    # A page moved: its old address answers Wagtail's redirect (or a 404) at once.
    about = f"http://127.0.0.1:{VARNISH_PORT}/fr/qui-sommes-nous/"
    fetch(about)
    result["moved_page_cached_before"] = fetch(about)[1].get("X-Cache") == "HIT"
    publish_through_the_app(
        "from home.models import ContentPage\n"
        "page = Page.objects.get(url_path__endswith='/qui-sommes-nous/', "
        "locale__language_code='fr')\n"
        "target = ContentPage.objects.sibling_of(page, inclusive=False).live().first()\n"
        "page.move(target, pos='last-child')\n"
    )
    status, headers, _b = fetch(about)
    result["old_address_after_move"] = status
    result["old_address_answers_at_once"] = status in (301, 302, 404)
    return result


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
    cold_measures = json.loads(
        manage(
            "measure_pages", *urls.values(), capture=True, extra_env={"PAGE_FRAGMENT_CACHE": "0"}
        )
        .strip()
        .splitlines()[-1]
    )
    start_servers()
    header_sizes = save_static_copies(urls)
    load_before = os.getloadavg()
    # First Varnish and nginx, while the app servers are idle (a measured miss would leave
    # them rendering the requests still queued when wrk stops), then the misses.
    results = []
    for name, url in urls.items():
        row = {"page": name, "url": url, **measures[url], "response_sizes": header_sizes[name]}
        row["queries_cold"] = cold_measures[url]["queries"]
        cached = measure_cached(url)
        row["varnish"], row["nginx_static"] = cached.pop("varnish"), cached.pop("nginx")
        row["varnish"].update(cached)
        results.append(row)
        print(f"  measured {name} through Varnish and nginx", flush=True)
    for row in results:
        url = row["url"]
        fetch(f"http://127.0.0.1:{APP_PORTS[0]}{url}")  # its fragments are now warm
        row["miss_warm"] = wrk(f"http://127.0.0.1:{APP_PORTS[0]}{url}")
        row["miss_cold"] = wrk(f"http://127.0.0.1:{COLD_PORT}{url}")
        for column in ("miss_warm", "miss_cold"):
            ratio = row[column]["rps"] / row["nginx_static"]["rps"]
            row[column]["ratio_to_static"] = round(ratio, 4)
        print(f"  measured {row['page']} as a miss", flush=True)
    load_after = os.getloadavg()
    cluster = cluster_check(urls)
    report = {
        "load_average": {"before": load_before, "after": load_after},
        "duration_s": DURATION,
        "rounds": ROUNDS,
        "round_s": ROUND_SECONDS,
        "varnish_options": production_varnish_options(),
        "connections": CONNECTIONS,
        "factor": FACTOR,
        "pages": results,
        "cluster_check": cluster,
    }
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "bench.json").write_text(json.dumps(report, indent=2))
    print_table(results, cluster, (load_before, load_after))


def print_table(results, cluster, load):
    head = (
        f"{'page':24} {'SQL w/c':>7} {'HTML KB':>7} | {'miss cold r/s':>13} {'p50':>5} "
        f"{'p99':>6} | {'miss warm r/s':>13} {'p50':>5} {'p99':>6} | {'varnish r/s':>11} "
        f"{'p99':>5} | {'nginx r/s':>9} | {'var/ngx (min–max)':>17} | {'hits':>7} | targets"
    )
    print(head)
    print("-" * len(head))
    for r in results:
        cold, warm, v, n = r["miss_cold"], r["miss_warm"], r["varnish"], r["nginx_static"]
        missed = []
        if v["ratio"] < TARGET_VARNISH_RATIO:
            missed.append("varnish")
        if not v["all_hits"]:
            missed.append("not all hits")
        if r["page"] in ("home", "project page", "episode page") and (
            warm["rps"] < TARGET_MISS_RPS or warm["p99_ms"] > TARGET_MISS_P99_MS
        ):
            missed.append("miss")
        if not r["url"].endswith("feed/") and r["html_bytes"] > TARGET_HTML_KB * 1024:
            missed.append("size")
        spread = f"({v['ratio_min']:.0%}–{v['ratio_max']:.0%})"
        hits = v["counters"]["cache_hit"] / v["counters"]["client_req"]
        print(
            f"{r['page'][:24]:24} {r['queries']:>3}/{r['queries_cold']:<3} "
            f"{r['html_bytes'] / 1024:>7.1f} | {cold['rps']:>13.0f} {cold['p50_ms']:>5.1f} "
            f"{cold['p99_ms']:>6.1f} | {warm['rps']:>13.0f} {warm['p50_ms']:>5.1f} "
            f"{warm['p99_ms']:>6.1f} | {v['rps']:>11.0f} {v['p99_ms']:>5.2f} | "
            f"{n['rps']:>9.0f} | {v['ratio']:>6.1%} {spread:>10} | {hits:>7.2%} | "
            f"{'missed: ' + ', '.join(missed) if missed else 'met'}"
        )
    sizes = ", ".join(
        f"{r['page']} {r['response_sizes']['varnish']}/{r['response_sizes']['nginx']}"
        for r in results
    )
    print(
        "gunicorn, 2 workers, production settings, PostgreSQL + Redis. miss: what a Varnish miss "
        "costs, a page found and served by Wagtail's own routing and serve, straight from "
        "gunicorn, with the fragment caches (head, header, body, footer) warm or cold "
        f"({DURATION} s each). SQL w/c: queries of a page with fragments warm / cold. Varnish "
        f"(production's options: {' '.join(production_varnish_options())}) and nginx (2 "
        "workers, a static copy of the very body Varnish serves, with Varnish's headers): "
        f"{ROUNDS} rounds of {ROUND_SECONDS} s each, interleaved, medians; var/ngx: median of "
        "the rounds' ratios (lowest–highest); hits: Varnish's cache hits / client requests in "
        f"the measured windows (varnishstat). Response header bytes, Varnish/nginx: {sizes}. "
        "wrk -t2 with "
        f"{CONNECTIONS} connections on the same machine. Targets: Varnish ≥ "
        f"{TARGET_VARNISH_RATIO:.0%} of nginx static; a warm miss ≥ {TARGET_MISS_RPS} r/s with "
        f"p99 ≤ {TARGET_MISS_P99_MS} ms (home, project, episode); HTML pages (not feeds) ≤ "
        f"{TARGET_HTML_KB} KB."
    )
    print(f"Load average (1, 5, 15 min) before the measures: {load[0]}, after: {load[1]}")
    print(f"\nScaled-out check through Varnish: {json.dumps(cluster)}")
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
    if VARNISH_DIR:
        shutil.rmtree(VARNISH_DIR, ignore_errors=True)


if __name__ == "__main__":
    try:
        main()
    finally:
        stop()
    sys.exit(0)
