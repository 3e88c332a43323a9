"""The public face (issue 17): helplines, the contact page, the legal and privacy notices that
tell the truth about what the code does, the "Support Mist" page, calls to action as page
choosers that stay in their language, breadcrumbs and section cards."""

import html as html_lib
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.models import Page

from home.blocks import CallToActionBlock
from home.helplines import HELPLINES
from home.models import ContentPage, SiteSettings

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def text_of(response):
    """Visible words of a page, spaces of every kind made ordinary (French typography)."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", response.content.decode(), flags=re.S)
    text = re.sub(r"<[^>]+>", " ", html)
    return re.sub(r"[\s\u00a0\u202f]+", " ", html_lib.unescape(text))


# ---------------------------------------------------------------- helplines


@pytest.mark.parametrize(
    "path",
    [
        "/fr/accompagnement-des-victimes/",
        "/en/support-for-victims/",
        "/fr/accompagnement-des-victimes/prendre-rendez-vous/",
        "/en/support-for-victims/make-an-appointment/",
        "/fr/contact/",
        "/en/contact/",
        "/fr/partir-vite/",
        "/en/leaving-quickly/",
    ],
)
def test_the_helplines_are_on_the_help_appointment_contact_and_quick_exit_pages(client, path):
    html = client.get(path).content.decode()
    for line in HELPLINES:
        scheme = "sms" if line.by_text else "tel"
        assert f'href="{scheme}:{line.number}"' in html, (path, line.number)
    assert 'href="sms:114"' in html and 'href="tel:3919"' in html


def test_helplines_say_what_each_number_is_for_in_the_page_language(client):
    french = text_of(client.get("/fr/contact/"))
    english = text_of(client.get("/en/contact/"))
    assert "Hébergement d'urgence (Samu social)" in french
    assert "Emergency shelter (Samu social)" in english
    assert "SMS au 114" in french and "Text 114" in english


# ---------------------------------------------------------------- contact page and settings


def test_contact_page_shows_only_what_the_settings_hold(client):
    settings_row = SiteSettings.load()
    page = text_of(client.get("/fr/contact/"))
    assert settings_row.contact_email in page
    # The demo invents nothing: no phone, address or hours until editors fill them.
    for label in ("Téléphone", "Adresse", "Horaires d'ouverture", "Messageries", "Comment venir"):
        assert label not in page

    settings_row.phone = "01 23 45 67 89"
    settings_row.postal_address = "1 rue de l'Exemple\n75000 Paris"
    settings_row.opening_hours_fr = "Du lundi au vendredi"
    settings_row.opening_hours_en = "Monday to Friday"
    settings_row.messaging_apps = "Signal : 06 00 00 00 00\n\nWhatsApp : 06 00 00 00 01"
    settings_row.save()  # a new content generation: the cached bodies are renewed

    html = client.get("/fr/contact/").content.decode()
    assert 'href="tel:0123456789"' in html
    page = text_of(client.get("/fr/contact/"))
    assert "Du lundi au vendredi" in page and "Monday to Friday" not in page
    assert "WhatsApp : 06 00 00 00 01" in page
    assert "Monday to Friday" in text_of(client.get("/en/contact/"))


def test_contact_page_leads_to_the_appointment_form(client):
    html = client.get("/en/contact/").content.decode()
    assert 'href="/en/support-for-victims/make-an-appointment/"' in html


def test_legal_notice_names_publisher_and_host_from_the_settings(client):
    settings_row = SiteSettings.load()
    settings_row.registration_number = "W751234567"
    settings_row.publication_director = "Vanessa Simoni"
    settings_row.host_name = "Hébergeur Exemple"
    settings_row.host_address = "2 rue de l'Exemple, 75000 Paris"
    settings_row.host_phone = "01 98 76 54 32"
    settings_row.save()
    for path in ("/fr/mentions-legales/", "/en/legal-notice/"):
        page = text_of(client.get(path))
        for value in ("Mist", "W751234567", "Vanessa Simoni", "Hébergeur Exemple"):
            assert value in page, (path, value)
        assert settings_row.contact_email in page
    # The old text sent people to a contact form that did not exist.
    assert "formulaire de contact" not in text_of(client.get("/fr/mentions-legales/"))


def test_support_page_shows_donation_links_only_once_set(client):
    assert "Faire un don" not in text_of(client.get("/fr/soutenir-mist/"))
    settings_row = SiteSettings.load()
    settings_row.donation_url = "https://dons.example.org/mist"
    settings_row.save()
    html = client.get("/fr/soutenir-mist/").content.decode()
    assert 'href="https://dons.example.org/mist"' in html
    assert "Payer la cotisation" not in html
    # Membership and volunteering, each a button to a page of the same language.
    assert 'href="/en/become-a-member/"' in client.get("/en/support-mist/").content.decode()
    assert 'href="/en/contact/"' in client.get("/en/support-mist/").content.decode()


# ---------------------------------------------------------------- the privacy notice is true


def test_privacy_notice_states_the_values_the_code_applies(client):
    french = text_of(client.get("/fr/confidentialite/"))
    english = text_of(client.get("/en/privacy/"))
    months = settings.ENQUIRY_RETENTION_MONTHS
    idle_minutes = settings.MIST_MEMBERS_IDLE_SECONDS // 60
    session_hours = settings.SESSION_COOKIE_AGE // 3600
    rate_hours = settings.ENQUIRY_RATE_LIMIT[1] // 3600
    assert f"{months} mois" in french and f"{months} months" in english
    assert f"{idle_minutes} minutes" in french and f"{idle_minutes} minutes" in english
    assert f"{session_hours} heures" in french and f"{session_hours} hours" in english
    assert f"{settings.MIST_INVITATION_DAYS} jours" in french
    assert f"{rate_hours} heure" in french and f"{rate_hours} hour" in english
    login_window = int(settings.ACCOUNT_RATE_LIMITS["login_failed"].split("/")[-2][:-1]) // 60
    assert f"{login_window} minutes" in french
    for name in (settings.CSRF_COOKIE_NAME, settings.SESSION_COOKIE_NAME):
        assert name in french and name in english
    # What a signature keeps, the legal bases, the rights and the authority to complain to.
    for words in ("adresse IP", "navigateur", "la date et l'heure", "Base légale", "CNIL"):
        assert words in french, words
    for words in ("IP address", "browser", "Legal basis", "CNIL"):
        assert words in english, words


def test_the_csrf_cookie_of_form_pages_ends_with_the_browser_session(client):
    """The privacy notice says so: without CSRF_COOKIE_AGE = None, the cookie lasted a year."""
    response = client.get("/fr/accompagnement-des-victimes/prendre-rendez-vous/")
    cookie = response.cookies[settings.CSRF_COOKIE_NAME]
    assert cookie["max-age"] == "" and cookie["expires"] == ""


def test_the_quick_exit_page_describes_what_the_button_does(client):
    script = (ROOT / "static/js/quick-exit.js").read_text()
    window_seconds = int(re.search(r"WINDOW_MS = (\d+)", script).group(1)) // 1000
    assert "location.replace(" in script and "no-referrer" in script
    french = text_of(client.get("/fr/partir-vite/"))
    english = text_of(client.get("/en/leaving-quickly/"))
    assert f"en moins de {window_seconds} secondes" in french
    assert f"within {window_seconds} seconds" in english
    # It replaces one page in the history, not the whole visit: the notice does not promise more.
    assert "restent dans l'historique" in french and "stay in the browser's history" in english


# ---------------------------------------------------------------- calls to action


def test_a_call_to_action_needs_a_page_and_takes_no_typed_address(home_fr):
    block = CallToActionBlock()
    assert "url" not in block.child_blocks["link"].child_blocks
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "x", "text": "", "link": {"label": "y"}}))
    value = block.to_python({"title": "x", "text": "", "link": {"label": "y", "page": home_fr.pk}})
    assert block.clean(value)["link"]["page"].pk == home_fr.pk


def test_a_link_kept_on_the_french_page_leads_to_the_english_translation(client, home_en):
    """Page choosers stay synchronised in wagtail-localize: an English page whose translator
    did not re-choose the link still holds the French page, and must still link in English."""
    french_target = Page.objects.get(url_path__endswith="/contact/", locale__language_code="fr")
    english_target = french_target.get_translation(home_en.locale)
    page = ContentPage(
        title="Links",
        slug="links-test",
        locale=home_en.locale,
        body=[
            {
                "type": "call_to_action",
                "value": {
                    "title": "Write",
                    "text": "",
                    "link": {"label": "Contact", "page": french_target.pk},
                },
            }
        ],
    )
    home_en.add_child(instance=page)
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert f'href="{english_target.url}"' in html
    assert f'href="{french_target.url}"' not in html


@pytest.mark.parametrize(
    "path,form_path",
    [
        (
            "/fr/accompagnement-des-victimes/",
            "/fr/accompagnement-des-victimes/prendre-rendez-vous/",
        ),
        ("/en/training-for-professionals/", "/en/training-for-professionals/request-a-quote/"),
        ("/fr/devenir-membre/", "/fr/devenir-membre/je-veux-devenir-membre/"),
    ],
)
def test_each_service_page_ends_with_the_button_to_its_form(client, path, form_path):
    html = client.get(path).content.decode()
    buttons = re.findall(r'<a class="button" href="([^"]+)"', html)
    assert buttons and buttons[-1] == form_path


# ---------------------------------------------------------------- navigation


def test_section_pages_list_their_children_as_cards(client):
    html = client.get("/en/advocacy/").content.decode()
    assert 'href="/en/advocacy/recommendations/"' in html
    assert 'href="/en/advocacy/collective/"' in html
    assert "In this section" in html


def test_deep_pages_have_breadcrumbs_and_sections_do_not(client):
    html = client.get("/fr/plaidoyer/recommandations/").content.decode()
    trail = re.search(r'<nav class="breadcrumbs[^>]*>(.*?)</nav>', html, re.S).group(1)
    assert re.findall(r'href="([^"]+)"', trail) == ["/fr/", "/fr/plaidoyer/"]
    assert 'aria-current="page"' in trail
    assert 'class="breadcrumbs' not in client.get("/fr/plaidoyer/").content.decode()


@pytest.mark.parametrize("language,label", [("fr", "Espace membres"), ("en", "Members' area")])
def test_the_header_links_to_the_members_area_and_works_without_javascript(client, language, label):
    html = html_lib.unescape(client.get(f"/{language}/").content.decode())
    members = "/fr/espace-membres/" if language == "fr" else "/en/members/"
    assert f'href="{members}">{label}</a>' in html
    # The menu and the search are <details>: they open without any script.
    assert re.search(r'<details class="header-toggle site-nav">\s*<summary', html)
    assert re.search(r'<details class="header-toggle site-search-toggle">\s*<summary', html)
