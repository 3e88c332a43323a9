"""Invitations in the admin (issues 16 and 18): who may invite at which role (the bylaws'
rule of roles.py, in the form and on save), the secret never shown, the link shown once,
"send again", and an invitation never resetting an existing account."""

import re
import time
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core import mail, signing
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import translation

from members_area.models import Invitation

PASSWORD = "correct horse battery staple"


def test_a_crafted_post_cannot_mint_a_direction_account(client, make_user):
    client.force_login(make_user("salaried_team", username="team"))
    response = client.post(
        reverse("invitations:add"),
        {"email": "boss@example.org", "first_name": "Eve", "last_name": "Il", "role": "direction"},
    )
    assert response.status_code == 200  # the form again, with its error
    assert not Invitation.objects.filter(email="boss@example.org").exists()
    assert not mail.outbox


def test_the_rule_holds_on_save_too(make_user):
    team = make_user("salaried_team", username="team")
    with pytest.raises(PermissionDenied):
        Invitation.objects.create(
            email="boss@example.org",
            first_name="Eve",
            last_name="Il",
            role="direction",
            invited_by=team,
        )
    assert not Invitation.objects.exists()


def token_in(text):
    """The token of the one-time link in a page or a mail (tokens carry their time, so a
    token made again a second later differs: compare what they open, not their text)."""
    match = re.search(r"/(?:invitation)/([^/\s\"<]+)/", text)
    return match.group(1) if match else None


@pytest.fixture
def direction_client(client, make_user):
    client.force_login(make_user("direction", username="boss"))
    return client


def invite(client, email="grace@example.org", role="member", **capture):
    return client.post(
        reverse("invitations:add"),
        {"email": email, "first_name": "Grace", "last_name": "Okon", "role": role},
    )


def test_the_secret_is_never_shown_to_staff(direction_client):
    invite(direction_client)
    invitation = Invitation.objects.get()
    pages = [
        direction_client.get(reverse("invitations:index")),
        direction_client.get(reverse("invitations:inspect", args=[invitation.pk])),
    ]
    for page in pages:
        assert page.status_code == 200
        assert invitation.nonce not in page.content.decode()


def test_the_link_is_shown_once_with_a_copy_button(
    direction_client, django_capture_on_commit_callbacks
):
    # A token carries the second it was signed: the mailed link and the shown one are signed
    # by two requests, which may fall in two seconds (it failed so under load). Both are
    # signed in the same second here, so the two links can be compared whole.
    now = signing.b62_encode(int(time.time()))
    with mock.patch.object(signing.TimestampSigner, "timestamp", return_value=now):
        with django_capture_on_commit_callbacks(execute=True):
            response = invite(direction_client)
        invitation = Invitation.objects.get()
        assert response["Location"] == reverse("invitations:link", args=[invitation.pk])
        first = direction_client.get(response["Location"]).content.decode()
    assert Invitation.from_token(token_in(first)) == invitation
    assert token_in(first) == token_in(mail.outbox[0].body)
    assert 'data-copy-target="invitation-link"' in first
    assert "js/admin-copy-link" in first and "<script>" not in first
    again = direction_client.get(response["Location"]).content.decode()
    assert token_in(again) is None


def test_the_add_form_explains_roles_and_the_time_limit(direction_client):
    with translation.override("en"):
        html = direction_client.get(reverse("invitations:add")).content.decode()
    assert "5 days" in html or "5 jours" in html
    assert "Roots" in html


def test_send_again_makes_a_new_link_and_kills_the_old_one(
    direction_client, django_capture_on_commit_callbacks
):
    invite(direction_client)
    invitation = Invitation.objects.get()
    old_token = invitation.make_token()
    listing = direction_client.get(reverse("invitations:index")).content.decode()
    resend_url = reverse("invitations:resend", args=[invitation.pk])
    assert resend_url in listing
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = direction_client.post(resend_url)

    invitation.refresh_from_db()
    assert Invitation.from_token(old_token) is None
    assert len(mail.outbox) == 1
    assert Invitation.from_token(token_in(mail.outbox[0].body)) == invitation
    shown = direction_client.get(response["Location"]).content.decode()
    assert Invitation.from_token(token_in(shown)) == invitation


def test_the_team_cannot_send_again_an_invitation_above_its_role(client, make_user):
    invitation = Invitation.objects.create(
        email="boss@example.org", first_name="Eve", last_name="Il", role="direction"
    )
    nonce = invitation.nonce
    client.force_login(make_user("salaried_team", username="team"))
    response = client.post(reverse("invitations:resend", args=[invitation.pk]))
    # Wagtail's admin answers a refusal by sending back to its dashboard.
    assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
    invitation.refresh_from_db()
    assert invitation.nonce == nonce


# An invitation to an address that already has an account.


@pytest.fixture
def existing(make_user):
    return make_user("salaried_team", username="amelie", first_name="Amélie", last_name="D")


@pytest.fixture
def invitation_for_existing(existing):
    return Invitation.objects.create(
        email=existing.email, first_name="Amélie", last_name="D", role="member"
    )


def accept_url(invitation):
    with translation.override("en"):
        return reverse("members_area:accept_invitation", args=[invitation.make_token()])


def test_an_invitation_never_resets_an_existing_account(client, existing, invitation_for_existing):
    url = accept_url(invitation_for_existing)
    page = client.get(url)
    assert page.status_code == 200
    assert 'name="password1"' not in page.content.decode()
    response = client.post(
        url,
        {
            "username": "amelie",
            "password1": "a new long sentence 42",
            "password2": "a new long sentence 42",
        },
    )
    existing.refresh_from_db()
    assert existing.check_password(PASSWORD)
    assert not existing.check_password("a new long sentence 42")
    assert "_auth_user_id" not in client.session
    assert "log in" in response.content.decode().lower()
    invitation_for_existing.refresh_from_db()
    assert invitation_for_existing.accepted_at is None


def test_someone_else_logged_in_cannot_accept_it(
    client, make_user, existing, invitation_for_existing
):
    client.force_login(make_user("member", username="intruder"))
    client.post(
        accept_url(invitation_for_existing),
        {
            "username": "amelie",
            "password1": "a new long sentence 42",
            "password2": "a new long sentence 42",
        },
    )
    invitation_for_existing.refresh_from_db()
    assert invitation_for_existing.accepted_at is None
    existing.refresh_from_db()
    assert existing.check_password(PASSWORD)


def test_its_owner_accepts_it_after_logging_in(client, existing, invitation_for_existing):
    client.force_login(existing)
    url = accept_url(invitation_for_existing)
    assert client.get(url).status_code == 200
    response = client.post(url)
    assert response.status_code == 302
    existing.refresh_from_db()
    assert existing.check_password(PASSWORD)
    assert existing.groups.filter(name="member").exists()
    invitation_for_existing.refresh_from_db()
    assert invitation_for_existing.user == existing


def test_a_secondary_address_counts_as_an_account(client, existing):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=existing, email="other@example.org", verified=True)
    invitation = Invitation.objects.create(
        email="other@example.org", first_name="X", last_name="Y", role="member"
    )
    client.post(
        accept_url(invitation),
        {
            "username": "newone",
            "password1": "a long sentence 42",
            "password2": "a long sentence 42",
        },
    )
    assert not User.objects.filter(username="newone").exists()


@pytest.mark.parametrize(
    ("url_name", "help_text"),
    [
        ("signable_documents:add", "Never change it"),
        ("document_versions:add", "comes into force"),
        ("membership_periods:add", "can never come back"),
        ("signatures:add", "Paris time"),
        ("invitations:add", "never changed"),
    ],
)
def test_admin_forms_help_the_editor(client, make_user, url_name, help_text):
    client.force_login(make_user(None, username="webmaster", is_staff=True, is_superuser=True))
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(User.objects.get(username="webmaster"))
    profile.preferred_language = "en"
    profile.save()
    html = client.get(reverse(url_name)).content.decode()
    assert help_text in html
