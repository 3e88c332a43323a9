"""The demo calendar: a term of about three months from next Monday. Weekly events do not
meet on French public holidays, computed from a rule (fixed dates and days after Easter).
Idempotent: each event has a fixed UID, and one that exists is left as it is."""

import uuid
from datetime import date, datetime, time, timedelta

from dateutil.easter import easter
from django.contrib.auth.models import Group, Permission

from members_area.calendar.models import Event, EventException
from members_area.calendar.recurrence import PARIS, occurrences_of
from members_area.roles import STAFF_ROLES

from . import data

DEMO_NAMESPACE = uuid.UUID("6f1d3c0e-7a53-4a53-9a55-3c4c5f6e7a10")


def next_monday(today=None):
    today = today or date.today()
    return today + timedelta(days=7 - today.weekday())


def public_holidays(year):
    """{date: {fr, en}} of the French public holidays of `year`."""
    rule = data.read("members_area", "public_holidays")
    days = {}
    for month_day, name in rule["fixed"].items():
        month, day = (int(part) for part in month_day.split("-"))
        days[date(year, month, day)] = name
    for offset, name in rule["after_easter"].items():
        days[easter(year) + timedelta(days=int(offset))] = name
    return days


def load(loader, today=None):
    spec = data.read("members_area", "calendar")
    monday = next_monday(today)
    term_end = monday + timedelta(weeks=spec["term_weeks"])
    for slug, event_spec in spec["events"].items():
        uid = uuid.uuid5(DEMO_NAMESPACE, slug)
        event, created = Event.objects.get_or_create(
            uid=uid, defaults=event_fields(event_spec, spec, monday, term_end)
        )
        if created:
            add_exceptions(event, event_spec, term_end)
    grant_staff_permissions()


def event_fields(event, spec, monday, term_end):
    day = monday + timedelta(days=event["day"], weeks=event.get("week", 0))
    fields = {
        "kind": event["kind"],
        "title_fr": event["title"]["fr"],
        "title_en": event["title"]["en"],
        "description_fr": event["description"]["fr"],
        "description_en": event["description"]["en"],
        "start": at(day, event["start"]),
        "end": at(day, event["end"]),
        "place_kind": event["place_kind"],
        "languages": event["languages"],
        "facilitators": event.get("facilitators", ""),
    }
    if event["place_kind"] == "online":
        fields["online_url"] = spec["online_link"]
    else:
        fields["address"] = event.get("address", spec["place"])
    if event.get("recurrence", "none") != "none":
        fields["recurrence"] = event["recurrence"]
        if "repeat_count" in event:
            fields["repeat_count"] = event["repeat_count"]
        else:
            fields["repeat_until"] = term_end
    for optional in ("capacity", "audience", "working_group"):
        if optional in event:
            fields[optional] = event[optional]
    return fields


def at(day, clock):
    hour, minute = (int(part) for part in clock.split(":"))
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS)


def add_exceptions(event, spec, term_end):
    if event.recurrence != "weekly":
        return
    dates = occurrences_of(event, event.start, at(term_end, "23:59"))
    holidays = {}
    for year in {occurrence.original_start.year for occurrence in dates}:
        holidays.update(public_holidays(year))
    changed = set()
    for number, occurrence in enumerate(dates, start=1):
        holiday = holidays.get(occurrence.original_start.date())
        if holiday is not None:
            # The reason is one free-text field, written by the team in French.
            cancel(event, occurrence, holiday["fr"])
            changed.add(number)
    if "cancelled" in spec and spec["cancelled"]["occurrence"] not in changed:
        number = spec["cancelled"]["occurrence"]
        cancel(event, dates[number - 1], spec["cancelled"]["reason"])
        changed.add(number)
    if "moved" in spec and spec["moved"]["occurrence"] not in changed:
        moved = dates[spec["moved"]["occurrence"] - 1].original_start
        shift = timedelta(days=spec["moved"]["days"])
        EventException.objects.create(
            event=event,
            original_start=moved,
            new_start=moved + shift,
            new_end=moved + shift + (event.end - event.start),
            reason=spec["moved"]["reason"],
        )


def cancel(event, occurrence, reason):
    EventException.objects.create(
        event=event, original_start=occurrence.original_start, cancelled=True, reason=reason
    )


def grant_staff_permissions():
    """The salaried team and the direction manage events in the Wagtail admin."""
    permissions = Permission.objects.filter(
        content_type__app_label="members_calendar",
        codename__in=["add_event", "change_event", "delete_event", "view_event"],
    )
    for role in STAFF_ROLES:
        Group.objects.get_or_create(name=role.value)[0].permissions.add(*permissions)
