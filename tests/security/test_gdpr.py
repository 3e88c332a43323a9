"""GDPR: export and erasure of a person's data with manage.py commands."""

import io
import json
import uuid

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.management import CommandError, call_command

from home.management.commands._personal_data import is_kept_on_erasure, related_querysets
from home.management.commands.delete_personal_data import is_deleted_on_erasure


@pytest.fixture
def person(make_user):
    user = make_user("active_member", username="camille", first_name="Camille", last_name="D.")
    EmailAddress.objects.create(user=user, email=user.email, primary=True, verified=True)
    TOTP.activate(user, generate_totp_secret())
    LogEntry.objects.log_actions(
        user.pk, [user], CHANGE, change_message="changed their own profile", single_object=True
    )
    return user


def export(identifier):
    out = io.StringIO()
    call_command("export_personal_data", identifier, stdout=out)
    return json.loads(out.getvalue())


@pytest.mark.django_db
@pytest.mark.parametrize("identifier", ["camille", "CAMILLE@example.org"])
def test_export_finds_the_account_by_username_or_email(person, identifier):
    data = export(identifier)
    assert data["account"]["username"] == "camille"
    assert data["account"]["first_name"] == "Camille"
    assert data["account"]["groups"] == ["active_member"]
    assert data["related"]["account.emailaddress"][0]["email"] == "camille@example.org"
    assert data["related"]["admin.logentry"][0]["change_message"] == "changed their own profile"
    assert data["related"]["mfa.authenticator"][0]["type"] == "totp"


@pytest.mark.django_db
def test_export_leaves_secrets_out(person):
    text = json.dumps(export("camille"))
    assert person.password not in text
    assert '"password"' not in text
    assert '"data"' not in text  # the authenticator's secret key
    secret = person.authenticator_set.get().wrap().instance.data["secret"]
    assert secret not in text


@pytest.mark.django_db
def test_unknown_person_is_an_error_not_an_empty_file(person):
    with pytest.raises(CommandError):
        export("nobody@example.org")


@pytest.mark.django_db
def test_delete_without_confirm_changes_nothing(person):
    out = io.StringIO()
    with pytest.raises(CommandError, match="--confirm"):
        call_command("delete_personal_data", "camille", stdout=out)
    assert "account.emailaddress: 1 row(s) deleted" in out.getvalue()
    assert "admin.logentry: 1 row(s) kept" in out.getvalue()
    person.refresh_from_db()
    assert person.username == "camille" and person.is_active


@pytest.mark.django_db
def test_delete_anonymises_the_account_and_keeps_the_logs(person, client):
    client.force_login(person)
    call_command("delete_personal_data", "camille@example.org", "--confirm", stdout=io.StringIO())
    person.refresh_from_db()
    assert person.username == f"deleted-{person.pk}"
    assert person.email == "" and person.first_name == "" and person.last_name == ""
    assert not person.is_active and not person.has_usable_password()
    assert not person.groups.exists()
    assert not EmailAddress.objects.filter(user=person).exists()
    assert not person.authenticator_set.exists()
    assert LogEntry.objects.filter(user=person).count() == 1  # audit trail kept
    assert "_auth_user_id" not in client.session  # their sessions are gone
    with pytest.raises(CommandError):
        export("camille@example.org")


@pytest.mark.django_db
def test_rows_where_the_person_only_acted_are_exported_not_erased(person, home_fr):
    from wagtail.models import Page

    Page.objects.filter(pk=home_fr.pk).update(locked_by=person)  # an actor field
    assert home_fr.pk in related_querysets(person)[Page].values_list("pk", flat=True)
    about_person = related_querysets(person, subject_only=True)[Page]  # Page.owner is searched
    assert home_fr.pk not in about_person.values_list("pk", flat=True)
    call_command("delete_personal_data", "camille", "--confirm", stdout=io.StringIO())
    assert Page.objects.filter(pk=home_fr.pk, locked_by=person).exists()


def test_append_only_and_shared_records_are_never_deleted():
    from home.models import SiteSettings

    assert is_kept_on_erasure(SiteSettings)
    assert not is_deleted_on_erasure(SiteSettings)
    for model in apps.get_models():
        if "signature" in model.__name__.lower():
            assert is_kept_on_erasure(model) and not is_deleted_on_erasure(model), model
    assert is_deleted_on_erasure(EmailAddress)
    assert not is_deleted_on_erasure(LogEntry)


@pytest.mark.django_db
def test_signers_keep_their_name_for_the_register(person, monkeypatch):
    """When a person signed the bylaws, the register shows their name: it stays on the account."""
    signature_model = next((m for m in apps.get_models() if m.__name__ == "Signature"), None)
    assert signature_model is not None, "the members' area records signatures"
    from home.management.commands import delete_personal_data

    real = delete_personal_data.related_querysets

    def with_a_signature(user, subject_only=False):
        found = real(user, subject_only=subject_only)
        found[signature_model] = type("Rows", (), {"exists": lambda self: True})()
        return found

    monkeypatch.setattr(delete_personal_data, "related_querysets", with_a_signature)
    delete_personal_data.Command().erase(person)
    person.refresh_from_db()
    assert (person.first_name, person.last_name) == ("Camille", "D.")


@pytest.mark.django_db
def test_erasure_with_the_real_models_of_the_site(person):
    """Signature kept with the name (the register), form requests and calendar answers gone."""
    from enquiries.models import AppointmentRequest, TrainingQuoteRequest
    from members_area.calendar.models import Answer, Event
    from members_area.models import DocumentVersion, Signature

    version = DocumentVersion.objects.first()
    assert version is not None, "the demo has a bylaws version to sign"
    signature, _ = Signature.objects.record(user=person, version=version, language="fr")
    event = Event.objects.first()
    Answer.objects.create(user=person, event=event, occurrence_start=event.start, status="yes")
    quote = TrainingQuoteRequest.objects.first()
    quote.pk, quote.idempotency_key, quote.email = None, uuid.uuid4(), "Camille@Example.org"
    quote.save()
    appointment = AppointmentRequest.objects.first()
    appointment.pk, appointment.idempotency_key = None, uuid.uuid4()
    appointment.contact_value = "camille@example.org"
    appointment.save()

    data = export("camille")
    assert data["related"]["members_area.signature"][0]["signer_name"] == "Camille D."
    assert "enquiries.trainingquoterequest" in data["related"]
    assert "enquiries.appointmentrequest" in data["related"]
    assert "members_calendar.answer" in data["related"]

    call_command("delete_personal_data", "camille", "--confirm", stdout=io.StringIO())
    signature = Signature.objects.get(pk=signature.pk)
    assert signature.signer_name == "Camille D." and signature.user_id == person.pk
    person.refresh_from_db()
    assert person.get_full_name() == "Camille D."  # the register shows who signed
    assert not Answer.objects.filter(user=person).exists()
    assert not TrainingQuoteRequest.objects.filter(pk=quote.pk).exists()
    assert not AppointmentRequest.objects.filter(pk=appointment.pk).exists()


@pytest.mark.django_db
def test_erasure_keeps_membership_periods_so_an_exclusion_holds(person):
    import datetime

    from members_area.models import MembershipPeriod

    period = MembershipPeriod.objects.create(user=person, joined_on=datetime.date(2024, 1, 8))
    call_command("delete_personal_data", "camille", "--confirm", stdout=io.StringIO())
    assert MembershipPeriod.objects.filter(pk=period.pk, user=person).exists()
