"""Issue 16, item 2: recording a departure or an exclusion ends every access at once, and the
salaried team and the direction can record it from the admin (they cannot reach user admin)."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from members_area.calendar.models import FeedToken
from members_area.models import MembershipPeriod

PASSWORD = "correct horse battery staple"


def members_home():
    with translation.override("en"):
        return reverse("members_area:home")


def feed_url(token):
    with translation.override("en"):
        return reverse("members_area:calendar:feed", args=[token])


@pytest.mark.django_db
@pytest.mark.parametrize("staff_role", ["salaried_team", "direction"])
@pytest.mark.parametrize("reason", ["left", "excluded"])
def test_staff_end_a_membership_in_the_admin_and_her_access_ends_at_once(
    client, make_user, staff_role, reason, clean_rate_limits
):
    person = make_user("active_member", username="leaving-member")
    period = MembershipPeriod.start(person, on=datetime.date(2025, 1, 1))
    token = FeedToken.renew_for(person)
    her_browser = Client()
    her_browser.force_login(person)
    assert her_browser.get(members_home()).status_code == 200
    assert Client().get(feed_url(token)).status_code == 200

    # The team member has only her role's permissions (the demo's groups), no user admin.
    staff = make_user(staff_role, username="team-member")
    assert not staff.is_superuser and not staff.has_perm("auth.change_user")
    client.force_login(staff)
    edit = reverse("membership_periods:edit", args=[period.pk])
    assert client.get(edit).status_code == 200
    response = client.post(
        edit,
        {
            "user": person.pk,
            "joined_on": "2025-01-01",
            "left_on": datetime.date.today().isoformat(),
            "end_reason": reason,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    person.refresh_from_db()
    assert not person.groups.exists()  # roles gone
    # Her open session opens nothing: the login page (excluded: the account is closed) or 403.
    assert her_browser.get(members_home()).status_code in (302, 403)
    assert her_browser.get(reverse("wagtailadmin_home")).status_code == 302
    assert Client().get(feed_url(token)).status_code == 404  # her calendar feed refused
    fresh = Client()
    fresh.post(reverse("account_login"), {"login": "leaving-member", "password": PASSWORD})
    if reason == "excluded":
        assert "_auth_user_id" not in fresh.session  # a new login refused
        assert fresh.get(members_home()).status_code == 302
    else:
        # Someone who left may log in (to accept an invitation and come back), but her login
        # opens no members' page until then.
        assert fresh.get(members_home()).status_code in (302, 403)
        assert person.is_active


@pytest.mark.django_db
def test_ending_a_period_in_code_ends_access_too(make_user):
    person = make_user("member", username="code-leaver", is_staff=True)
    MembershipPeriod.start(person, on=datetime.date(2025, 1, 1)).end(excluded=True)
    person.refresh_from_db()
    assert not person.is_active and not person.is_staff and not person.groups.exists()


@pytest.mark.django_db
def test_after_a_departure_she_comes_back_by_invitation(make_user):
    """Leaving keeps the account (without roles): a new invitation, accepted once she has
    logged in as herself, gives her role back."""
    from members_area.accounts import rejoin
    from members_area.models import Invitation

    person = make_user("member", username="coming-back")
    MembershipPeriod.start(person, on=datetime.date(2025, 1, 1)).end()
    person.refresh_from_db()
    assert person.is_active and not person.groups.exists()
    invitation = Invitation.objects.create(
        email=person.email or "coming-back@example.org",
        first_name="Camille",
        last_name="B.",
        role="member",
    )
    rejoin(invitation, person)
    assert person.groups.filter(name="member").exists()
    assert MembershipPeriod.objects.current_for(person) is not None


@pytest.mark.django_db
def test_an_open_period_saved_again_changes_nothing(make_user):
    person = make_user("member", username="staying")
    period = MembershipPeriod.start(person, on=datetime.date(2025, 1, 1))
    period.joined_on = datetime.date(2025, 1, 2)
    period.save()
    person.refresh_from_db()
    assert person.is_active and person.groups.filter(name="member").exists()
