import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from mist_site.demo import calendar as demo_calendar
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from members_area.calendar.models import Event, EventException, Notice, NoticePreference
from members_area.calendar.recurrence import PARIS

pytestmark = pytest.mark.django_db


def event_form(**overrides):
    data = {
        "kind": "talk_group",
        "title_fr": "Groupe admin",
        "title_en": "Admin group",
        "description_fr": "",
        "description_en": "",
        "start": "2027-03-16 18:00",
        "end": "2027-03-16 20:00",
        "recurrence": "weekly",
        "repeat_until": "",
        "repeat_count": "4",
        "place_kind": "address",
        "address": "1 rue de Paris",
        "online_url": "",
        "facilitators": "Joy",
        "audience": "all",
        "working_group": "",
        "capacity": "",
        "cancellation_reason": "",
        "exceptions": inline_formset(
            [
                {
                    "original_start": "2027-03-23 18:00",
                    "cancelled": "on",
                    "new_start": "",
                    "new_end": "",
                    "reason": "Holiday",
                }
            ]
        ),
    }
    data.update(overrides)
    flat = nested_form_data(data)
    flat["languages"] = ["fr", "pcm"]  # a multiple choice: a list, not nested keys
    return flat


def test_admin_create_and_edit_send_notices(client, make_user, django_capture_on_commit_callbacks):
    subscriber = make_user("member", username="subscriber")
    NoticePreference.objects.create(user=subscriber, email_notices=True, language="fr")
    client.force_login(make_user(None, username="admin", is_staff=True, is_superuser=True))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("calendar_events:add"), event_form())
    assert response.status_code == 302, response.context["form"].errors
    event = Event.objects.get(title_fr="Groupe admin")
    # Entered in Paris time, stored aware.
    assert event.start.astimezone(PARIS).hour == 18 and event.languages == ["fr", "pcm"]
    assert EventException.objects.get(event=event).cancelled
    assert Notice.objects.get(user=subscriber).change == "created"
    assert len(mail.outbox) == 1 and "Groupe admin" in mail.outbox[0].subject

    edit = event_form(cancelled="on", cancellation_reason="Sick")
    edit["exceptions-0-id"] = str(EventException.objects.get(event=event).pk)
    edit["exceptions-INITIAL_FORMS"] = "1"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("calendar_events:edit", args=[event.pk]), edit)
    assert response.status_code == 302
    assert list(Notice.objects.values_list("change", flat=True)) == ["created", "cancelled"]
    event.refresh_from_db()
    assert event.sequence == 1


def test_admin_refuses_bad_event_and_keeps_data(client, make_user):
    client.force_login(make_user(None, username="admin", is_staff=True, is_superuser=True))
    response = client.post(
        reverse("calendar_events:add"), event_form(end="2027-03-16 17:00", title_fr="Typed title")
    )
    assert response.status_code == 200
    assert "end" in response.context["form"].errors
    assert "Typed title" in response.content.decode()
    assert not Event.objects.filter(title_fr="Typed title").exists() and not Notice.objects.exists()


def test_demo_is_idempotent_and_has_a_cancelled_and_a_moved_date():
    before = (Event.objects.count(), EventException.objects.count())
    call_command("load_demo", stdout=StringIO())
    assert (Event.objects.count(), EventException.objects.count()) == before
    talk = Event.objects.get(title_en="Talk group in French")
    assert talk.exceptions.filter(cancelled=True).count() >= 1
    assert talk.exceptions.filter(new_start__isnull=False).count() == 1
    assert Event.objects.filter(kind="general_assembly").exists()
    assert (
        Event.objects.filter(audience__in=["active", "working_group"], recurrence="monthly").count()
        == 2
    )


def test_french_public_holidays_come_from_the_rule():
    days = demo_calendar.public_holidays(2026)
    assert len(days) == 11
    # Easter 2026 is on 5 April: Easter Monday, Ascension and Whit Monday follow from it.
    assert days[datetime.date(2026, 4, 6)]["fr"] == "Lundi de Pâques"
    assert days[datetime.date(2026, 5, 14)]["en"] == "Ascension Day"
    assert days[datetime.date(2026, 5, 25)]["fr"] == "Lundi de Pentecôte"
    assert datetime.date(2026, 12, 22) not in days


def test_talk_groups_are_cancelled_on_public_holidays_and_only_then():
    """A term starting on 10 November 2025: Tuesday 11 November (Armistice) is cancelled,
    Tuesday 23 December is not (not a public holiday)."""
    Event.objects.all().delete()
    demo_calendar.load(None, today=datetime.date(2025, 11, 3))
    talk = Event.objects.get(title_en="Talk group in French")
    cancelled = {
        exc.original_start.astimezone(PARIS).date(): exc.reason
        for exc in talk.exceptions.filter(cancelled=True)
    }
    assert cancelled[datetime.date(2025, 11, 11)] == "Armistice 1918"
    assert datetime.date(2025, 12, 23) not in cancelled
    holidays = demo_calendar.public_holidays(2025) | demo_calendar.public_holidays(2026)
    names = {name["fr"] for name in holidays.values()}
    for day, reason in cancelled.items():
        assert (day in holidays) == (reason in names)
        assert "/" not in reason, "one language per string"


@pytest.mark.parametrize("role, sees_roots", [("member", False), ("active_member", True)])
def test_upcoming_events_tag(make_user, role, sees_roots):
    user = make_user(role)
    template = Template("{% load calendar_tags %}{% upcoming_events_for user 10 %}")
    with translation.override("en"):
        html = template.render(Context({"user": user}))
    assert "Talk group in French" in html
    assert ("Roots group" in html) is sees_roots
    assert html.count('class="card"') <= 10


def test_admin_refuses_a_change_to_a_date_the_event_does_not_have(client, make_user):
    client.force_login(make_user(None, username="admin", is_staff=True, is_superuser=True))
    data = event_form()
    data["exceptions-0-original_start"] = "2027-03-24 18:00"  # a Wednesday: no such date
    response = client.post(reverse("calendar_events:add"), data)
    assert response.status_code == 200
    exception_form = response.context["form"].formsets["exceptions"].forms[0]
    assert "original_start" in exception_form.errors
    assert not Event.objects.filter(title_fr="Groupe admin").exists()
