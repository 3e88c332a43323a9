"""iCalendar files: one event, or a member's whole feed.

Each event is one VEVENT with its RRULE; cancelled dates are EXDATEs, moved dates are extra
VEVENTs with the same UID and a RECURRENCE-ID, as phones' calendars expect. UIDs come from the
event's UUID so a phone updates its copy instead of duplicating it."""

from datetime import UTC, datetime, time, timedelta

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Recurrence
from .recurrence import PARIS, nth_weekday

UID_DOMAIN = "mist-association.org"
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
RRULE_FREQ = {
    Recurrence.WEEKLY: {"FREQ": "WEEKLY"},
    Recurrence.BIWEEKLY: {"FREQ": "WEEKLY", "INTERVAL": 2},
    Recurrence.MONTHLY: {"FREQ": "MONTHLY"},
}


def one_line(text):
    """A title is one line: a CR or LF typed into it would otherwise break the calendar name
    (an X- property icalendar does not escape) or start a property of its own."""
    return " ".join(str(text).split())


def paris_timezone():
    """Europe/Paris as the EU has defined it since 1996, by rule rather than by list: summer
    time from the last Sunday of March at 02:00 local (→ 03:00), winter time from the last
    Sunday of October at 03:00 local (→ 02:00). One RRULE per transition is the form every
    client reads alike (Mozilla's ical.js, used by Thunderbird, reads only the first date of
    an RDATE list; icalendar's from_tzid() writes such lists). tests/members_area/calendar/
    test_timezone_clients.py checks the rule against the tz database and two other parsers."""
    zone = icalendar.Timezone()
    zone.add("tzid", "Europe/Paris")
    for kind, name, offset_from, offset_to, start, month in (
        (icalendar.TimezoneDaylight, "CEST", 1, 2, datetime(1970, 3, 29, 2), 3),
        (icalendar.TimezoneStandard, "CET", 2, 1, datetime(1970, 10, 25, 3), 10),
    ):
        transition = kind()
        transition.add("tzname", name)
        transition.add("tzoffsetfrom", timedelta(hours=offset_from))
        transition.add("tzoffsetto", timedelta(hours=offset_to))
        transition.add("dtstart", start)  # local time, without TZID, as RFC 5545 requires
        transition.add("rrule", {"FREQ": "YEARLY", "BYMONTH": month, "BYDAY": "-1SU"})
        zone.add_component(transition)
    return zone


def uid_of(event):
    return f"{event.uid}@{UID_DOMAIN}"


def paris(moment):
    return moment.astimezone(PARIS)


def rrule_of(event):
    rule = dict(RRULE_FREQ[event.recurrence])
    if event.recurrence == Recurrence.MONTHLY:
        weekday = nth_weekday(paris(event.start).replace(tzinfo=None))
        rule["BYDAY"] = f"{weekday.n}{WEEKDAYS[weekday.weekday]}"
    if event.repeat_count:
        rule["COUNT"] = event.repeat_count
    elif event.repeat_until:
        # UNTIL in UTC, as RFC 5545 requires when DTSTART has a TZID.
        last = datetime.combine(event.repeat_until, time(23, 59, 59), tzinfo=PARIS)
        rule["UNTIL"] = last.astimezone(UTC)
    return rule


def describe(event, base_url):
    lines = [event.description]
    if event.facilitators:
        lines.append(_("Facilitators: %(names)s") % {"names": event.facilitators})
    if event.languages:
        lines.append(_("Languages: %(names)s") % {"names": ", ".join(event.language_names())})
    if event.cancelled:
        lines.append(_("Cancelled: %(reason)s") % {"reason": event.cancellation_reason})
    if base_url:
        lines.append(base_url)
    return "\n\n".join(line for line in lines if line)


def vevent_for(event, base_url=""):
    vevent = icalendar.Event()
    vevent.add("uid", uid_of(event))
    vevent.add("dtstamp", event.updated_at or timezone.now())
    vevent.add("sequence", event.sequence)
    vevent.add("summary", one_line(event.title))
    vevent.add("dtstart", paris(event.start))
    vevent.add("dtend", paris(event.end))
    vevent.add("description", describe(event, base_url))
    vevent.add("location", event.online_url if event.is_online else event.address)
    if event.is_online:
        vevent.add("url", event.online_url)
    vevent.add("categories", [event.get_kind_display()])
    vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    if event.recurrence != Recurrence.NONE:
        vevent.add("rrule", rrule_of(event))
        cancelled = [paris(e.original_start) for e in event.exceptions.all() if e.cancelled]
        if cancelled:
            vevent.add("exdate", cancelled)
    return vevent


def moved_vevents(event):
    for exc in event.exceptions.all():
        if not exc.is_move:
            continue
        vevent = icalendar.Event()
        vevent.add("uid", uid_of(event))
        vevent.add("dtstamp", event.updated_at or timezone.now())
        vevent.add("sequence", event.sequence)
        vevent.add("recurrence-id", paris(exc.original_start))
        vevent.add("summary", one_line(event.title))
        vevent.add("dtstart", paris(exc.new_start))
        vevent.add("dtend", paris(exc.new_end or exc.new_start + event.duration))
        description = describe(event, "")
        if exc.reason:
            description = f"{exc.reason}\n\n{description}"
        vevent.add("description", description)
        vevent.add("location", event.online_url if event.is_online else event.address)
        yield vevent


def calendar_for(events, name, url_for=None):
    """A calendar with a VTIMEZONE for Europe/Paris; url_for(event) gives each event's page."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Mist//Members calendar//FR")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", one_line(name))
    cal.add("x-wr-timezone", "Europe/Paris")
    for event in events:
        cal.add_component(vevent_for(event, url_for(event) if url_for else ""))
        for vevent in moved_vevents(event):
            cal.add_component(vevent)
    # Always there, even in an empty feed, so a phone never guesses the zone.
    cal.subcomponents.insert(0, paris_timezone())
    return cal
