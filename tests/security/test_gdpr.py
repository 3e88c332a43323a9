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
from mist_site.privacy.declarations import declaration_for, declarations, not_personal_models
from mist_site.privacy.personal_data import related_querysets


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


def by_model(found):
    return {declaration.model: queryset for declaration, queryset in found.items()}


@pytest.mark.django_db
def test_rows_where_the_person_only_acted_are_exported_not_erased(person, home_fr):
    from wagtail.models import Page

    Page.objects.filter(pk=home_fr.pk).update(locked_by=person)  # an actor field
    assert home_fr.pk in by_model(related_querysets(person))[Page].values_list("pk", flat=True)
    about_person = by_model(related_querysets(person, subject_only=True))[Page]  # Page.owner
    assert home_fr.pk not in about_person.values_list("pk", flat=True)
    call_command("delete_personal_data", "camille", "--confirm", stdout=io.StringIO())
    assert Page.objects.filter(pk=home_fr.pk, locked_by=person).exists()


def test_append_only_and_shared_records_are_never_deleted():
    from home.models import SiteSettings
    from members_area.models import MembershipPeriod, Signature

    assert SiteSettings in not_personal_models() and declaration_for(SiteSettings) is None
    for model in (Signature, MembershipPeriod, LogEntry):
        assert not declaration_for(model).deleted_on_erasure, model
    assert declaration_for(Signature).keeps_name
    assert declaration_for(EmailAddress).deleted_on_erasure


def test_every_model_linked_to_a_person_is_declared():
    """A new model with a link to accounts or an e-mail field must say what it holds: the
    commands search only what the apps declare (mist_site/privacy/declarations.py)."""
    from django.contrib.auth import get_user_model
    from django.db import models
    from django.db.models import ForeignObjectRel

    User = get_user_model()
    declared = {d.model: d for d in declarations()} | not_personal_models()
    missing = []
    for model in apps.get_models():
        if model is User or model._meta.proxy:
            continue
        for field in model._meta.get_fields(include_parents=False):
            if isinstance(field, ForeignObjectRel):
                continue
            links_account = field.is_relation and field.related_model is User
            if (links_account or isinstance(field, models.EmailField)) and model not in declared:
                missing.append(f"{model._meta.label}.{field.name}")
    assert missing == []
    for declaration in declarations():  # and every link to accounts is searched
        for field in declaration.model._meta.get_fields(include_parents=False):
            if getattr(field, "related_model", None) is User and field.concrete:
                assert field.name in declaration.person + declaration.actor, field


@pytest.mark.django_db
def test_erasure_with_the_real_models_of_the_site(person):
    """Signature kept with the name (the register), form requests and calendar answers gone."""
    from enquiries.models import AppointmentRequest, TrainingQuoteRequest
    from members_area.calendar.models import Answer, Event
    from members_area.models import DocumentVersion, Signature

    version = DocumentVersion.objects.first()
    assert version is not None, "the demo has a signable document"
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
