"""The team's listings: reachable by editors, not by the public; filters and CSV export."""

import pytest
from django.urls import reverse

from enquiries.models import TrainingQuoteRequest

pytestmark = pytest.mark.django_db

LISTINGS = ["training_quote_requests", "appointment_requests", "membership_interests"]


@pytest.fixture
def editor_client(client, make_user):
    client.force_login(make_user(None, username="editor", is_staff=True, is_superuser=True))
    return client


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_and_export_reachable_by_an_editor(editor_client, name):
    listing = editor_client.get(reverse(f"{name}:index"))
    export = editor_client.get(reverse(f"{name}:index") + "?export=csv")

    assert listing.status_code == 200
    assert export.status_code == 200
    assert export["Content-Type"].startswith("text/csv")
    assert "attachment" in export["Content-Disposition"]


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_and_export_refused_to_anonymous(client, name):
    for url in (reverse(f"{name}:index"), reverse(f"{name}:index") + "?export=csv"):
        response = client.get(url)
        assert response.status_code == 302
        # The admin's login is allauth's (rate limits, two-step verification).
        assert response["Location"].startswith(reverse("account_login"))


def test_listing_refused_to_a_member_without_admin_access(client, make_user):
    client.force_login(make_user("member"))
    response = client.get(reverse("training_quote_requests:index"))
    assert response.status_code == 302


def test_csv_export_holds_the_requests(editor_client):
    response = editor_client.get(reverse("training_quote_requests:index") + "?export=csv")
    body = b"".join(response.streaming_content).decode()

    assert "Foyer de l'Exemple (fictif)" in body
    assert "Example School (fictional)" in body


def test_filters_by_mail_failed_and_organisation_kind(editor_client):
    url = reverse("training_quote_requests:index")
    failed = editor_client.get(url, {"mail_failed": "true"}).content.decode()
    shelters = editor_client.get(url, {"organisation_kind": "shelter"}).content.decode()

    assert "Example School" in failed and "Foyer de l" not in failed
    assert "Foyer de l" in shelters and "Example School" not in shelters


def test_editor_changes_status_and_notes_but_not_the_request(editor_client):
    record = TrainingQuoteRequest.objects.get(organisation="Example School (fictional)")
    response = editor_client.post(
        reverse("training_quote_requests:edit", args=[record.pk]),
        {
            "status": "accepted",
            "new_note": "Called back on Monday.",
            "organisation": "Changed",
        },
    )

    assert response.status_code == 302
    record.refresh_from_db()
    assert record.status == "accepted"
    assert [note.text for note in record.notes.all()] == ["Called back on Monday."]
    assert record.organisation == "Example School (fictional)"


def test_requests_cannot_be_invented_in_the_admin(editor_client):
    response = editor_client.get(reverse("training_quote_requests:add"))
    assert response.status_code in (302, 403)


def test_victims_statuses_have_no_quote(editor_client):
    from enquiries.models import AppointmentRequest

    record = AppointmentRequest.objects.first()
    html = editor_client.get(reverse("appointment_requests:edit", args=[record.pk])).content
    assert b'value="quoted"' not in html
    assert b'value="accepted"' in html
