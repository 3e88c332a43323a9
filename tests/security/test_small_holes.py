"""Issue 16, item 6: the rate limit follows the account, unverified addresses never log in,
secrets in paths stay out of the logs, staff sessions end when idle, searches are not cached."""

import logging
import time

import pytest
from allauth.account.models import EmailAddress
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from mist_site.log_filters import RedactRequestFilter

from members_area.privacy import LAST_SEEN_KEY

PASSWORD = "correct horse battery staple"


def login(client, identifier, password, ip):
    with translation.override("en"):
        url = reverse("account_login")
    return client.post(url, {"login": identifier, "password": password}, REMOTE_ADDR=ip)


@pytest.mark.django_db
def test_failures_by_username_lock_the_e_mail_too(client, make_user, clean_rate_limits):
    user = make_user("member", username="two-names")
    for attempt in range(5):
        login(client, "two-names", "wrong password", f"198.51.100.{attempt}")
    login(client, user.email, PASSWORD, "203.0.113.50")
    assert "_auth_user_id" not in client.session
    login(client, "TWO-NAMES", PASSWORD, "203.0.113.51")
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_an_unverified_address_added_to_an_account_does_not_log_in(
    client, make_user, clean_rate_limits
):
    user = make_user("member", username="adds-an-address")
    EmailAddress.objects.create(user=user, email="someone-else@example.org", verified=False)
    login(client, "someone-else@example.org", PASSWORD, "198.51.100.20")
    assert "_auth_user_id" not in client.session
    # Her own address (given by the invitation) and a verified one do.
    login(client, user.email, PASSWORD, "198.51.100.21")
    assert client.session["_auth_user_id"] == str(user.pk)
    client.logout()
    EmailAddress.objects.create(user=user, email="verified@example.org", verified=True)
    login(client, "verified@example.org", PASSWORD, "198.51.100.22")
    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_members_do_not_manage_addresses(client, make_user):
    client.force_login(make_user("member"))
    with translation.override("fr"):
        url = reverse("account_email")
    assert client.get(url).status_code == 404
    client.post(url, {"action_add": "", "email": "someone-else@example.org"})
    assert not EmailAddress.objects.filter(email="someone-else@example.org").exists()


SECRET = "s3cr3t-t0ken-value"


@pytest.mark.parametrize(
    "path",
    [
        f"/fr/espace-membres/calendrier/feed/{SECRET}.ics",
        f"/en/members/invitation/{SECRET}/",
        f"/fr/compte/password/reset/key/1a-{SECRET}/",
    ],
)
def test_secrets_in_paths_are_not_logged(path):
    request = RequestFactory().get(path)
    record = logging.LogRecord(
        "django.request", logging.WARNING, __file__, 1, "Not Found: %s", (path,), None
    )
    record.request = request
    access = logging.LogRecord(
        "django.server", logging.INFO, __file__, 1, '"%s" %s %s', (f"GET {path} HTTP/1.1",), None
    )
    access.args = (f"GET {path} HTTP/1.1", "200", "12")
    for each in (record, access):
        RedactRequestFilter().filter(each)
        said = each.getMessage() + repr(getattr(each, "request", ""))
        assert SECRET not in said
        assert "[secret]" in said  # the line still says which kind of address it was


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "fields"),
    [("salaried_team", {}), ("direction", {}), (None, {"is_staff": True, "is_superuser": True})],
)
def test_staff_sessions_end_when_idle(client, make_user, settings, role, fields):
    settings.MIST_MEMBERS_IDLE_SECONDS = 30 * 60
    client.force_login(make_user(role, username="idle-staff", **fields))
    assert client.get("/fr/").status_code == 200
    session = client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 31 * 60
    session.save()
    client.get("/fr/")
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/fr/recherche/", "/en/search/"])
def test_search_results_are_not_publicly_cacheable(client, path):
    response = client.get(path, {"q": "formation"})
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "public" not in cache_control and "private" in cache_control
    assert "no-store" in cache_control
