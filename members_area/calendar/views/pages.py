"""The calendar as members read it: upcoming list, month grid, event and occurrence pages."""

import calendar as pycalendar
from datetime import date, datetime, time, timedelta
from itertools import groupby
from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from members_area.roles import is_active_member, is_staff_role, member_required, staff_required

from ..forms import AnswerForm, FilterForm, parse_month
from ..http import private_page
from ..models import Answer, AnswerStatus, Event
from ..recurrence import (
    PARIS,
    find_occurrence,
    next_occurrences,
    occurrences_between,
    parse_occurrence_key,
)

UPCOMING_WEEKS = 8


def visible_events(user):
    return Event.objects.visible_to(user).with_exceptions()


def answers_by_occurrence(user, occurrences):
    """The user's answers for these occurrences, in one query."""
    if not occurrences:
        return {}
    starts = {occ.original_start for occ in occurrences}
    rows = Answer.objects.filter(
        user=user,
        event__in={occ.event.pk for occ in occurrences},
        occurrence_start__gte=min(starts),
        occurrence_start__lte=max(starts),
    )
    return {(row.event_id, row.occurrence_start): row for row in rows}


def with_answers(user, occurrences):
    answers = answers_by_occurrence(user, occurrences)
    return [(occ, answers.get((occ.event.pk, occ.original_start))) for occ in occurrences]


def filter_form(request):
    form = FilterForm(request.GET or None)
    if request.GET and not form.is_valid():
        messages.warning(request, _("Some filters were not understood and were left out."))
    return form


@private_page
@member_required
def upcoming(request):
    form = filter_form(request)
    now = timezone.now()
    end = now + timedelta(weeks=UPCOMING_WEEKS)
    events = visible_events(request.user).may_happen_between(now, end)
    occurrences = form.apply(occurrences_between(events, now, end))
    days = [
        (day, list(items))
        for day, items in groupby(
            with_answers(request.user, occurrences),
            key=lambda pair: timezone.localtime(pair[0].start).date(),
        )
    ]
    return render(
        request,
        "members_area/calendar/upcoming.html",
        {
            "page": None,
            "form": form,
            "days": days,
            "weeks": UPCOMING_WEEKS,
            "nav": "upcoming",
            "this_month": timezone.localdate().strftime("%Y-%m"),
        },
    )


def month_weeks(first_day, occurrences):
    """Weeks of the month (Monday first), each day a (date or None, occurrences) pair."""
    by_day = {}
    for occ in occurrences:
        by_day.setdefault(timezone.localtime(occ.start).date(), []).append(occ)
    weeks = pycalendar.Calendar(firstweekday=0).monthdatescalendar(first_day.year, first_day.month)
    return [
        [(day if day.month == first_day.month else None, by_day.get(day, [])) for day in week]
        for week in weeks
    ]


def shift_month(first_day, months):
    index = first_day.year * 12 + first_day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@private_page
@member_required
def month(request):
    form = filter_form(request)
    first_day, ok = parse_month(request.GET, timezone.localdate())
    if not ok:
        messages.warning(request, _("We could not read that month, so here is this month."))
    last_day = shift_month(first_day, 1)
    start = datetime.combine(first_day, time.min, tzinfo=PARIS)
    end = datetime.combine(last_day, time.min, tzinfo=PARIS)
    events = visible_events(request.user).may_happen_between(start, end)
    occurrences = form.apply(occurrences_between(events, start, end))
    kind, language = form.filters()
    return render(
        request,
        "members_area/calendar/month.html",
        {
            "page": None,
            "form": form,
            "first_day": first_day,
            "weeks": month_weeks(first_day, occurrences),
            "weekdays": [date(2024, 1, day) for day in range(1, 8)],  # a Monday to a Sunday
            "previous": shift_month(first_day, -1).strftime("%Y-%m"),
            "next": last_day.strftime("%Y-%m"),
            "filter_query": urlencode(
                [(name, value) for name, value in (("kind", kind), ("language", language)) if value]
            ),
            "count": len(occurrences),
            "nav": "month",
        },
    )


def visible_event_or_404(user, pk):
    """Hidden events answer 404 like missing ones: their existence is not revealed."""
    return get_object_or_404(visible_events(user), pk=pk)


@private_page
@member_required
def event_detail(request, pk):
    event = visible_event_or_404(request.user, pk)
    occurrences = next_occurrences(event, timezone.now(), limit=12)
    return render(
        request,
        "members_area/calendar/event.html",
        {
            "page": None,
            "event": event,
            "occurrences": with_answers(request.user, occurrences),
            "is_staff": is_staff_role(request.user),
        },
    )


def occurrence_or_404(user, pk, key):
    event = visible_event_or_404(user, pk)
    planned = parse_occurrence_key(key)
    occurrence = find_occurrence(event, planned) if planned else None
    if occurrence is None:
        raise Http404
    return occurrence


@private_page
@member_required
@require_http_methods(["GET", "POST"])
def occurrence_detail(request, pk, key):
    occurrence = occurrence_or_404(request.user, pk, key)
    event = occurrence.event
    answer = Answer.objects.filter(
        user=request.user, event=event, occurrence_start=occurrence.original_start
    ).first() or Answer(user=request.user, event=event, occurrence_start=occurrence.original_start)
    form = AnswerForm(request.POST or None, instance=answer, prefix="answer")
    if request.method == "POST":
        if "acknowledge" in request.POST:
            return acknowledge(request, occurrence, answer)
        if occurrence.is_cancelled or occurrence.end < timezone.now():
            messages.warning(request, _("This date is over or cancelled: no answer is needed."))
            return redirect(request.path)
        if form.is_valid():
            form.save()
            messages.success(request, _("Thank you, your answer is saved."))
            return redirect(request.path)
    coming = None
    if event.capacity:
        coming = Answer.objects.filter(
            event=event, occurrence_start=occurrence.original_start, status=AnswerStatus.COMING
        ).count()
    return render(
        request,
        "members_area/calendar/occurrence.html",
        {
            "page": None,
            "occurrence": occurrence,
            "event": event,
            "answer": answer if answer.pk else None,
            "form": form,
            "coming": coming,
            "places_left": event.capacity - coming if event.capacity else None,
            "may_acknowledge": event.is_for_active_members and is_active_member(request.user),
            "is_staff": is_staff_role(request.user),
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def acknowledge(request, occurrence, answer):
    if not (occurrence.event.is_for_active_members and is_active_member(request.user)):
        raise Http404
    if not answer.acknowledged_at:
        answer.acknowledged_at = timezone.now()
        answer.save()
    messages.success(request, _("Thank you, you acknowledged this notice of meeting."))
    return redirect(request.path)


@private_page
@staff_required
def occurrence_answers(request, pk, key):
    occurrence = occurrence_or_404(request.user, pk, key)
    answers = list(
        Answer.objects.filter(event=occurrence.event, occurrence_start=occurrence.original_start)
        .select_related("user")
        .order_by("status", "user__first_name")
    )
    coming = [a for a in answers if a.status == AnswerStatus.COMING]
    not_coming = [a for a in answers if a.status == AnswerStatus.NOT_COMING]
    return render(
        request,
        "members_area/calendar/answers.html",
        {
            "page": None,
            "occurrence": occurrence,
            "event": occurrence.event,
            "coming": coming,
            "not_coming": not_coming,
            "acknowledged": [a for a in answers if a.acknowledged_at],
        },
    )
