"""Invariants the models guard themselves: append-only signatures, frozen signed versions,
final exclusions, the hash chain, and the bylaws' confidentiality table."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from members_area import roles
from members_area.models import DocumentVersion, MembershipPeriod, Signature
from members_area.models.signatures import GENESIS_HASH, AppendOnlyError


def test_a_signature_cannot_be_changed_or_deleted(member, general_bylaws, sign):
    signature = sign(member, general_bylaws)
    signature.typed_name = "Someone else"
    with pytest.raises(AppendOnlyError):
        signature.save()
    with pytest.raises(AppendOnlyError):
        signature.delete()
    with pytest.raises(AppendOnlyError):
        Signature.objects.filter(pk=signature.pk).update(typed_name="x")
    with pytest.raises(AppendOnlyError):
        Signature.objects.filter(pk=signature.pk).delete()
    assert Signature.objects.get(pk=signature.pk).typed_name == "Chloé Dupont-Léger"


def test_deleting_an_account_keeps_the_signature_and_the_name(member, general_bylaws, sign):
    signature = sign(member, general_bylaws)
    member.delete()
    kept = Signature.objects.get(pk=signature.pk)
    assert kept.user is None
    assert kept.signer_name == "Chloé Dupont-Léger"
    assert Signature.verify_chain()


def test_signatures_form_a_hash_chain(make_user, general_bylaws, sign):
    first = sign(make_user("member", username="a"), general_bylaws)
    second = sign(make_user("member", username="b"), general_bylaws)
    assert second.previous_hash == first.chain_hash
    assert Signature.objects.order_by("pk").first().previous_hash == GENESIS_HASH
    assert Signature.verify_chain()


def test_tampering_with_a_row_breaks_the_chain(member, general_bylaws, sign):
    signature = sign(member, general_bylaws)
    # A forger going around the model (raw SQL) is caught by the chain.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE members_area_signature SET typed_name = %s WHERE id = %s",
            ["Forged", signature.pk],
        )
    assert not Signature.verify_chain()


def test_a_signed_version_is_frozen(member, general_bylaws, sign):
    version = general_bylaws.current_version
    sign(member, version.document)
    version.text_fr = "Texte changé"
    with pytest.raises(ValidationError):
        version.save()
    version.refresh_from_db()
    with pytest.raises(ValidationError):
        version.delete()
    assert DocumentVersion.objects.filter(pk=version.pk).exists()


def test_an_unsigned_draft_can_still_be_corrected(general_bylaws):
    draft = DocumentVersion.objects.create(
        document=general_bylaws, number=99, text_fr="Brouillon", text_en="Draft"
    )
    draft.text_en = "Draft, corrected"
    draft.save()
    draft.delete()


def test_publishing_a_change_makes_a_new_version(general_bylaws):
    before = general_bylaws.current_version
    new = general_bylaws.publish_new_version("Texte v2", "Text v2")
    assert new.number == before.number + 1
    assert general_bylaws.current_version == new
    before.refresh_from_db()
    assert before.is_published


def test_a_draft_is_not_the_current_version(general_bylaws):
    current = general_bylaws.current_version
    DocumentVersion.objects.create(
        document=general_bylaws, number=current.number + 1, text_fr="x", text_en="x"
    )
    general_bylaws.__dict__.pop("_current_version", None)
    assert general_bylaws.current_version == current


def test_an_excluded_person_can_never_be_reinstated(member):
    period = MembershipPeriod.start(member, on=datetime.date(2025, 1, 1))
    period.end(on=datetime.date(2025, 3, 1), excluded=True)
    with pytest.raises(ValidationError):
        MembershipPeriod.start(member)
    period.end_reason = MembershipPeriod.EndReason.LEFT
    with pytest.raises(ValidationError):
        period.save()
    assert MembershipPeriod.objects.filter(user=member).count() == 1


def test_a_person_who_left_may_come_back(member):
    period = MembershipPeriod.start(member, on=datetime.date(2025, 1, 1))
    period.end(on=datetime.date(2025, 3, 1))
    again = MembershipPeriod.start(member)
    assert MembershipPeriod.objects.current_for(member) == again


def test_only_one_open_period_and_no_leaving_before_joining(member):
    MembershipPeriod.start(member, on=datetime.date(2025, 1, 1))
    with pytest.raises(ValidationError):
        MembershipPeriod.start(member)
    with pytest.raises(ValidationError):
        MembershipPeriod(
            user=member,
            joined_on=datetime.date(2024, 5, 1),
            left_on=datetime.date(2024, 4, 1),
            end_reason="left",
        ).save()


@pytest.mark.parametrize(
    "role, always, when_accompanying",
    [
        ("member", False, False),
        ("active_member", False, False),
        ("salaried_team", False, True),
        ("board", False, False),
        ("direction", True, True),
    ],
)
def test_confidentiality_rules_of_the_bylaws(make_user, role, always, when_accompanying):
    user = make_user(role)
    assert roles.may_read_personal_file(user) is always
    assert roles.may_read_personal_file(user, accompanies_the_person=True) is when_accompanying
    assert roles.may_ever_read_personal_files(user) is when_accompanying


def test_demo_loader_is_idempotent(db):
    from io import StringIO

    from django.contrib.auth.models import User
    from django.core.management import call_command
    from mist_site.demo.members import demo_password

    from members_area.models import SignableDocument

    counts = (
        User.objects.count(),
        DocumentVersion.objects.count(),
        SignableDocument.objects.count(),
    )
    call_command("load_demo", stdout=StringIO())
    assert counts == (
        User.objects.count(),
        DocumentVersion.objects.count(),
        SignableDocument.objects.count(),
    )
    assert User.objects.get(username="membre").check_password(demo_password())
