"""The success path, mail failures and double submissions."""

import uuid

import pytest
from django.core import mail

from enquiries.models import AppointmentRequest, MembershipInterest, TrainingQuoteRequest
from tests.enquiries.conftest import APPOINTMENT, QUOTE, with_token

pytestmark = pytest.mark.django_db


def test_quote_success_stores_one_record_and_sends_two_mails_in_french(client, quote_url):
    response = client.post(quote_url("fr"), with_token(QUOTE))

    assert response.status_code == 302
    assert response["Location"] == quote_url("fr") + "thanks/"
    record = TrainingQuoteRequest.objects.get(organisation="Centre social Exemple")
    assert record.language == "fr"
    assert record.participants == 15
    assert record.status == "new"
    assert record.privacy_agreed is True
    assert record.mail_failed is False
    team, ack = mail.outbox
    assert team.to == ["equipe@mist-association.org"]
    assert "Centre social Exemple" in team.body
    assert team.reply_to == ["alex@example.org"]
    assert ack.to == ["alex@example.org"]
    assert ack.subject == "Nous avons bien reçu votre message"


def test_quote_acknowledgement_in_english_from_the_english_page(client, quote_url):
    client.post(quote_url("en"), with_token(QUOTE))

    record = TrainingQuoteRequest.objects.get(organisation="Centre social Exemple")
    assert record.language == "en"
    assert mail.outbox[1].subject == "We have received your message"
    assert "Thank you for your request for a training quote" in mail.outbox[1].body


def test_thanks_page_shows_the_editable_text(client, quote_url):
    response = client.post(quote_url("en"), with_token(QUOTE), follow=True)

    assert response.status_code == 200
    assert "We have received your request" in response.content.decode()


def test_victim_details_never_travel_in_the_team_mail(client, appointment_url):
    client.post(appointment_url("fr"), with_token(APPOINTMENT))

    record = AppointmentRequest.objects.get(name="Blessing")
    team, ack = mail.outbox
    assert "Blessing" not in team.body and "blessing@example.org" not in team.body
    assert f"/admin/appointment_requests/edit/{record.pk}/" in team.body
    assert team.reply_to == []
    # Acknowledged in the language she chose, not the page's.
    assert ack.to == ["blessing@example.org"]
    assert ack.subject == "We have received your message"


@pytest.mark.parametrize("method, value", [("phone", "06 12 34 56 78"), ("messaging", "Signal")])
def test_no_acknowledgement_unless_she_chose_email(client, appointment_url, method, value):
    data = {**APPOINTMENT, "contact_method": method, "contact_value": value}
    response = client.post(appointment_url("fr"), with_token(data))

    assert response.status_code == 302
    assert AppointmentRequest.objects.filter(name="Blessing").count() == 1
    assert len(mail.outbox) == 1  # the team only


def test_membership_interest_is_stored(client, membership_url):
    data = {**APPOINTMENT, "referred_by": "Association Exemple"}
    client.post(membership_url("en"), with_token(data))

    record = MembershipInterest.objects.get(name="Blessing")
    assert record.referred_by == "Association Exemple"
    assert record.may_leave_message is False
    assert record.language == "en"


def test_failing_mail_keeps_the_record_flagged_and_still_thanks(
    client, quote_url, settings, caplog
):
    settings.EMAIL_BACKEND = "tests.enquiries.conftest.BrokenMailBackend"
    response = client.post(quote_url("fr"), with_token(QUOTE), follow=True)

    assert response.status_code == 200
    assert "Merci, votre message a bien été envoyé" in response.content.decode()
    record = TrainingQuoteRequest.objects.get(organisation="Centre social Exemple")
    assert record.mail_failed is True
    # The log says which record, never who sent it.
    assert f"#{record.pk}" in caplog.text
    assert "alex@example.org" not in caplog.text and "Alex" not in caplog.text


def test_same_token_posted_twice_stores_one_record(client, quote_url):
    data = with_token(QUOTE, uuid.uuid4())
    first = client.post(quote_url("fr"), data)
    second = client.post(quote_url("fr"), data)

    assert first.status_code == second.status_code == 302
    assert TrainingQuoteRequest.objects.filter(organisation="Centre social Exemple").count() == 1
    assert len(mail.outbox) == 2  # the second post sent nothing


def test_forged_token_still_stores_the_request(client, quote_url):
    client.post(quote_url("fr"), {**QUOTE, "token": "not-a-uuid"})

    assert TrainingQuoteRequest.objects.filter(organisation="Centre social Exemple").count() == 1


def test_form_pages_are_never_cached_and_carry_the_csrf_cookie(client, quote_url):
    response = client.get(quote_url("fr"))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert "csrftoken" in response.cookies
    assert "sessionid" not in response.cookies


def test_form_page_links_to_the_privacy_notice_in_its_language(client, quote_url):
    assert 'href="/fr/confidentialite/"' in client.get(quote_url("fr")).content.decode()
    assert 'href="/en/privacy/"' in client.get(quote_url("en")).content.decode()


def count_queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm the site-root and settings caches
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_form_page_costs_few_queries_over_the_layout_and_stays_flat(client, quote_url, settings):
    """The shared layout (menus, switcher, footer) is home's budget; the form adds at most
    three queries (privacy link, routing), and stored requests do not add any. A form page is
    never cached in fragments: both are counted rendered in full."""
    settings.PAGE_FRAGMENT_CACHE = False
    layout = count_queries(client, "/fr/formations-pour-professionnels/")
    form_page = count_queries(client, quote_url("fr"))
    assert form_page <= layout + 3
    settings.ENQUIRY_RATE_LIMIT = (100, 3600)
    for number in range(30):
        client.post(quote_url("fr"), with_token({**QUOTE, "organisation": f"Org {number}"}))
    assert TrainingQuoteRequest.objects.filter(organisation__startswith="Org ").count() == 30
    assert count_queries(client, quote_url("fr")) == form_page


def test_other_methods_are_refused(client, quote_url):
    assert client.put(quote_url("fr")).status_code == 405
