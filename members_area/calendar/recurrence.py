"""Expand repeating events into dated occurrences, in Python.

Repeats are computed on Paris wall-clock time and only then made aware, so a weekly 18:00
group stays at 18:00 in Paris when summer time starts (its UTC time moves, as it should)."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil import rrule

from .models import Recurrence

PARIS = ZoneInfo("Europe/Paris")
# An occurrence key further than this from today names no date anyone plans: refused before
# any arithmetic (year 9999 overflows in Paris time, and a rule would be walked for ages).
OCCURRENCE_KEY_RANGE = timedelta(days=366 * 30)


@dataclass(frozen=True)
class Occurrence:
    event: object
    original_start: datetime  # as planned by the rule: the key of answers and exceptions
    start: datetime
    end: datetime
    cancelled: bool = False
    reason: str = ""
    moved: bool = False

    @property
    def key(self):
        """A URL-safe name for the occurrence: its planned start in UTC."""
        return occurrence_key(self.original_start)

    @property
    def is_cancelled(self):
        return self.cancelled or self.event.cancelled

    @property
    def cancellation_reason(self):
        return self.reason if self.cancelled else self.event.cancellation_reason


def occurrence_key(moment):
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def parse_occurrence_key(key):
    try:
        moment = datetime.strptime(key, "%Y%m%dT%H%M%SZ").replace(tzinfo=ZoneInfo("UTC"))
    except (TypeError, ValueError):
        return None
    now = datetime.now(ZoneInfo("UTC"))
    if not now - OCCURRENCE_KEY_RANGE <= moment <= now + OCCURRENCE_KEY_RANGE:
        return None
    return moment


def rule_for(event):
    """A dateutil rule on naive Paris wall-clock datetimes, or None for a one-off event."""
    if event.recurrence == Recurrence.NONE:
        return None
    local_start = event.start.astimezone(PARIS).replace(tzinfo=None)
    options = {"dtstart": local_start}
    if event.repeat_count:
        options["count"] = event.repeat_count
    elif event.repeat_until:
        options["until"] = datetime.combine(event.repeat_until, time.max)
    if event.recurrence == Recurrence.WEEKLY:
        return rrule.rrule(rrule.WEEKLY, **options)
    if event.recurrence == Recurrence.BIWEEKLY:
        return rrule.rrule(rrule.WEEKLY, interval=2, **options)
    return rrule.rrule(rrule.MONTHLY, byweekday=nth_weekday(local_start), **options)


def nth_weekday(local_start):
    """The 2nd Tuesday stays the 2nd Tuesday; a 5th one becomes the last of each month."""
    n = (local_start.day - 1) // 7 + 1
    weekday = rrule.weekdays[local_start.weekday()]
    return weekday(-1 if n == 5 else n)


def aware(naive_local):
    """Paris wall time → aware datetime (fold=0 picks the first of an ambiguous autumn hour)."""
    return naive_local.replace(tzinfo=PARIS)


def planned_starts(event, start, end):
    """Planned starts (aware) of the event that fall in [start, end)."""
    rule = rule_for(event)
    if rule is None:
        return [event.start] if event.start < end and event.end > start else []
    duration = event.duration
    # Look back by the duration so an occurrence still running at `start` is included.
    after = (start - duration).astimezone(PARIS).replace(tzinfo=None)
    before = end.astimezone(PARIS).replace(tzinfo=None)
    starts = [aware(moment) for moment in rule.between(after, before, inc=True)]
    return [moment for moment in starts if start < moment + duration and moment < end]


def occurrences_of(event, start, end):
    """The event's occurrences overlapping [start, end), exceptions applied, by start."""
    exceptions = {exc.original_start: exc for exc in event.exceptions.all()}
    results = []
    seen = set()
    for planned in planned_starts(event, start, end):
        seen.add(planned)
        results.append(_apply(event, planned, exceptions.get(planned)))
    # Occurrences moved into the window from a date outside it.
    for planned, exc in exceptions.items():
        if planned not in seen and exc.is_move and is_planned(event, planned):
            results.append(_apply(event, planned, exc))
    return sorted(
        (occ for occ in results if occ.start < end and occ.end > start), key=lambda o: o.start
    )


def is_planned(event, moment):
    rule = rule_for(event)
    if rule is None:
        return moment == event.start
    local = moment.astimezone(PARIS).replace(tzinfo=None)
    return rule.between(local, local, inc=True) == [local]


def _apply(event, planned, exc):
    duration = event.duration
    if exc is None:
        return Occurrence(event, planned, planned, planned + duration)
    if exc.cancelled:
        return Occurrence(
            event, planned, planned, planned + duration, cancelled=True, reason=exc.reason
        )
    new_end = exc.new_end or exc.new_start + duration
    return Occurrence(event, planned, exc.new_start, new_end, reason=exc.reason, moved=True)


def occurrences_between(events, start, end):
    """All occurrences of the given events in [start, end), by start time."""
    found = [occ for event in events for occ in occurrences_of(event, start, end)]
    return sorted(found, key=lambda occ: (occ.start, occ.event.pk))


def find_occurrence(event, planned):
    """The occurrence planned at `planned` (aware), or None if the rule has no such date."""
    if not is_planned(event, planned):
        return None
    exceptions = {exc.original_start: exc for exc in event.exceptions.all()}
    return _apply(event, planned, exceptions.get(planned))


def next_occurrences(event, after, limit=10, horizon_days=400):
    return occurrences_of(event, after, after + timedelta(days=horizon_days))[:limit]
