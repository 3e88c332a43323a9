"""Real-browser tests: Playwright driving Debian's Chromium against a real server.

The server is not pytest-django's live_server: that one shares the session's test database,
and its transactional tests would flush the demo data. Instead, once per session, the test
database (migrated and filled with the demo once, in tests/conftest.py) is copied — SQLite's
backup, or PostgreSQL's CREATE DATABASE … TEMPLATE — and `runserver` serves the copy on a free
port. One browser is shared by the session; each test gets a fresh context (no cookies, no
history) on a phone or a desktop viewport. Every request to another host is refused and
recorded: the site must not call any (the neutral site of the quick exit is answered locally).
"""

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SKIP_REASON = f"BROWSER TESTS SKIPPED: {CHROMIUM} is missing (apt-get install -y chromium)"
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
# The members' area replaces allauth's bare default login page (no layout, no lang).
SITE_LOGIN_TEMPLATE = ROOT / "templates" / "account" / "login.html"

VIEWPORTS = {
    "phone": {
        "viewport": {"width": 375, "height": 667},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
    },
    "desktop": {"viewport": {"width": 1280, "height": 800}},
}
# The neutral site of the quick exit (SiteSettings default and the demo's value).
NEUTRAL_HOSTS = {"meteofrance.com", "www.meteofrance.com"}
NEUTRAL_PAGE = "<!doctype html><html lang=fr><title>Météo</title><h1>Prévisions météo</h1>"


# ---------------------------------------------------------------- skipping without Chromium


def pytest_itemcollected(item):
    """Marks each browser journey as it is collected, before pytest-django orders the tests by
    the database they use and pytest-xdist groups them by their xdist_group mark: the journeys
    come first, together, in one test process, which mostly waits for the server and the
    browser while the other process runs the rest."""
    if item.get_closest_marker("browser"):
        # The server serves a copy of the test database: pytest-django must create it even
        # when only browser tests run (it sets up the databases tests ask for).
        item.add_marker(pytest.mark.django_db)
        item.add_marker(pytest.mark.xdist_group("browser"))
        if not CHROMIUM.exists():
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


def pytest_terminal_summary(terminalreporter):
    if not CHROMIUM.exists():
        terminalreporter.write_line(f"!!! {SKIP_REASON} !!!", red=True, bold=True)


# ---------------------------------------------------------------- the server


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SiteServer:
    """A migrated, demo-filled copy of the site served by `runserver` in the background."""

    def __init__(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="mist-browser-"))
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.log_path = self.tmp / "server.log"
        self.process = None
        self.inventory = {}
        self.postgres_copy = None
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.browser.server_settings",
            "DATABASE_URL": f"sqlite:///{self.tmp / 'db.sqlite3'}",
            "STATIC_ROOT": str(self.tmp / "static"),
            "DEBUG": "false",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "REDIS_URL": "",
            "PYTHONUNBUFFERED": "1",
        }
        self.env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)

    def manage(self, *args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result.stdout

    def copy_test_database(self):
        """The server's database: a copy of this session's test database, demo included."""
        from django.conf import settings
        from django.db import connection, connections

        # The demo's images and files, where the session's load_demo wrote them.
        self.env["MEDIA_ROOT"] = str(settings.MEDIA_ROOT)
        self.env["PRIVATE_MEDIA_ROOT"] = str(settings.PRIVATE_MEDIA_ROOT)
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            target = sqlite3.connect(self.tmp / "db.sqlite3")
            with target:
                connection.connection.backup(target)
            target.close()
            return
        db = connection.settings_dict
        name = f"{db['NAME']}_browser"
        connections.close_all()  # PostgreSQL copies a template nobody is connected to
        with connection._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{db["NAME"]}"')
        self.postgres_copy = name
        credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
        self.env["DATABASE_URL"] = (
            f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"
        )

    def drop_database_copy(self):
        if self.postgres_copy:
            from django.db import connection

            with connection._nodb_cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{self.postgres_copy}"')

    def start(self):
        (self.tmp / "static").mkdir()
        out = self.manage("shell", "-c", "from tests.browser.site_setup import build; build()")
        self.inventory = json.loads(out.strip().splitlines()[-1])
        self.log = open(self.log_path, "w")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{self.port}",
                "--noreload",
                "--insecure",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        self.wait_until_up()

    def wait_until_up(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"runserver exited:\n{self.log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/fr/", timeout=2):
                    return
            except urllib.error.HTTPError:
                return  # it answers, even if with an error page
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"runserver did not answer:\n{self.log_path.read_text()[-3000:]}")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
            self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    # What the tests ask about the site.
    def page_url(self, page_type, lang):
        """Address of the first live page of a type ("projects.ProjectPage") in a language."""
        entry = self.inventory["pages"].get(page_type, {}).get(lang)
        return entry["url"] if entry else None

    def route(self, name, lang):
        return self.inventory["routes"][lang][name]

    def status(self, path):
        """HTTP status of a GET without following redirects (to tell "not merged yet")."""

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(f"{self.base_url}{path}", timeout=10) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    @property
    def password(self):
        return self.inventory["members"]["password"]


@pytest.fixture(scope="session")
def site_server(django_db_setup, django_db_blocker):
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    server = SiteServer()
    try:
        with django_db_blocker.unblock():
            server.copy_test_database()
        server.start()
        yield server
    finally:
        server.stop()
        with django_db_blocker.unblock():
            server.drop_database_copy()


# ---------------------------------------------------------------- the browser


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(params=list(VIEWPORTS), ids=list(VIEWPORTS))
def viewport(request):
    return request.param


def open_context(browser, site_server, viewport, **options):
    """A fresh browser context on the test server; other hosts are refused and recorded."""
    context = browser.new_context(base_url=site_server.base_url, **VIEWPORTS[viewport], **options)
    context.set_default_timeout(10_000)
    context.external_requests = []
    local_host = urlsplit(site_server.base_url).netloc

    def guard(route):
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob") or parts.netloc == local_host:
            route.continue_()
        elif parts.hostname in NEUTRAL_HOSTS:
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=NEUTRAL_PAGE)
        else:
            context.external_requests.append(url)
            route.abort()

    context.route("**/*", guard)
    return context


@pytest.fixture
def context(browser, site_server, viewport):
    context = open_context(browser, site_server, viewport)
    yield context
    external = [url for url in context.external_requests]
    context.close()
    assert not external, f"the site asked other hosts: {external}"


@pytest.fixture
def page(context):
    return context.new_page()


@pytest.fixture
def member_login(site_server):
    """log_in(page, lang, username="browser-reader"): logs in through the login form."""

    def log_in(page, lang, username="browser-reader"):
        login_url = site_server.route("login", lang)
        page.goto(login_url)
        page.locator("input[name=login]").fill(username)
        page.locator("input[name=password]").fill(site_server.password)
        with page.expect_navigation():
            page.locator("form:has(input[name=password]) [type=submit]").click()
        assert page.locator("input[name=password]").count() == 0, f"login failed: {page.url}"

    return log_in


def screenshot_path(name, viewport, lang):
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS / f"{name}-{lang}-{viewport}.png"
