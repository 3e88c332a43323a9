"""Staff tools on the requests (issues 16 and 18): exports a reader understands and that
cannot attack her spreadsheet, dated internal notes, "re-send" after a mail failure."""

import csv
import datetime
import io

import pytest
from django.core import mail
from django.urls import reverse
from openpyxl import load_workbook

from enquiries.models import InternalNote, TrainingQuoteRequest

pytestmark = pytest.mark.django_db

SENT = datetime.datetime(2026, 12, 2, 17, 4, 5, 123456, tzinfo=datetime.UTC)
PARIS_TEXT = "2 décembre 2026, 18:04 (UTC+01:00)"
ATTACKS = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.fixture
def editor(make_user):
    return make_user(
        None,
        username="editor",
        first_name="Inès",
        last_name="Moreau",
        is_staff=True,
        is_superuser=True,
    )


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def attack(db):
    return TrainingQuoteRequest.objects.create(
        organisation=ATTACKS[0],
        organisation_kind="shelter",
        contact_name=ATTACKS[1],
        contact_role=ATTACKS[2],
        email="attacker@example.org",
        training="initial",
        audience="both",
        participants=3,
        preferred_period=ATTACKS[3],
        place="online",
        region=ATTACKS[4],
        message=ATTACKS[5],
        language="fr",
        created_at=SENT,
        mail_failed=False,
        privacy_agreed=True,
    )


def csv_rows(response):
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark, for Excel
    return list(csv.reader(io.StringIO(body[3:].decode("utf-8"))))


def row_of(rows, needle):
    return next(row for row in rows if any(needle in cell for cell in row))


def test_csv_export_neutralises_formulas(editor_client, attack):
    url = reverse("training_quote_requests:index") + "?export=csv"
    row = row_of(csv_rows(editor_client.get(url)), "HYPERLINK")
    for value in ATTACKS:
        assert "'" + value in row, value
        assert value not in row, value


def test_csv_export_speaks_the_readers_language(editor_client, attack):
    url = reverse("training_quote_requests:index") + "?export=csv"
    rows = csv_rows(editor_client.get(url))
    header, row = rows[0], row_of(rows, "HYPERLINK")
    assert "Statut" in header
    assert "Hébergement ou foyer" in row and "shelter" not in row
    assert "Nouvelle" in row and "new" not in row
    assert "Non" in row and "False" not in row and "True" not in row
    assert PARIS_TEXT in row
    assert not any(".123456" in cell or "+00:00" in cell for cell in row)


def test_xlsx_export_keeps_formulas_as_text(editor_client, attack):
    response = editor_client.get(reverse("training_quote_requests:index") + "?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    row = next(r for r in sheet.iter_rows() if any("HYPERLINK" in str(c.value) for c in r))
    cells = {str(cell.value): cell for cell in row}
    assert cells[ATTACKS[0]].data_type == "s"
    assert "Hébergement ou foyer" in cells and PARIS_TEXT in cells


def test_listing_and_inspect_show_the_same_paris_time(editor_client, attack):
    listing = editor_client.get(reverse("training_quote_requests:index")).content.decode()
    inspect = editor_client.get(
        reverse("training_quote_requests:inspect", args=[attack.pk])
    ).content.decode()
    assert PARIS_TEXT in listing and PARIS_TEXT in inspect


def test_notes_are_dated_entries_never_overwritten(editor_client, editor, attack):
    url = reverse("training_quote_requests:edit", args=[attack.pk])
    for text in ("Called back on Monday.", "Quote sent."):
        response = editor_client.post(url, {"status": "quoted", "new_note": text})
        assert response.status_code == 302
    notes = list(attack.notes.all())
    assert [note.text for note in notes] == ["Called back on Monday.", "Quote sent."]
    assert all(note.author == editor and note.author_name == "Inès Moreau" for note in notes)
    html = editor_client.get(url).content.decode()
    assert "Called back on Monday." in html and "Quote sent." in html
    # Saving without a note adds nothing and changes nothing.
    editor_client.post(url, {"status": "accepted", "new_note": ""})
    assert attack.notes.count() == 2


def test_notes_go_with_their_request(editor_client, attack, editor):
    InternalNote.add(attack, "A note.", editor)
    TrainingQuoteRequest.objects.filter(pk=attack.pk).delete()
    assert not InternalNote.objects.exists()


def test_a_failed_mail_can_be_sent_again(editor_client, attack):
    TrainingQuoteRequest.objects.filter(pk=attack.pk).update(mail_failed=True)
    edit = editor_client.get(reverse("training_quote_requests:edit", args=[attack.pk]))
    resend_url = reverse("training_quote_requests:resend", args=[attack.pk])
    assert resend_url in edit.content.decode()
    assert editor_client.get(resend_url).status_code == 200
    mail.outbox.clear()

    response = editor_client.post(resend_url)

    assert response.status_code == 302
    assert len(mail.outbox) == 2  # the team's notification and her acknowledgement
    attack.refresh_from_db()
    assert attack.mail_failed is False
    assert attack.notes.count() == 1


def test_resend_needs_the_admin(client, make_user, attack):
    client.force_login(make_user("member"))
    response = client.post(reverse("training_quote_requests:resend", args=[attack.pk]))
    assert response.status_code in (302, 403)
    assert not mail.outbox
