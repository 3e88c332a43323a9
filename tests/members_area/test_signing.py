"""Signing a document online: the happy path and every kind of bad input."""

import hashlib

import pytest
from django.urls import reverse
from django.utils import translation
from mist_site.exports.cells import local_time_text

from members_area.models import MembershipPeriod, Signature
from members_area.names import name_matches
from members_area.obligations import documents_to_sign


def sign_url(slug="general-bylaws", language="en"):
    with translation.override(language):
        return reverse("members_area:document", args=[slug])


def post_sign(client, document, typed_name="Chloé Dupont-Léger", language="en", version=None):
    version = version or document.current_version
    return client.post(
        sign_url(document.slug, language),
        {"version_id": version.pk, "accept": "on", "typed_name": typed_name},
        HTTP_USER_AGENT="TestPhone/1.0",
        REMOTE_ADDR="203.0.113.7",
    )


def test_signing_records_everything_the_register_needs(member_client, member, general_bylaws):
    version = general_bylaws.current_version
    response = post_sign(member_client, general_bylaws, language="en")

    signature = Signature.objects.get(user=member)
    assert response.status_code == 302
    assert response["Location"] == f"/en/members/receipts/{signature.public_id}/"
    assert signature.version == version
    assert signature.language == "en"
    assert signature.text_sha256 == hashlib.sha256(version.text_en.encode()).hexdigest()
    assert signature.ip_address == "203.0.113.7"
    assert signature.user_agent == "TestPhone/1.0"
    assert signature.method == Signature.Method.ONLINE
    assert signature.typed_name == "Chloé Dupont-Léger"
    assert signature.signer_name == "Chloé Dupont-Léger"
    assert signature.signed_at.utcoffset().total_seconds() == 0
    assert len(signature.chain_hash) == 64


def test_the_french_page_signs_the_french_text(member_client, member, general_bylaws):
    post_sign(member_client, general_bylaws, language="fr")
    signature = Signature.objects.get(user=member)
    assert signature.language == "fr"
    assert signature.text_sha256 == general_bylaws.current_version.sha256_in("fr")


def test_the_receipt_shows_document_version_time_and_hash(member_client, member, general_bylaws):
    post_sign(member_client, general_bylaws)
    signature = Signature.objects.get(user=member)
    with translation.override("en"):
        html = member_client.get(
            reverse("members_area:receipt", args=[signature.public_id])
        ).content.decode()
        paris_time = local_time_text(signature.signed_at)
    assert "Bylaws" in html
    assert signature.chain_hash in html
    assert signature.text_sha256 in html
    # Paris time with its offset, as in the register and its exports.
    assert paris_time in html
    assert "@media print" in open("static/css/members.css").read()


def test_wrong_name_is_refused_with_a_clear_message_and_keeps_the_typed_text(
    member_client, member, general_bylaws
):
    response = post_sign(member_client, general_bylaws, typed_name="Someone Else")
    html = response.content.decode()
    assert response.status_code == 200
    assert "does not match the name on your account" in html
    assert 'value="Someone Else"' in html
    assert not Signature.objects.filter(user=member).exists()


def test_the_box_must_be_ticked(member_client, member, general_bylaws):
    response = member_client.post(
        sign_url(),
        {"version_id": general_bylaws.current_version.pk, "typed_name": "Chloé Dupont-Léger"},
    )
    assert response.status_code == 200
    assert "Tick the box" in response.content.decode()
    assert not Signature.objects.filter(user=member).exists()


@pytest.mark.parametrize(
    "typed",
    ["chloe dupont-leger", "CHLOÉ DUPONT LÉGER", "  Chloe   Dupont-Leger ", "Dupont-Léger Chloé"],
)
def test_name_matches_ignoring_case_accents_and_spacing(typed):
    assert name_matches(typed, "Chloé", "Dupont-Léger")


@pytest.mark.parametrize("typed", ["Chloé", "Chloé Dupont", "Chloe Dupont Leger X", ""])
def test_name_does_not_match_a_part_or_another_name(typed):
    assert not name_matches(typed, "Chloé", "Dupont-Léger")


def test_accented_name_typed_without_accents_signs(member_client, member, general_bylaws):
    post_sign(member_client, general_bylaws, typed_name="chloe dupont leger")
    assert Signature.objects.filter(user=member).count() == 1


def test_double_submit_gives_one_record(member_client, member, general_bylaws):
    first = post_sign(member_client, general_bylaws)
    second = post_sign(member_client, general_bylaws)
    assert Signature.objects.filter(user=member).count() == 1
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]


def test_signing_a_version_replaced_while_reading_is_refused(member_client, member, general_bylaws):
    old = general_bylaws.current_version
    member_client.get(sign_url())  # she opens version 1 …
    general_bylaws.publish_new_version("Texte v2", "Text v2")  # … staff publish version 2
    response = post_sign(member_client, general_bylaws, version=old)

    assert not Signature.objects.filter(user=member).exists()
    assert response.status_code == 302
    page = member_client.get(response["Location"]).content.decode()
    assert "changed while you were reading it" in page
    assert "Text v2" in page


def test_new_version_requires_signing_again(member, general_bylaws, sign):
    sign(member, general_bylaws)
    assert documents_to_sign(member) == []
    general_bylaws.publish_new_version("Texte v2", "Text v2")
    general_bylaws.refresh_from_db()
    [status] = documents_to_sign(member)
    assert status.document == general_bylaws and status.version.number == 2


def test_coming_back_after_leaving_requires_signing_again(member, general_bylaws, sign):
    import datetime

    from django.utils import timezone

    period = MembershipPeriod.start(member, on=datetime.date(2025, 1, 1))
    Signature.objects.record(
        user=member,
        version=general_bylaws.current_version,
        language="fr",
        signed_at=timezone.make_aware(datetime.datetime(2025, 1, 2, 10, 0)),
    )
    assert documents_to_sign(member) == []
    period.end(on=datetime.date(2025, 6, 1))
    MembershipPeriod.start(member)  # she comes back today
    assert [s.document for s in documents_to_sign(member)] == [general_bylaws]


def test_home_page_says_what_she_must_sign(member_client, member, general_bylaws, sign):
    html = member_client.get("/en/members/").content.decode()
    assert "You have 1 document to sign." in html
    assert sign_url() in html
    sign(member, general_bylaws)
    html = member_client.get("/en/members/").content.decode()
    assert "You have nothing to sign" in html


def test_active_member_must_sign_both_bylaws(make_user, client):
    user = make_user("active_member")
    slugs = {s.document.slug for s in documents_to_sign(user)}
    assert slugs == {"general-bylaws", "active-members-bylaws"}


def test_staff_who_may_read_files_must_sign_the_confidentiality_agreement(make_user):
    for role in ["salaried_team", "direction"]:
        slugs = {s.document.slug for s in documents_to_sign(make_user(role))}
        assert "confidentiality-agreement" in slugs
    board = {s.document.slug for s in documents_to_sign(make_user("board"))}
    assert "confidentiality-agreement" not in board


def test_old_versions_stay_readable(member_client, general_bylaws):
    first_text = general_bylaws.current_version.text_en
    general_bylaws.publish_new_version("Texte v2", "Text v2")
    with translation.override("en"):
        url = reverse("members_area:document_version", args=["general-bylaws", 1])
    html = member_client.get(url).content.decode()
    assert "This is an earlier version." in html
    assert first_text.splitlines()[1] in html
