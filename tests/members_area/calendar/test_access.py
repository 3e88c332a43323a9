"""Every calendar URL × every role."""

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from members_area.calendar.models import Audience
from members_area.calendar.recurrence import next_occurrences

pytestmark = pytest.mark.django_db

ACTIVE = {"active_member", "salaried_team", "direction", "editor"}
STAFF = {"salaried_team", "direction", "editor"}


@pytest.fixture
def urls(make_event):
    open_event = make_event(title_en="Open")
    reserved = make_event(title_en="Reserved", audience=Audience.ACTIVE_MEMBERS)

    def occ(event):
        return next_occurrences(event, timezone.now())[0].key

    with translation.override("en"):
        name = "members_area:calendar:"
        return {
            "upcoming": (reverse(f"{name}upcoming"), "member"),
            "month": (reverse(f"{name}month"), "member"),
            "my_calendar": (reverse(f"{name}my_calendar"), "member"),
            "event": (reverse(f"{name}event", args=[open_event.pk]), "member"),
            "event_ics": (reverse(f"{name}event_ics", args=[open_event.pk]), "member"),
            "occurrence": (
                reverse(f"{name}occurrence", args=[open_event.pk, occ(open_event)]),
                "member",
            ),
            "reserved_event": (reverse(f"{name}event", args=[reserved.pk]), "active"),
            "reserved_ics": (reverse(f"{name}event_ics", args=[reserved.pk]), "active"),
            "reserved_occurrence": (
                reverse(f"{name}occurrence", args=[reserved.pk, occ(reserved)]),
                "active",
            ),
            "answers": (reverse(f"{name}answers", args=[open_event.pk, occ(open_event)]), "staff"),
        }


def expected_status(role, level):
    if role == "anonymous":
        return 302
    if level == "active" and role not in ACTIVE:
        return 404  # hidden events are not revealed
    if level == "staff" and role not in STAFF:
        return 403
    return 200


def test_every_url_for_every_role(role_client, urls):
    for name, (address, level) in urls.items():
        response = role_client.get(address)
        expected = expected_status(role_client.role, level)
        assert response.status_code == expected, (name, role_client.role, response.status_code)
        if expected == 302:
            assert "/account/login/" in response["Location"] or "login" in response["Location"]
        if expected == 200:
            directives = set(response["Cache-Control"].replace(" ", "").split(","))
            assert {"private", "no-store"} <= directives
            assert "noindex" in response["X-Robots-Tag"]
            if not address.endswith(".ics"):
                assert '<meta name="robots" content="noindex' in response.content.decode()


def test_reserved_events_do_not_show_in_lists_for_members(role_client, urls):
    if role_client.role == "anonymous":
        return
    html = role_client.get(urls["upcoming"][0]).content.decode()
    assert ("Reserved" in html) is (role_client.role in ACTIVE)
    assert "Open" in html
