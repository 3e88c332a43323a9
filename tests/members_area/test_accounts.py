"""Accounts: invitations, no public sign-up, login by username or e-mail, rate limit, password
reset without enumeration, the shared-phone box and the idle logout."""

import re
import time
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation

from members_area.accounts import rejoin
from members_area.models import Invitation, MembershipPeriod
from members_area.privacy import LAST_SEEN_KEY

PASSWORD = "correct horse battery staple"


@pytest.fixture
def invitation(db):
    return Invitation.objects.create(
        email="grace@example.org", first_name="Grace", last_name="Okon", role="active_member"
    )


def accept_url(invitation, language="en"):
    with translation.override(language):
        return reverse("members_area:accept_invitation", args=[invitation.make_token()])


def accept(client, invitation, **data):
    return client.post(
        accept_url(invitation),
        {"username": "grace", "password1": "a long sentence 42", "password2": "a long sentence 42"}
        | data,
    )


def test_invitation_link_creates_the_account_and_logs_her_in(client, invitation):
    assert client.get(accept_url(invitation)).status_code == 200
    response = accept(client, invitation)
    assert response.status_code == 302
    assert response["Location"] == "/en/members/"
    user = User.objects.get(username="grace")
    assert (user.email, user.first_name, user.last_name) == ("grace@example.org", "Grace", "Okon")
    assert user.groups.filter(name="active_member").exists()
    assert MembershipPeriod.objects.current_for(user) is not None
    assert client.get("/en/members/").status_code == 200
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None and invitation.user == user


def test_invitation_link_works_only_once(client, invitation):
    url = accept_url(invitation)
    accept(client, invitation)
    client.logout()
    assert client.get(url).status_code == 410
    response = client.post(url, {"username": "x", "password1": "p" * 12, "password2": "p" * 12})
    assert response.status_code == 410
    assert User.objects.filter(email="grace@example.org").count() == 1


def test_invitation_link_expires(client, invitation):
    url = accept_url(invitation)
    Invitation.objects.filter(pk=invitation.pk).update(
        created_at=timezone.now() - timedelta(days=6)
    )
    response = client.get(url)
    assert response.status_code == 410
    assert "only for a few days" in response.content.decode()


def test_a_tampered_link_is_refused(client, invitation):
    assert client.get(accept_url(invitation)[:-3] + "xx/").status_code == 410


def test_invitation_form_errors_are_clear_and_keep_the_username(client, invitation):
    response = accept(client, invitation, password2="something else 42")
    html = response.content.decode()
    assert response.status_code == 200
    assert "The two passwords are not the same." in html
    assert 'value="grace"' in html
    assert not User.objects.filter(username="grace").exists()


def test_there_is_no_public_sign_up(client, db):
    response = client.get(reverse("account_signup"))
    assert response.status_code in (200, 404)
    assert "No public sign-up" in response.content.decode()
    client.post(
        reverse("account_signup"),
        {
            "username": "intruder",
            "email": "i@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert not User.objects.filter(username="intruder").exists()


@pytest.mark.parametrize("login", ["chloe", "chloe@example.org"])
def test_login_by_username_or_email(client, member, login):
    response = client.post(reverse("account_login"), {"login": login, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/en/members/").status_code == 200


def test_failed_logins_are_rate_limited(client, member):
    for _attempt in range(5):
        client.post(reverse("account_login"), {"login": "chloe", "password": "wrong password"})
    # Even the right password is refused until the limit expires.
    response = client.post(reverse("account_login"), {"login": "chloe", "password": PASSWORD})
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session


def test_password_reset_does_not_reveal_whether_an_address_is_known(client, db):
    url = reverse("account_reset_password")
    known = client.post(url, {"email": "membre@demo.mist.invalid"})
    sent_for_known = len(mail.outbox)
    unknown = client.post(url, {"email": "nobody-here@example.org"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert sent_for_known == 1
    assert len(mail.outbox) == 1  # nothing sent to an unknown address


def test_shared_phone_session_ends_with_the_browser(client, member):
    client.post(
        reverse("account_login"), {"login": "chloe", "password": PASSWORD, "shared_phone": "on"}
    )
    assert client.session.get_expire_at_browser_close()


def test_own_phone_session_outlives_the_browser(client, member):
    client.post(reverse("account_login"), {"login": "chloe", "password": PASSWORD})
    assert not client.session.get_expire_at_browser_close()


def test_idle_member_is_logged_out(member_client, settings):
    settings.MIST_MEMBERS_IDLE_SECONDS = 60
    assert member_client.get("/en/members/").status_code == 200
    session = member_client.session
    session[LAST_SEEN_KEY] = int(time.time()) - 120
    session.save()
    response = member_client.get("/en/members/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/account/login/")


def test_invitation_created_in_the_admin_is_mailed_after_saving(
    client, make_user, django_capture_on_commit_callbacks
):
    client.force_login(make_user(None, username="admin", is_staff=True, is_superuser=True))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("invitations:add"),
            {"email": "new@example.org", "first_name": "Ada", "last_name": "Eze", "role": "member"},
        )
    assert response.status_code == 302
    invitation = Invitation.objects.get(email="new@example.org")
    assert len(mail.outbox) == 1
    # Tokens carry their time: compare what the mailed one opens, not its text.
    token = re.search(r"/invitation/([^/\s]+)/", mail.outbox[0].body).group(1)
    assert Invitation.from_token(token) == invitation
    assert mail.outbox[0].to == ["new@example.org"]


def test_a_member_who_left_comes_back_by_invitation_and_signs_again(
    client, member, general_bylaws, sign
):
    import datetime

    from members_area.obligations import documents_to_sign

    period = MembershipPeriod.start(member, on=datetime.date(2025, 1, 1))
    period.end(on=datetime.date(2025, 6, 1))
    assert not member.groups.filter(name="member").exists()  # leaving ends her access
    invitation = Invitation.objects.create(
        email=member.email, first_name="Chloé", last_name="Dupont-Léger", role="member"
    )
    # She logs in with her own password (never replaced by the link), then accepts.
    client.force_login(member)
    response = client.post(accept_url(invitation))
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.groups.filter(name="member").exists()
    assert MembershipPeriod.objects.filter(user=member).count() == 2
    assert [s.document for s in documents_to_sign(member)] == [general_bylaws]


def test_an_excluded_person_cannot_come_back_by_invitation(client, member):
    import datetime

    MembershipPeriod.start(member, on=datetime.date(2025, 1, 1)).end(excluded=True)
    invitation = Invitation.objects.create(
        email=member.email, first_name="Chloé", last_name="Dupont-Léger", role="member"
    )
    response = accept(client, invitation, username="chloe")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    # Her account is closed: even a session opened for it is not hers any more (Django refuses
    # inactive accounts), so the link only asks her to log in and gives nothing.
    client.force_login(member)
    response = client.post(accept_url(invitation))
    assert response.status_code == 200
    assert not member.groups.filter(name="member").exists()
    # And rejoining in code is refused with the reason.
    with translation.override("en"), pytest.raises(ValidationError, match="no longer be used"):
        rejoin(invitation, member)
