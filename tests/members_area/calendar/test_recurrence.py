from datetime import date, timedelta

from members_area.calendar.models import EventException, Recurrence
from members_area.calendar.recurrence import PARIS, find_occurrence, occurrences_of

from .conftest import paris


def local_times(occurrences):
    return [o.start.astimezone(PARIS).strftime("%Y-%m-%d %H:%M") for o in occurrences]


def test_weekly_event_stays_at_18_paris_time_across_summer_time(make_event):
    # Summer time starts on Sunday 2027-03-28: 18:00 Paris is 17:00 UTC before, 16:00 after.
    event = make_event(start=paris(2027, 3, 16, 18), recurrence=Recurrence.WEEKLY, repeat_count=4)
    found = occurrences_of(event, paris(2027, 3, 1), paris(2027, 5, 1))
    assert local_times(found) == [
        "2027-03-16 18:00",
        "2027-03-23 18:00",
        "2027-03-30 18:00",
        "2027-04-06 18:00",
    ]
    assert [o.start.utctimetuple().tm_hour for o in found] == [17, 17, 16, 16]
    assert all(o.end - o.start == timedelta(hours=2) for o in found)


def test_weekly_event_stays_at_18_across_winter_time(make_event):
    event = make_event(start=paris(2027, 10, 26, 18), recurrence=Recurrence.WEEKLY, repeat_count=2)
    found = occurrences_of(event, paris(2027, 10, 1), paris(2027, 12, 1))
    assert local_times(found) == ["2027-10-26 18:00", "2027-11-02 18:00"]


def test_cancelled_and_moved_occurrences(make_event):
    event = make_event(
        start=paris(2027, 1, 5, 18), recurrence=Recurrence.WEEKLY, repeat_until=date(2027, 2, 2)
    )
    EventException.objects.create(
        event=event, original_start=paris(2027, 1, 12, 18), cancelled=True, reason="Holiday"
    )
    EventException.objects.create(
        event=event, original_start=paris(2027, 1, 19, 18), new_start=paris(2027, 1, 20, 10)
    )
    found = occurrences_of(event, paris(2027, 1, 1), paris(2027, 3, 1))
    assert local_times(found) == [
        "2027-01-05 18:00",
        "2027-01-12 18:00",
        "2027-01-20 10:00",
        "2027-01-26 18:00",
        "2027-02-02 18:00",
    ]
    cancelled = found[1]
    assert cancelled.is_cancelled and cancelled.cancellation_reason == "Holiday"
    moved = found[2]
    assert moved.moved and moved.original_start == paris(2027, 1, 19, 18)
    assert moved.end == paris(2027, 1, 20, 12)  # keeps the event's duration
    assert not any(o.is_cancelled for o in found if o is not cancelled)


def test_occurrence_moved_into_a_window_from_outside_it(make_event):
    event = make_event(start=paris(2027, 1, 5, 18), recurrence=Recurrence.WEEKLY, repeat_count=3)
    EventException.objects.create(
        event=event, original_start=paris(2027, 1, 19, 18), new_start=paris(2027, 2, 10, 18)
    )
    february = occurrences_of(event, paris(2027, 2, 1), paris(2027, 3, 1))
    assert local_times(february) == ["2027-02-10 18:00"]
    january = occurrences_of(event, paris(2027, 1, 1), paris(2027, 2, 1))
    assert local_times(january) == ["2027-01-05 18:00", "2027-01-12 18:00"]


def test_every_two_weeks_and_until_date(make_event):
    event = make_event(
        start=paris(2027, 3, 2, 10), recurrence=Recurrence.BIWEEKLY, repeat_until=date(2027, 4, 13)
    )
    found = occurrences_of(event, paris(2027, 1, 1), paris(2028, 1, 1))
    assert local_times(found) == [
        "2027-03-02 10:00",
        "2027-03-16 10:00",
        "2027-03-30 10:00",
        "2027-04-13 10:00",
    ]


def test_monthly_on_the_same_nth_weekday(make_event):
    # 2027-01-12 is the 2nd Tuesday of January.
    event = make_event(start=paris(2027, 1, 12, 14), recurrence=Recurrence.MONTHLY, repeat_count=4)
    found = occurrences_of(event, paris(2027, 1, 1), paris(2028, 1, 1))
    assert local_times(found) == [
        "2027-01-12 14:00",
        "2027-02-09 14:00",
        "2027-03-09 14:00",
        "2027-04-13 14:00",
    ]


def test_monthly_fifth_weekday_becomes_the_last(make_event):
    event = make_event(start=paris(2027, 3, 31, 14), recurrence=Recurrence.MONTHLY, repeat_count=2)
    found = occurrences_of(event, paris(2027, 1, 1), paris(2028, 1, 1))
    assert local_times(found) == ["2027-03-31 14:00", "2027-04-28 14:00"]


def test_one_off_event_and_find_occurrence(make_event):
    event = make_event(start=paris(2027, 5, 1, 14))
    assert local_times(occurrences_of(event, paris(2027, 5, 1), paris(2027, 5, 2))) == [
        "2027-05-01 14:00"
    ]
    assert occurrences_of(event, paris(2027, 5, 2), paris(2027, 6, 1)) == []
    assert find_occurrence(event, paris(2027, 5, 1, 14)) is not None
    assert find_occurrence(event, paris(2027, 5, 8, 14)) is None
