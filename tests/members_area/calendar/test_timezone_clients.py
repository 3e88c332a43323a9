"""The calendar files as real clients read them: the VTIMEZONE we write must give every reader
the tz database's Europe/Paris, and an evening group at 18:00 must stay at 18:00 local on both
sides of the 2027 clock changes.

Two readers that are not the library that writes the file (icalendar): Mozilla's ical.js, the
parser inside Thunderbird (node, installed from tests/clients/package-lock.json by
`make install`), and dateutil's own VTIMEZONE reader (`tz.tzical`) with its RRULE expansion."""

import io
import json
import shutil
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil import rrule, tz
from django.urls import reverse
from django.utils import translation

from members_area.calendar.ics import paris_timezone
from members_area.calendar.models import FeedToken, Recurrence

from .conftest import paris

pytestmark = pytest.mark.django_db

TZ_DATABASE = ZoneInfo("Europe/Paris")
CLIENTS = Path(__file__).resolve().parents[2] / "clients"
MARCH_CHANGE = datetime(2027, 3, 28, 1, tzinfo=UTC)  # 02:00 CET → 03:00 CEST
OCTOBER_CHANGE = datetime(2027, 10, 31, 1, tzinfo=UTC)  # 03:00 CEST → 02:00 CET


def file_zone(ics_bytes):
    """Europe/Paris as dateutil reads it from the file's own VTIMEZONE (not from tzdata)."""
    zones = tz.tzical(io.StringIO(ics_bytes.decode()))
    assert zones.keys() == ["Europe/Paris"]
    return zones.get("Europe/Paris")


def test_the_timezone_block_is_the_tz_database_every_half_hour_around_each_change():
    """Each change happens at the right instant (01:00 UTC: 02:00 local in March, 03:00 local
    in October) for the next twenty years."""
    zone = file_zone(b"BEGIN:VCALENDAR\r\n" + paris_timezone().to_ical() + b"END:VCALENDAR\r\n")
    checked = 0
    for year in range(2026, 2046):
        for month in (3, 10):
            last_sunday = max(
                datetime(year, month, day, tzinfo=UTC)
                for day in range(25, 32)
                if datetime(year, month, day).weekday() == 6
            )
            for half_hours in range(-8, 9):
                moment = last_sunday + timedelta(hours=1, minutes=30 * half_hours)
                ours = moment.astimezone(zone)
                expected = moment.astimezone(TZ_DATABASE)
                assert ours.replace(tzinfo=None) == expected.replace(tzinfo=None), moment
                assert ours.utcoffset() == expected.utcoffset(), moment
                checked += 1
    assert checked == 20 * 2 * 17


def test_each_transition_is_one_rule_not_a_list_of_dates():
    """ical.js reads only the first date of an RDATE line: no RDATE at all, one RRULE each."""
    zone = icalendar.Timezone.from_ical(paris_timezone().to_ical())
    transitions = zone.subcomponents
    assert [c.name for c in transitions] == ["DAYLIGHT", "STANDARD"]
    for transition in transitions:
        assert "RDATE" not in transition
        assert transition["RRULE"]["FREQ"] == ["YEARLY"]
        assert transition["RRULE"]["BYDAY"] == ["-1SU"]
    daylight, standard = transitions
    assert daylight.decoded("DTSTART").time().hour == 2  # 02:00 local → 03:00
    assert standard.decoded("DTSTART").time().hour == 3  # 03:00 local → 02:00


@pytest.fixture
def feed_with_evening_groups(client, make_user, make_event):
    """A member's feed with a weekly and a monthly group at 18:00 across both 2027 changes."""
    weekly = make_event(start=paris(2027, 3, 2, 18), recurrence=Recurrence.WEEKLY, repeat_count=40)
    monthly = make_event(
        start=paris(2027, 1, 12, 18), recurrence=Recurrence.MONTHLY, repeat_count=12
    )
    token = FeedToken.renew_for(make_user("member"))
    with translation.override("fr"):
        response = client.get(reverse("members_area:calendar:feed", args=[token]))
    assert response.status_code == 200
    return response.content, {str(e.uid) for e in (weekly, monthly)}


def assert_evening_occurrences(occurrences):
    """[(local wall time, UTC instant)]: all at 18:00, and each one the instant the tz
    database gives for 18:00 in Paris that day; dates on both sides of both changes."""
    assert occurrences
    for local, utc in occurrences:
        assert (local.hour, local.minute) == (18, 0), local
        expected = local.replace(tzinfo=TZ_DATABASE).astimezone(UTC)
        assert utc == expected, (local, utc, expected)
    instants = [utc for _local, utc in occurrences]
    for change in (MARCH_CHANGE, OCTOBER_CHANGE):
        assert any(i < change for i in instants) and any(i > change for i in instants)
    summer = [u for u in instants if MARCH_CHANGE < u < OCTOBER_CHANGE]
    assert summer and all(u.hour == 16 for u in summer)  # 18:00 CEST
    assert all(u.hour == 17 for u in instants if u not in summer)  # 18:00 CET


def test_dateutil_reads_the_file_zone_and_expands_18h_on_both_sides(feed_with_evening_groups):
    content, uids = feed_with_evening_groups
    zone = file_zone(content)
    occurrences = []
    for vevent in icalendar.Calendar.from_ical(content).walk("VEVENT"):
        if vevent["UID"].split("@")[0] not in uids or "RECURRENCE-ID" in vevent:
            continue
        assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
        start = vevent.decoded("DTSTART").replace(tzinfo=zone)  # the file's zone, not tzdata
        rule = rrule.rrulestr(vevent["RRULE"].to_ical().decode(), dtstart=start)
        for moment in rule:
            occurrences.append((moment.replace(tzinfo=None), moment.astimezone(UTC)))
    assert len(occurrences) == 52
    assert_evening_occurrences(occurrences)


def ical_js(content, until):
    if shutil.which("node") is None or not (CLIENTS / "node_modules" / "ical.js").is_dir():
        pytest.skip(
            "!!! node or tests/clients/node_modules missing: ical.js (Thunderbird's parser) "
            "NOT checked. Install node and npm, then `make install`."
        )
    result = subprocess.run(
        ["node", str(CLIENTS / "expand_ics.mjs"), until],
        input=content,
        capture_output=True,
        check=True,
        cwd=CLIENTS,
    )
    return json.loads(result.stdout)


def test_thunderbird_ical_js_expands_18h_on_both_sides(feed_with_evening_groups):
    content, uids = feed_with_evening_groups
    occurrences = [
        (
            datetime.fromisoformat(item["local"]),
            datetime.fromisoformat(item["utc"].replace("Z", "+00:00")),
        )
        for item in ical_js(content, "2028-01-01")
        if item["uid"].split("@")[0] in uids
    ]
    assert all(item["zone"] == "Europe/Paris" for item in ical_js(content, "2028-01-01"))
    assert len(occurrences) == 52
    assert_evening_occurrences(occurrences)


def test_one_event_file_reads_the_same_in_ical_js(member_client, make_event):
    event = make_event(start=paris(2027, 10, 19, 18), recurrence=Recurrence.WEEKLY, repeat_count=3)
    with translation.override("en"):
        response = member_client.get(reverse("members_area:calendar:event_ics", args=[event.pk]))
    assert response.status_code == 200
    utc = [item["utc"] for item in ical_js(response.content, "2028-01-01")]
    assert utc == ["2027-10-19T16:00:00Z", "2027-10-26T16:00:00Z", "2027-11-02T17:00:00Z"]
