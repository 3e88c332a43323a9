#!/usr/bin/env python3
"""`make drill`: failure drills on a throwaway copy of the production set-up.

1. PostgreSQL restarted under load. A PostgreSQL 15 cluster of its own (port 5440, under /tmp),
   a Redis of its own (port 6390), the demo site, gunicorn with production settings (2 workers).
   wrk loads a public page while a second load posts the appointment form, each post with its
   own token and name, the way a browser does (GET the form, then POST it). Meanwhile PostgreSQL
   is restarted (`pg_ctl restart -m fast`, which cuts every connection). Reported: requests that
   failed during the restart, the time until the site answered again (without restarting the
   app: CONN_HEALTH_CHECKS replaces broken connections), and submissions lost: a post that the
   site answered with its thank-you redirect but that is not in the database. Must be 0. A post
   that failed was told so (an error page, never the thank-you page).
2. Redis stopped. Public pages must still answer (the `pages` cache ignores Redis errors); rate
   limits (forms, logins) depend on Redis and refuse with an error until it is back.

Prints a table and writes bench-results/drill.json. Needs Debian's postgresql-15 and wrk
(`make drill` installs wrk), redis-server, and to be run as root (the cluster runs as postgres).
"""

import http.cookiejar
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
PG_BIN = Path(os.environ.get("DRILL_PG_BIN", "/usr/lib/postgresql/15/bin"))
PG_PORT = int(os.environ.get("DRILL_PG_PORT", "5440"))
REDIS_PORT = int(os.environ.get("DRILL_REDIS_PORT", "6390"))
APP_PORT = int(os.environ.get("DRILL_PORT", "8108"))
LOAD_SECONDS = int(os.environ.get("DRILL_SECONDS", "20"))
RESTART_AT = LOAD_SECONDS // 3
WORK = Path(tempfile.mkdtemp(prefix="mist-drill-"))
WORK.chmod(0o755)
BASE = f"http://127.0.0.1:{APP_PORT}"

# The drill posts far more forms than the per-address limit allows from one address.
(WORK / "drill_settings.py").write_text(
    "from mist_site.settings.production import *  # noqa\n"
    "ENQUIRY_RATE_LIMIT = (10**9, 3600)\n"
    # Plain http on 127.0.0.1: cookies without the Secure flag, or the client drops them.
    "CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE = LANGUAGE_COOKIE_SECURE = False\n"
)
ENV = {
    **os.environ,
    "PYTHONPATH": str(WORK),
    "DJANGO_SETTINGS_MODULE": "drill_settings",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "0",
    "DATABASE_URL": f"postgres://postgres@127.0.0.1:{PG_PORT}/mist_drill",
    "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
    "STATIC_ROOT": str(WORK / "static"),
    "MEDIA_ROOT": str(WORK / "media"),
    "PRIVATE_MEDIA_ROOT": str(WORK / "private"),
    "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    "GUNICORN_WORKERS": "2",
    "GUNICORN_BIND": f"127.0.0.1:{APP_PORT}",
}
ENV.pop("FRONTEND_CACHE_URL", None)
processes = []


def as_postgres(*args):
    subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c", " ".join(map(str, args))], check=True)


PG_RUN = WORK / "pg"  # owned by postgres: data, log and socket
PG_OPTIONS = f"'-p {PG_PORT} -k {PG_RUN} -c listen_addresses=127.0.0.1 -c fsync=off'"


def pg_ctl(action, *extra):
    as_postgres(
        PG_BIN / "pg_ctl", "-D", PG_RUN / "data", "-l", PG_RUN / "log", "-w", action, *extra
    )


def start_postgres():
    PG_RUN.mkdir()
    shutil.chown(PG_RUN, "postgres")
    as_postgres(
        PG_BIN / "initdb", "-D", PG_RUN / "data", "-A", "trust", "-U", "postgres", ">/dev/null"
    )
    pg_ctl("start", "-o", PG_OPTIONS)
    subprocess.run(
        [
            PG_BIN / "createdb",
            "-h",
            "127.0.0.1",
            "-p",
            str(PG_PORT),
            "-U",
            "postgres",
            "mist_drill",
        ],
        check=True,
    )


def start(*args, **kwargs):
    process = subprocess.Popen(args, env=ENV, cwd=ROOT, **kwargs)
    processes.append(process)
    return process


def manage(*args):
    return subprocess.run(
        [PY, "manage.py", *args], env=ENV, cwd=ROOT, check=True, text=True, capture_output=True
    ).stdout


def status_of(url, timeout=5):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except Exception:
        return None  # refused, reset, timed out


def wait_for(url, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if status_of(url) == 200:
            return
        time.sleep(0.3)
    raise SystemExit(f"{url} did not answer in {seconds}s")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FormPoster(threading.Thread):
    """Posts the appointment form again and again, like people do, and writes down what each
    person was told: thanked (302 to the thank-you page) or shown an error."""

    def __init__(self, form_url, stop):
        super().__init__(daemon=True)
        self.form_url, self.stop = form_url, stop
        self.thanked, self.failed = [], []

    def run(self):
        n = 0
        while not self.stop.is_set():
            n += 1
            name = f"drill-{n}-{secrets.token_hex(3)}"
            outcome = self.submit(name)
            (self.thanked if outcome == "thanked" else self.failed).append((name, outcome))

    def submit(self, name):
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
        try:
            page = opener.open(self.form_url, timeout=10).read().decode()
        except Exception as error:
            return f"form not shown: {getattr(error, 'code', type(error).__name__)}"
        fields = dict(re.findall(r'name="(csrfmiddlewaretoken|token)" value="([^"]*)"', page))
        data = {
            **fields,
            "name": name,
            "contact_method": "phone",
            "contact_value": "06 12 34 56 78",
            "may_leave_message": "no",
            "preferred_language": "fr",
            "message": "",
            "privacy_agreed": "on",
            "website": "",
        }
        request = urllib.request.Request(
            self.form_url,
            data=urllib.parse.urlencode(data).encode(),
            headers={"Referer": self.form_url, "Origin": BASE},
        )
        try:
            opener.open(request, timeout=10)
            return "200: the form again"  # a validation error would be a bug of the drill
        except urllib.error.HTTPError as error:
            if error.code == 302 and error.headers.get("Location", "").endswith("/thanks/"):
                return "thanked"
            return f"error page {error.code}"
        except Exception as error:
            return f"connection: {type(error).__name__}"


class Prober(threading.Thread):
    """Asks a page every 50 ms: when it stopped and started answering 200 again."""

    def __init__(self, url, stop):
        super().__init__(daemon=True)
        self.url, self.stop, self.log = url, stop, []

    def run(self):
        while not self.stop.is_set():
            self.log.append((time.monotonic(), status_of(self.url, timeout=2)))
            time.sleep(0.05)


def wrk(url, seconds):
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--timeout", "5s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    total = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    failed = (int(non_2xx.group(1)) if non_2xx else 0) + (
        sum(map(int, socket.groups())) if socket else 0
    )
    return {"requests": total, "failed": failed, "output": output}


def postgres_restart_drill(page_url, form_url):
    stop = threading.Event()
    poster, prober = FormPoster(form_url, stop), Prober(page_url, stop)
    poster.start()
    prober.start()
    load = {}
    loader = threading.Thread(target=lambda: load.update(wrk(page_url, LOAD_SECONDS)))
    loader.start()
    time.sleep(RESTART_AT)
    restart_started = time.monotonic()
    pg_ctl("restart", "-m", "fast", "-o", PG_OPTIONS)
    restart_done = time.monotonic()
    loader.join()
    stop.set()
    poster.join()
    prober.join()

    after = [(t, s) for t, s in prober.log if t >= restart_started]
    first_failure = next((t for t, s in after if s != 200), None)
    recovered = None
    if first_failure is not None:
        recovered = next((t for t, s in after if t > first_failure and s == 200), None)
    stored = set(
        manage(
            "shell",
            "-v0",
            "-c",
            "from enquiries.models import AppointmentRequest as A; "
            "print('\\n'.join(A.objects.filter(name__startswith='drill-')"
            ".values_list('name', flat=True)))",
        ).split()
    )
    lost = [name for name, _ in poster.thanked if name not in stored]
    failed_but_stored = [name for name, _ in poster.failed if name in stored]
    return {
        "page": page_url,
        "page_requests": load["requests"],
        "page_requests_failed": load["failed"],
        "postgres_restart_seconds": round(restart_done - restart_started, 2),
        "probe_failures": sum(1 for _, s in after if s != 200),
        "seconds_to_recover": round(recovered - restart_started, 2) if recovered else 0.0,
        "forms_posted": len(poster.thanked) + len(poster.failed),
        "forms_thanked": len(poster.thanked),
        "forms_failed_and_told": len(poster.failed),
        "form_failures": sorted({outcome for _, outcome in poster.failed}),
        "forms_lost": len(lost),
        "forms_failed_but_stored": len(failed_but_stored),
    }


def redis_stopped_drill(redis, urls, form_url):
    redis.terminate()
    redis.wait(timeout=10)
    statuses = {url: [status_of(url) for _ in range(20)] for url in urls}
    poster = FormPoster(form_url, threading.Event())
    form = poster.submit(f"drill-redis-{secrets.token_hex(3)}")
    return {
        "pages": {url: sorted(set(codes)) for url, codes in statuses.items()},
        "pages_answered": all(set(codes) == {200} for codes in statuses.values()),
        "form_post_while_redis_down": form,
    }


def main():
    if os.geteuid() != 0:
        raise SystemExit("Run as root: the throwaway PostgreSQL cluster runs as user postgres.")
    print(f"Working in {WORK}", flush=True)
    (ROOT / "bench-results").mkdir(exist_ok=True)
    start_postgres()
    redis = start(
        "redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", "",
        "--appendonly", "no", stdout=subprocess.DEVNULL,
    )  # fmt: skip
    print("Building the demo site…", flush=True)
    manage("migrate", "--noinput", "-v0")
    manage("load_demo")
    manage("collectstatic", "--noinput", "-v0")
    form_path = manage(
        "shell",
        "-v0",
        "-c",
        "from enquiries.models import AppointmentPage; "
        "print(AppointmentPage.objects.live().get(locale__language_code='fr').get_url())",
    ).strip()
    # The config's raw_env names the production settings: the drill's own (same, plus a high
    # form rate limit) replace them from the command line.
    log = open(ROOT / "bench-results" / "drill-gunicorn.log", "w")  # noqa: SIM115
    start(
        PY, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py",
        "--env", "DJANGO_SETTINGS_MODULE=drill_settings", stderr=log,
    )  # fmt: skip
    wait_for(f"{BASE}/healthz")
    page_url = f"{BASE}/fr/"
    form_url = BASE + form_path
    wait_for(form_url)
    results = {"postgres_restart": postgres_restart_drill(page_url, form_url)}
    urls = [page_url, f"{BASE}/en/", form_url]
    results["redis_stopped"] = redis_stopped_drill(redis, urls, form_url)
    results["redis_stopped"]["healthz"] = status_of(f"{BASE}/healthz")

    pg = results["postgres_restart"]
    print()
    print(f"PostgreSQL restarted under load ({LOAD_SECONDS}s of wrk, restart at {RESTART_AT}s):")
    print(
        f"  page requests            {pg['page_requests']:>8}  failed {pg['page_requests_failed']}"
    )
    print(f"  restart took             {pg['postgres_restart_seconds']:>8} s")
    print(f"  time to recover          {pg['seconds_to_recover']:>8} s (first 200 after failing)")
    print(f"  forms posted             {pg['forms_posted']:>8}")
    print(f"  forms thanked            {pg['forms_thanked']:>8}")
    print(f"  forms failed, sender told{pg['forms_failed_and_told']:>8}  {pg['form_failures']}")
    print(f"  forms LOST               {pg['forms_lost']:>8}")
    rd = results["redis_stopped"]
    print("Redis stopped:")
    for url, codes in rd["pages"].items():
        print(f"  {url:<45} {codes}")
    print(f"  /healthz                 {rd['healthz']}")
    print(f"  form post                {rd['form_post_while_redis_down']}")
    out = ROOT / "bench-results"
    out.mkdir(exist_ok=True)
    (out / "drill.json").write_text(json.dumps(results, indent=2))
    ok = pg["forms_lost"] == 0 and rd["pages_answered"]
    print("\nDrill passed." if ok else "\nDRILL FAILED.")
    return 0 if ok else 1


def cleanup():
    for process in reversed(processes):
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
    if (PG_RUN / "data" / "postmaster.pid").exists():
        pg_ctl("stop", "-m", "fast")
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    try:
        code = main()
    finally:
        cleanup()
    sys.exit(code)
