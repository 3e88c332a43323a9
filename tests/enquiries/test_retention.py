"""purge_enquiries deletes what the privacy notice promises to delete, and nothing else."""

import datetime
import io
import uuid

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from enquiries.models import AppointmentRequest, MembershipInterest, TrainingQuoteRequest
from enquiries.models.requests import months_before

pytestmark = pytest.mark.django_db


def make_appointment(age_days, name):
    return AppointmentRequest.objects.create(
        name=name,
        contact_method="phone",
        contact_value="0612345678",
        may_leave_message=False,
        preferred_language="fr",
        language="fr",
        created_at=timezone.now() - datetime.timedelta(days=age_days),
        idempotency_key=uuid.uuid4(),
    )


def make_membership(age_days):
    return MembershipInterest.objects.create(
        name="Old",
        contact_method="phone",
        contact_value="0612345678",
        may_leave_message=False,
        preferred_language="fr",
        language="fr",
        created_at=timezone.now() - datetime.timedelta(days=age_days),
    )


def run(*args):
    out = io.StringIO()
    call_command("purge_enquiries", *args, stdout=out)
    return out.getvalue()


def test_deletes_requests_older_than_twelve_months_by_default():
    old = make_appointment(400, "Old")
    recent = make_appointment(300, "Recent")
    old_member = make_membership(370)

    output = run()

    assert not AppointmentRequest.objects.filter(pk=old.pk).exists()
    assert not MembershipInterest.objects.filter(pk=old_member.pk).exists()
    assert AppointmentRequest.objects.filter(pk=recent.pk).exists()
    assert "older than 12 months deleted" in output


def test_dry_run_counts_but_keeps_everything():
    old = make_appointment(400, "Old")

    output = run("--dry-run")

    assert AppointmentRequest.objects.filter(pk=old.pk).exists()
    assert "would be deleted" in output


def test_setting_changes_the_period(settings):
    settings.ENQUIRY_RETENTION_MONTHS = 6
    six_months_old = make_appointment(200, "Half-year")
    demo_quote_count = TrainingQuoteRequest.objects.count()

    run()

    assert not AppointmentRequest.objects.filter(pk=six_months_old.pk).exists()
    # The demo quotes are days old: kept.
    assert TrainingQuoteRequest.objects.count() == demo_quote_count


def test_refuses_a_period_shorter_than_a_month():
    with pytest.raises(CommandError):
        run("--months", "0")


@pytest.mark.parametrize(
    "moment, months, expected",
    [
        (datetime.datetime(2027, 3, 31, 12), 1, datetime.datetime(2027, 2, 28, 12)),
        (datetime.datetime(2028, 3, 31), 1, datetime.datetime(2028, 2, 29)),
        (datetime.datetime(2027, 1, 15), 12, datetime.datetime(2026, 1, 15)),
        (datetime.datetime(2027, 1, 15), 13, datetime.datetime(2025, 12, 15)),
    ],
)
def test_months_before_is_calendar_aware(moment, months, expected):
    assert months_before(moment, months) == expected


def test_privacy_notice_states_the_same_period(client, settings):
    html = client.get("/fr/confidentialite/").content.decode()
    assert f"{settings.ENQUIRY_RETENTION_MONTHS} mois" in html
