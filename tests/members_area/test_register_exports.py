"""The register for staff (issue 18): in the admin menu; one Paris time with its offset in the
list, the receipt, the admin's signature listing and inspect page, the CSV and the .xlsx;
formulas neutralised in its exports (issue 16)."""

import csv
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook

SIGNED = datetime.datetime(2026, 12, 2, 17, 4, 5, 987654, tzinfo=datetime.UTC)
PARIS_FR = "2 décembre 2026, 18:04 (UTC+01:00)"
PARIS_EN = "2 December 2026, 18:04 (UTC+01:00)"
SUMMER = datetime.datetime(2026, 7, 14, 8, 30, tzinfo=datetime.UTC)


@pytest.fixture
def staff_client(client, make_user):
    client.force_login(make_user("salaried_team", username="staff"))
    return client


@pytest.fixture
def signature(make_user, general_bylaws, sign):
    user = make_user("member", username="eve", first_name="=cmd|' /C calc'!A0", last_name="@Eve")
    return sign(user, general_bylaws, signed_at=SIGNED)


def csv_rows(response):
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(response.content[3:].decode("utf-8"))))


def test_paris_time_with_its_offset_everywhere(staff_client, signature):
    with translation.override("fr"):
        register = staff_client.get(reverse("members_area:register")).content.decode()
        receipt = staff_client.get(
            reverse("members_area:receipt", args=[signature.public_id])
        ).content.decode()
        export = csv_rows(staff_client.get(reverse("members_area:register_csv")))
    admin_list = staff_client.get(reverse("signatures:index")).content.decode()
    admin_inspect = staff_client.get(
        reverse("signatures:inspect", args=[signature.pk])
    ).content.decode()
    row = next(r for r in export if "'@Eve" in r)
    for text in (register, receipt, admin_list, admin_inspect):
        assert PARIS_FR in text
    assert PARIS_FR in row
    assert not any("987654" in cell or "UTC)" not in cell and "T17:04" in cell for cell in row)


def test_summer_time_says_its_own_offset(make_user, general_bylaws, sign):
    from mist_site.exports.cells import local_time_text

    with translation.override("en"):
        assert local_time_text(SUMMER) == "14 July 2026, 10:30 (UTC+02:00)"
        assert local_time_text(SIGNED) == PARIS_EN


def test_register_exports_neutralise_formulas(staff_client, signature):
    with translation.override("en"):
        rows = csv_rows(staff_client.get(reverse("members_area:register_csv")))
        workbook = staff_client.get(reverse("members_area:register_xlsx"))
    row = next(r for r in rows if "eve" in r)
    assert row[0] == "'@Eve" and row[1].startswith("'=cmd")
    assert "Member" in row[3] and "member" not in row
    sheet = load_workbook(io.BytesIO(b"".join(workbook.streaming_content))).active
    cells = next(r for r in sheet.iter_rows() if r[2].value == "eve")
    assert cells[1].value.startswith("=cmd") and cells[1].data_type == "s"
    assert PARIS_EN in [cell.value for cell in cells]


def test_admin_signature_export_has_labels_and_local_times(staff_client, signature):
    response = staff_client.get(reverse("signatures:index") + "?export=csv")
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body[3:].decode("utf-8"))))
    row = next(r for r in rows if PARIS_FR in r)
    assert "En ligne" in row or "Online" in row
    assert "online" not in row


def test_the_register_is_in_the_admin_menu_for_staff(staff_client):
    with translation.override("fr"):
        register_url = reverse("members_area:register")
    html = staff_client.get(reverse("wagtailadmin_home")).content.decode()
    assert register_url in html


def test_the_register_menu_entry_is_not_shown_to_other_editors(client, make_user):
    editor = make_user(None, username="webmaster", is_staff=True)
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    with translation.override("fr"):
        register_url = reverse("members_area:register")
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert register_url not in html
