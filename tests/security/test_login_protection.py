"""Login protection: attempts are rate limited, and no answer tells whether an account exists."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

PASSWORD = "correct horse battery staple"
LOGIN_FAILURES_ALLOWED = 5  # allauth's default "login_failed": "10/m/ip,5/300s/key"


def english(name):
    with translation.override("en"):
        return reverse(name)


def login(client, username, password, ip):
    return client.post(
        english("account_login"), {"login": username, "password": password}, REMOTE_ADDR=ip
    )


def errors(response):
    return [str(error) for error in response.context["form"].non_field_errors()]


def fail_until_locked(client, username, ip):
    """The allowed failures, each answered with the ordinary message; returns that message."""
    for _ in range(LOGIN_FAILURES_ALLOWED):
        response = login(client, username, "wrong password", ip)
        assert response.status_code == 200 and "_auth_user_id" not in client.session
    return errors(response)


@pytest.mark.django_db
def test_repeated_failures_lock_the_login_for_a_while(client, make_user, clean_rate_limits):
    make_user("member", username="target")
    ordinary = fail_until_locked(client, "target", "198.51.100.7")
    # Now even the right password is refused, with another message.
    refused = login(client, "target", PASSWORD, "198.51.100.7")
    assert refused.status_code == 200 and "_auth_user_id" not in client.session
    assert errors(refused) and errors(refused) != ordinary
    assert "Too many failed login attempts" in errors(refused)[0]
    # From another address the lock holds too: it is keyed on the account name.
    assert errors(login(client, "target", PASSWORD, "203.0.113.9")) == errors(refused)
    # When the lock expires (the cache forgets the attempts), the right password works.
    clean_rate_limits_now()
    login(client, "target", PASSWORD, "198.51.100.7")
    assert "_auth_user_id" in client.session


@pytest.mark.django_db
def test_the_lock_does_not_tell_whether_the_account_exists(client, make_user, clean_rate_limits):
    make_user("member", username="real-person")
    ordinary_known = fail_until_locked(client, "real-person", "198.51.100.8")
    ordinary_unknown = fail_until_locked(client, "nobody-here", "198.51.100.9")
    assert ordinary_known == ordinary_unknown
    locked_known = errors(login(client, "real-person", PASSWORD, "198.51.100.8"))
    locked_unknown = errors(login(client, "nobody-here", PASSWORD, "198.51.100.9"))
    assert locked_known == locked_unknown != ordinary_known


def clean_rate_limits_now():
    from django.core.cache import cache

    cache.clear()


@pytest.mark.django_db
def test_failure_messages_do_not_tell_whether_the_account_exists(
    client, make_user, clean_rate_limits
):
    make_user("member", username="real-person")
    known = login(client, "real-person", "wrong password", "198.51.100.1")
    unknown = login(client, "nobody-here", "wrong password", "198.51.100.2")
    assert errors(known) == errors(unknown) != []
    assert known.status_code == unknown.status_code == 200


@pytest.mark.django_db
def test_password_reset_answers_the_same_for_known_and_unknown_addresses(
    client, make_user, clean_rate_limits
):
    make_user("member", username="has-account")
    url = english("account_reset_password")
    known = client.post(url, {"email": "has-account@example.org"}, REMOTE_ADDR="198.51.100.3")
    unknown = client.post(url, {"email": "stranger@example.org"}, REMOTE_ADDR="198.51.100.4")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    # Only the mailbox of the account holder learns that the account exists.
    assert "has-account@example.org" in [message.to[0] for message in mail.outbox]


@pytest.mark.django_db
def test_wagtail_login_page_sends_to_the_protected_login(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=%2Fadmin%2Fpages%2F" in response["Location"]
    # Posting a password there logs nobody in.
    posted = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert posted.status_code == 302 and "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_admin_sends_anonymous_visitors_to_the_protected_login(client):
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db
def test_wagtails_own_password_reset_is_off(client):
    assert client.get("/admin/password_reset/").status_code in (302, 404)
