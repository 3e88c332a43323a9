import icalendar
import pytest
from django.urls import reverse
from django.utils import translation

from members_area.calendar.models import Audience, EventException, FeedToken, Recurrence
from members_area.calendar.models.members import hash_token

from .conftest import paris

pytestmark = pytest.mark.django_db


def feed_url(token, language="en"):
    with translation.override(language):
        return reverse("members_area:calendar:feed", args=[token])


def parse(response):
    return icalendar.Calendar.from_ical(response.content)


@pytest.fixture
def two_events(make_event):
    open_event = make_event(
        start=paris(2027, 3, 16, 18),
        recurrence=Recurrence.WEEKLY,
        repeat_count=6,
        title_fr="Groupe ouvert",
    )
    EventException.objects.create(
        event=open_event, original_start=paris(2027, 3, 23, 18), cancelled=True
    )
    EventException.objects.create(
        event=open_event, original_start=paris(2027, 3, 30, 18), new_start=paris(2027, 3, 31, 18)
    )
    reserved = make_event(
        start=paris(2027, 3, 17, 14), title_fr="Groupe réservé", audience=Audience.ACTIVE_MEMBERS
    )
    return open_event, reserved


def summaries(cal):
    return {str(v["SUMMARY"]) for v in cal.walk("VEVENT")}


@pytest.mark.parametrize(
    "role, sees_reserved",
    [("member", False), ("board", False), ("active_member", True), ("direction", True)],
)
def test_feed_holds_only_the_roles_events(client, make_user, two_events, role, sees_reserved):
    user = make_user(role)
    token = FeedToken.renew_for(user)
    response = client.get(feed_url(token, "fr"))  # no login: the token is the key
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))
    assert "sessionid" not in response.cookies
    cal = parse(response)
    assert ("Groupe réservé" in summaries(cal)) is sees_reserved
    assert "Groupe ouvert" in summaries(cal)
    # The demo's active members' working groups follow the same rule.
    assert ("Groupe Roots : vie associative et éthique" in summaries(cal)) is sees_reserved


def test_feed_has_timezone_rrule_exdate_and_recurrence_id(client, make_user, two_events):
    open_event, _reserved = two_events
    token = FeedToken.renew_for(make_user("member"))
    cal = parse(client.get(feed_url(token)))
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Paris"]
    uid = f"{open_event.uid}@mist-association.org"
    mine = [v for v in cal.walk("VEVENT") if v["UID"] == uid]
    master = next(v for v in mine if "RRULE" in v)
    assert master["RRULE"]["FREQ"] == ["WEEKLY"] and master["RRULE"]["COUNT"] == [6]
    assert master["DTSTART"].params["TZID"] == "Europe/Paris"
    assert master.decoded("DTSTART") == paris(2027, 3, 16, 18)
    exdates = [d.dt for d in master["EXDATE"].dts]
    assert exdates == [paris(2027, 3, 23, 18)]
    override = next(v for v in mine if "RECURRENCE-ID" in v)
    assert override.decoded("RECURRENCE-ID") == paris(2027, 3, 30, 18)
    assert override.decoded("DTSTART") == paris(2027, 3, 31, 18)
    # English feed, English titles; UIDs stable between calls.
    again = parse(client.get(feed_url(token)))
    assert "Test group" in summaries(again)
    assert {v["UID"] for v in again.walk("VEVENT")} == {v["UID"] for v in cal.walk("VEVENT")}


def test_renewed_token_makes_the_old_address_404(client, make_user):
    user = make_user("member")
    client.force_login(user)
    with translation.override("en"):
        renew = reverse("members_area:calendar:renew_token")
        page = reverse("members_area:calendar:my_calendar")
    assert client.get(renew).status_code == 405  # renewing changes data: POST only
    client.post(renew)
    first = client.get(page).context["feed_url"]
    assert client.get(first).status_code == 200
    assert client.get(page).context["feed_url"] is None  # shown once only
    client.post(renew)
    second = client.get(page).context["feed_url"]
    assert second != first
    client.logout()
    assert client.get(first).status_code == 404
    assert client.get(second).status_code == 200


def test_token_is_long_random_and_stored_hashed(make_user):
    user = make_user("member")
    token = FeedToken.renew_for(user)
    assert len(token) >= 43  # 32 random bytes in URL-safe base64: 256 bits
    row = FeedToken.objects.get(user=user)
    assert row.token_hash == hash_token(token) and token not in row.token_hash


def test_unknown_token_or_lost_role_gives_404(client, make_user):
    assert client.get(feed_url("nope")).status_code == 404
    user = make_user("member")
    token = FeedToken.renew_for(user)
    user.groups.clear()
    assert client.get(feed_url(token)).status_code == 404


def test_event_ics_download(member_client, make_event):
    event = make_event(start=paris(2027, 4, 2, 18))
    with translation.override("fr"):
        url = reverse("members_area:calendar:event_ics", args=[event.pk])
    response = member_client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert {"private", "no-store"} <= set(response["Cache-Control"].replace(" ", "").split(","))
    cal = parse(response)
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Groupe test"
    assert cal.walk("VTIMEZONE")


def test_cancelled_event_and_monthly_rule_in_the_feed(client, make_user, make_event):
    cancelled = make_event(
        start=paris(2027, 4, 2, 18), cancelled=True, cancellation_reason="Sick", title_fr="Annulé"
    )
    monthly = make_event(
        start=paris(2027, 1, 12, 14),
        recurrence=Recurrence.MONTHLY,
        repeat_until=paris(2027, 6, 30, 0).date(),
        title_fr="Mensuel",
    )
    token = FeedToken.renew_for(make_user("member"))
    cal = parse(client.get(feed_url(token, "fr")))
    by_uid = {str(v["UID"]): v for v in cal.walk("VEVENT") if "RECURRENCE-ID" not in v}
    assert by_uid[f"{cancelled.uid}@mist-association.org"]["STATUS"] == "CANCELLED"
    rule = by_uid[f"{monthly.uid}@mist-association.org"]["RRULE"]
    assert rule["FREQ"] == ["MONTHLY"] and rule["UNTIL"][0].year == 2027
    assert [str(day) for day in rule["BYDAY"]] == ["2TU"]
