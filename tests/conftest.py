"""Shared fixtures: the whole demo site, built once per test session in French and English,
and one logged-in client per role."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


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
