from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command

from members_area.calendar import notices
from members_area.calendar.models import Audience, Notice, NoticePreference, NoticeStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribers(make_user):
    people = {}
    for role, language in [("member", "fr"), ("active_member", "en"), ("board", "en")]:
        user = make_user(role, username=f"sub-{role}")
        NoticePreference.objects.create(user=user, email_notices=True, language=language)
        people[role] = user
    silent = make_user("member", username="silent")
    NoticePreference.objects.create(user=silent, email_notices=False)
    return people


def test_notices_go_to_those_who_opted_in_and_may_see(
    subscribers, make_event, django_capture_on_commit_callbacks
):
    event = make_event(title_fr="Groupe du jeudi", title_en="Thursday group")
    with django_capture_on_commit_callbacks(execute=True):
        notices.event_saved(event, created=True)
    assert {n.user.username for n in Notice.objects.all()} == {
        "sub-member",
        "sub-active_member",
        "sub-board",
    }
    assert Notice.objects.filter(status=NoticeStatus.SENT).count() == 3
    subjects = sorted(m.subject for m in mail.outbox)
    assert subjects == [
        "New in the calendar: Thursday group",
        "New in the calendar: Thursday group",
        "Nouveau dans le calendrier : Groupe du jeudi",
    ]


def test_reserved_event_notices_only_to_active_members(
    subscribers, make_event, django_capture_on_commit_callbacks
):
    event = make_event(audience=Audience.ACTIVE_MEMBERS)
    with django_capture_on_commit_callbacks(execute=True):
        notices.event_saved(event, created=True)
    assert [n.user.username for n in Notice.objects.all()] == ["sub-active_member"]


def test_change_and_cancel_bump_sequence(subscribers, make_event):
    event = make_event()
    notices.event_saved(event, created=False)
    assert Notice.objects.filter(change="changed").count() == 3
    event.cancelled, event.cancellation_reason = True, "Sick"
    event.save()
    notices.event_saved(event, created=False, was_cancelled=False)
    assert Notice.objects.filter(change="cancelled").count() == 3
    event.refresh_from_db()
    assert event.sequence == 2


def test_failing_mail_server_loses_nothing(
    subscribers, make_event, django_capture_on_commit_callbacks
):
    event = make_event()
    with mock.patch("members_area.calendar.notices.send_mail", side_effect=OSError("down")):
        with django_capture_on_commit_callbacks(execute=True):
            notices.event_saved(event, created=True)
    assert Notice.objects.filter(status=NoticeStatus.FAILED).count() == 3
    assert Notice.objects.filter(last_error="down").count() == 3
    assert not mail.outbox
    call_command("send_calendar_notices", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Notice.objects.filter(status=NoticeStatus.SENT).count() == 3
    assert len(mail.outbox) == 3
    assert set(Notice.objects.values_list("attempts", flat=True)) == {2}
