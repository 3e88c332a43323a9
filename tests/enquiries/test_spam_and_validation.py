"""Honeypot, rate limit, validation messages in both languages, oversized bodies."""

import pytest
from django.core import mail

from enquiries.models import AppointmentRequest, TrainingQuoteRequest
from tests.enquiries.conftest import APPOINTMENT, QUOTE, with_token

pytestmark = pytest.mark.django_db


def test_honeypot_filled_stores_nothing_but_looks_like_success(client, quote_url):
    response = client.post(quote_url("fr"), with_token({**QUOTE, "website": "http://spam"}))

    assert response.status_code == 302
    assert not TrainingQuoteRequest.objects.filter(organisation="Centre social Exemple").exists()
    assert mail.outbox == []


def test_honeypot_is_hidden_from_people_screen_readers_and_keyboard(client, quote_url):
    html = client.get(quote_url("fr")).content.decode()

    assert '<div class="visually-hidden" aria-hidden="true"><label for="id_website">' in html
    assert 'name="website"' in html and 'tabindex="-1"' in html


def test_rate_limit_per_address_with_a_friendly_message(client, appointment_url, settings):
    settings.ENQUIRY_RATE_LIMIT = (2, 3600)
    url = appointment_url("fr")
    for _ in range(2):
        assert client.post(url, with_token(APPOINTMENT)).status_code == 302

    response = client.post(url, with_token(APPOINTMENT))

    assert response.status_code == 429
    html = response.content.decode()
    assert "Attendez une heure" in html
    assert 'value="blessing@example.org"' in html  # nothing typed is lost
    assert AppointmentRequest.objects.filter(name="Blessing").count() == 2
    # Another address is not affected.
    other = client.post(url, with_token(APPOINTMENT), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_rate_limit_cache_key_holds_no_raw_address(rf):
    from enquiries.spam import client_key

    request = rf.post("/", REMOTE_ADDR="203.0.113.7")
    assert "203.0.113.7" not in client_key(request)
    assert client_key(request) != client_key(rf.post("/", REMOTE_ADDR="203.0.113.8"))


@pytest.mark.parametrize(
    "language, required, email, participants, privacy",
    [
        (
            "fr",
            "Merci de remplir ce champ.",
            "Indiquez une adresse e-mail comme nom@example.org.",
            "Pour plus de 500 personnes, dites-le dans votre message.",
            "Merci d’accepter la politique de confidentialité",
        ),
        (
            "en",
            "Please fill in this field.",
            "Enter an e-mail address like name@example.org.",
            "For more than 500 people, please say so in your message.",
            "Please agree to the privacy notice",
        ),
    ],
)
def test_validation_messages_in_the_page_language_and_typed_data_kept(
    client, quote_url, language, required, email, participants, privacy
):
    data = {**QUOTE, "organisation": "", "email": "not-an-address", "participants": "9999"}
    del data["privacy_agreed"]
    response = client.post(quote_url(language), with_token(data))

    assert response.status_code == 200
    html = response.content.decode()
    for message in (required, email, participants, privacy):
        assert message in html
    assert 'value="not-an-address"' in html
    assert 'value="Alex Exemple"' in html
    assert "Une équipe de quinze personnes." in html
    assert 'value="9999"' in html
    assert 'aria-invalid="true"' in html
    assert not TrainingQuoteRequest.objects.filter(contact_name="Alex Exemple").exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    "method, value, message",
    [
        ("email", "blessing(at)example", "Indiquez une adresse e-mail"),
        ("phone", "call me maybe", "Indiquez un numéro de téléphone"),
    ],
)
def test_contact_value_checked_against_the_chosen_method(
    client, appointment_url, method, value, message
):
    data = {**APPOINTMENT, "contact_method": method, "contact_value": value}
    response = client.post(appointment_url("fr"), with_token(data))

    assert message in response.content.decode()
    assert not AppointmentRequest.objects.filter(name="Blessing").exists()


def test_lengths_are_limited(client, appointment_url):
    data = {**APPOINTMENT, "name": "x" * 81, "message": "y" * 3001}
    response = client.post(appointment_url("en"), with_token(data))

    html = response.content.decode()
    assert "Ensure this value has at most 80 characters" in html
    assert "Ensure this value has at most 3000 characters" in html
    assert not AppointmentRequest.objects.filter(contact_value="blessing@example.org").exists()


def test_victims_form_asks_the_browser_to_remember_nothing(client, appointment_url):
    html = client.get(appointment_url("fr")).content.decode()

    main = html.split('<main id="main"', 1)[1]  # the header's search box is another form
    assert 'autocomplete="off"' in main.split("<form", 1)[1].split(">", 1)[0]


def test_oversized_body_gives_the_site_400_page(client, quote_url, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    data = with_token({**QUOTE, "message": "z" * 20_000})
    response = client.post(quote_url("fr"), data)

    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert 'class="site-header"' in html  # the site's layout, not a bare error
    assert not TrainingQuoteRequest.objects.filter(organisation="Centre social Exemple").exists()


def test_oversized_body_caught_by_csrf_check_is_still_400(quote_url, settings):
    from django.test import Client

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    strict = Client(enforce_csrf_checks=True)
    strict.get(quote_url("en"))  # the CSRF cookie: the check then reads the oversized body
    response = strict.post(quote_url("en"), {"message": "z" * 20_000})

    assert response.status_code == 400
    assert "Request not understood" in response.content.decode()
