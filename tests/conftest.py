"""Shared fixtures: the whole demo site in French and English, built once per test run, and
one logged-in client per role."""

import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest
from django.core.management import call_command

# Parallel runs on SQLite build the demo once. The main pytest process makes a folder before it
# starts the test processes; the first of them to need the database builds the demo and saves a
# copy there, and the others copy it into their own in-memory database instead of migrating and
# building it again. PostgreSQL cannot copy a database someone is connected to: there each
# process builds its own.
SHARED_DEMO_FOLDER = "MIST_TEST_SHARED_DEMO"
SHARED_DEMO_WAIT_SECONDS = 600
BUILDS_THE_DEMO = []  # the demo this process claimed to build


def pytest_configure(config):
    if getattr(config.option, "numprocesses", None) and not hasattr(config, "workerinput"):
        os.environ[SHARED_DEMO_FOLDER] = tempfile.mkdtemp(prefix="mist-tests-demo-")


def pytest_sessionfinish():
    """A process that claimed the build and ends without the demo saved (its migrations
    failed, say) says so: the others stop waiting."""
    for saved in BUILDS_THE_DEMO:
        if not saved.exists():
            saved.with_suffix(".failed").touch()


def pytest_unconfigure(config):
    if not hasattr(config, "workerinput") and SHARED_DEMO_FOLDER in os.environ:
        shutil.rmtree(os.environ.pop(SHARED_DEMO_FOLDER), ignore_errors=True)


def shared_demo():
    """Where this run's demo is saved, when this process shares it; else None."""
    from django.db import connection

    folder = os.environ.get(SHARED_DEMO_FOLDER)
    if folder is None or connection.vendor != "sqlite":
        return None
    return Path(folder) / "demo.sqlite3"


def claim_the_build(saved):
    """True for the first process to ask: it builds the demo; the others copy it."""
    try:
        os.close(os.open(saved.with_suffix(".builder"), os.O_CREAT | os.O_EXCL))
    except FileExistsError:
        return False
    BUILDS_THE_DEMO.append(saved)
    return True


@pytest.fixture(scope="session")
def demo_role():
    """How this process gets the demo: "build" (and save it), "copy" it, or "load" it alone."""
    saved = shared_demo()
    if saved is None:
        return "load"
    return "build" if claim_the_build(saved) else "copy"


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, demo_role):
    """A process that copies the saved demo makes its empty tables without migrating (Django's
    TEST["MIGRATE"]): the copy replaces them."""
    from django.db import connection

    if demo_role == "copy":
        connection.settings_dict["TEST"]["MIGRATE"] = False


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, demo_role):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    with django_db_blocker.unblock():
        connection.ensure_connection()
        if demo_role == "load":
            load_demo()
        elif demo_role == "build":
            save_demo(shared_demo())
        else:
            copy_saved_demo(shared_demo())
            # Content types were cached while the empty tables were made; the copy numbers
            # them in its own order.
            ContentType.objects.clear_cache()


def load_demo():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def save_demo(path):
    from django.db import connection

    failed = path.with_suffix(".failed")
    try:
        load_demo()
        partial = path.with_suffix(".partial")
        target = sqlite3.connect(partial)
        with target:
            connection.connection.backup(target)
        target.close()
        partial.rename(path)  # the others see the file only once it is whole
    except BaseException:
        failed.touch()
        raise


def copy_saved_demo(path):
    from django.db import connection

    deadline = time.monotonic() + SHARED_DEMO_WAIT_SECONDS
    while not path.exists():
        if path.with_suffix(".failed").exists():
            pytest.exit("the test process that built the demo failed: see its error")
        if time.monotonic() > deadline:
            pytest.exit(f"the demo was not built within {SHARED_DEMO_WAIT_SECONDS} s")
        time.sleep(0.2)
    saved = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    saved.backup(connection.connection)
    saved.close()


@pytest.fixture
def home_fr(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="fr")


@pytest.fixture
def home_en(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en")


ROLE_NAMES = ["member", "active_member", "salaried_team", "board", "direction"]


@pytest.fixture
def make_user(db):
    """make_user("active_member") → a user holding that role (a Django group of that name)."""
    from django.contrib.auth.models import Group, User

    def make(role=None, username=None, **fields):
        username = username or f"{role or 'nobody'}-user"
        user = User.objects.create_user(
            username=username,
            email=f"{username}@example.org",
            password="correct horse battery staple",
            first_name=fields.pop("first_name", "Ada"),
            last_name=fields.pop("last_name", "Okafor"),
            **fields,
        )
        if role:
            user.groups.add(Group.objects.get_or_create(name=role)[0])
        return user

    return make


@pytest.fixture(params=["anonymous", *ROLE_NAMES, "editor"])
def role_client(request, client, make_user):
    """A test client logged in as each role in turn (and anonymous, and a Wagtail editor)."""
    role = request.param
    if role == "editor":
        user = make_user(None, username="editor-user", is_staff=True, is_superuser=True)
        client.force_login(user)
    elif role != "anonymous":
        client.force_login(make_user(role))
    client.role = role
    return client


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: fragments name pages by id, and a rolled-back
    test may leave ids that the next one reuses."""
    from django.core.cache import caches

    for alias in ("default", "pages"):
        caches[alias].clear()
    yield


@pytest.fixture
def bodies_rendered(settings):
    """Pages rendered in full on every request (no fragment cache): for tests that count what
    rendering costs."""
    settings.PAGE_FRAGMENT_CACHE = False
