"""The admin keeps signatures append-only; the staff register, its CSV and the receipt check."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation

from members_area.models import Signature


@pytest.fixture
def superuser_client(client, make_user):
    client.force_login(make_user(None, username="root", is_staff=True, is_superuser=True))
    return client


def test_admin_cannot_edit_or_delete_a_signature(superuser_client, member, general_bylaws, sign):
    signature = sign(member, general_bylaws)
    edit = reverse("signatures:edit", args=[signature.pk])
    delete = reverse("signatures:delete", args=[signature.pk])

    assert superuser_client.get(edit).status_code in (302, 403)
    superuser_client.post(edit, {"user": member.pk, "language": "en"})
    assert superuser_client.get(delete).status_code in (302, 403)
    superuser_client.post(delete)

    kept = Signature.objects.get(pk=signature.pk)
    assert kept.language == signature.language
    listing = superuser_client.get(reverse("signatures:index")).content.decode()
    assert edit not in listing and delete not in listing
    assert (
        superuser_client.get(reverse("signatures:inspect", args=[signature.pk])).status_code == 200
    )


def test_staff_record_a_paper_signature_and_are_named(superuser_client, member, general_bylaws):
    response = superuser_client.post(
        reverse("signatures:add"),
        {
            "user": member.pk,
            "version": general_bylaws.current_version.pk,
            "language": "fr",
            "signed_at": "2026-02-03 10:00:00",
        },
    )
    assert response.status_code == 302
    signature = Signature.objects.get(user=member)
    assert signature.method == Signature.Method.PAPER
    assert signature.recorded_by.username == "root"
    assert signature.recorded_by_name == "Ada Okafor"
    assert Signature.verify_chain()


def test_a_signed_version_cannot_be_edited_in_the_admin(
    superuser_client, member, general_bylaws, sign
):
    version = general_bylaws.current_version
    sign(member, general_bylaws)
    response = superuser_client.post(
        reverse("document_versions:edit", args=[version.pk]),
        {
            "document": general_bylaws.pk,
            "number": version.number,
            "effective_date": version.effective_date.isoformat(),
            "status": "published",
            "text_fr": "Changé",
            "text_en": "Changed",
        },
    )
    assert response.status_code == 200  # the form comes back with the error
    html = response.content.decode()
    assert "can no longer change" in html or "ne peut plus changer" in html
    version.refresh_from_db()
    assert version.text_en != "Changed"


@pytest.fixture
def staff_client(client, make_user):
    client.force_login(make_user("salaried_team", username="staff"))
    return client


def test_register_shows_who_signed_and_who_must_sign(staff_client, make_user, general_bylaws, sign):
    signed = make_user("member", username="signed", first_name="Ama", last_name="Signed")
    make_user("member", username="unsigned", first_name="Bea", last_name="Unsigned")
    signature = sign(signed, general_bylaws)
    with translation.override("en"):
        html = staff_client.get(reverse("members_area:register") + "?role=member").content.decode()
        receipt_url = reverse("members_area:receipt", args=[signature.public_id])
    assert "Ama Signed" in html and "Bea Unsigned" in html
    assert receipt_url in html
    assert "must sign v1" in html


def test_register_filters_by_role(staff_client, make_user):
    make_user("board", username="boardie", first_name="Zoé", last_name="Board")
    make_user("member", username="plain", first_name="Yaa", last_name="Member")
    with translation.override("en"):
        html = staff_client.get(reverse("members_area:register") + "?role=board").content.decode()
    assert "Zoé Board" in html and "Yaa Member" not in html


def test_register_csv_export(staff_client, make_user, general_bylaws, sign):
    user = make_user("member", username="csvuser", first_name="Efua", last_name="Csv")
    signature = sign(user, general_bylaws)
    with translation.override("en"):
        response = staff_client.get(reverse("members_area:register_csv") + "?role=member")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["Last name", "First name", "Username", "Roles"]
    line = next(r for r in body if r[2] == "csvuser")
    assert signature.chain_hash in line
    assert "private" in response["Cache-Control"]


def test_register_queries_stay_flat_as_members_grow(
    staff_client, make_user, general_bylaws, sign, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add(n, start):
        for i in range(start, start + n):
            user = make_user("member", username=f"bulk{i}")
            if i % 2:
                sign(user, general_bylaws)

    url = reverse("members_area:register")
    staff_client.get(url)  # the first request also writes the session: leave it out
    add(13, 0)
    with CaptureQueriesContext(connection) as few:
        staff_client.get(url)
    add(117, 13)
    with CaptureQueriesContext(connection) as many:
        staff_client.get(url)
    assert len(many) == len(few)
    assert len(few) <= 20  # 9 for the register, the rest is the header and footer


def test_staff_can_check_a_receipt_by_its_hash(staff_client, member, general_bylaws, sign):
    signature = sign(member, general_bylaws)
    with translation.override("en"):
        url = reverse("members_area:check_receipt")
        found = staff_client.get(url, {"hash": signature.chain_hash.upper()}).content.decode()
        missing = staff_client.get(url, {"hash": "0" * 63 + "1"}).content.decode()
    assert "Chloé Dupont-Léger signed" in found
    assert "No signature has this hash" in missing


def test_member_home_queries_are_few_and_flat(
    member_client, member, general_bylaws, sign, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    member_client.get("/en/members/")  # the first request also writes the session
    with CaptureQueriesContext(connection) as before:
        member_client.get("/en/members/")
    sign(member, general_bylaws)
    for n in range(2, 12):
        general_bylaws.publish_new_version(f"Texte v{n}", f"Text v{n}")
    # 7 queries of the members' area, the rest is the site's header and footer.
    with django_assert_max_num_queries(len(before)):
        assert member_client.get("/en/members/").status_code == 200
    assert len(before) <= 18


def test_home_works_without_the_calendar_tag(member_client):
    html = member_client.get("/en/members/").content.decode()
    assert "Next talk groups" in html
    assert "Welcome booklet" in html


def test_home_shows_the_next_dates_of_the_calendar(member_client):
    # The demo term of talk groups starts next Monday: the members' home lists its first dates.
    html = member_client.get("/en/members/").content.decode()
    assert "Coming up" in html
    assert "Nothing is planned" not in html
    assert html.count('href="/en/members/calendar/') >= 3
