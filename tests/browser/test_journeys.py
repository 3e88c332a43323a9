"""Every journey walks, on a 390×844 phone, in both languages, from the home page and by
following what the page shows (issue 17): a victim sends the appointment form, a professional
the training quote, a member logs in and takes her next talk group to her phone's calendar.
On every page of the way, the content starts within the first 200 pixels of the screen."""

import pytest

from .conftest import open_context
from .test_training_quote import fill_quote_form

pytestmark = pytest.mark.browser

PHONE_SIZE = {"width": 390, "height": 844}
CONTENT_TOP_LIMIT = 200

LABELS = {
    "fr": {
        "menu": "Menu",
        "find_help": "Trouver de l'aide",
        "appointment": "Demander un rendez-vous",
        "training": "Formations pour professionnels",
        "quote": "Demander un devis de formation",
        "members": "Espace membres",
    },
    "en": {
        "menu": "Menu",
        "find_help": "Find help",
        "appointment": "Ask for an appointment",
        "training": "Training for professionals",
        "quote": "Request a training quote",
        "members": "Members' area",
    },
}


@pytest.fixture
def phone(browser, site_server):
    context = open_context(browser, site_server, "phone")
    page = context.new_page()
    page.set_viewport_size(PHONE_SIZE)
    yield page
    external = list(context.external_requests)
    context.close()
    assert not external, f"the site asked other hosts: {external}"


def content_starts_high(page):
    """The content (a status message, or the page's heading) begins within the first 200 px
    of the screen: header, breadcrumbs and the members' links above it stay short."""
    assert page.evaluate("window.innerWidth") == PHONE_SIZE["width"]
    top = page.evaluate(
        "(document.querySelector('main [role=status], main h1') || document.querySelector('main'))"
        ".getBoundingClientRect().top"
    )
    assert top < CONTENT_TOP_LIMIT, f"{page.url}: content starts at {top}px"
    # Nothing overflows sideways: the header fits the phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE_SIZE["width"]


def follow(page, locator):
    """Tap a link the page shows, as a visitor would."""
    assert locator.is_visible(), f"{page.url}: not visible: {locator}"
    with page.expect_navigation():
        locator.tap()
    content_starts_high(page)


def from_the_menu(page, lang, label):
    page.locator("summary", has_text=LABELS[lang]["menu"]).tap()
    follow(page, page.locator(".main-menu a", has_text=label).first)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_victim_walks_from_the_home_page_to_a_sent_appointment_request(phone, site_server, lang):
    phone.goto(f"/{lang}/")
    content_starts_high(phone)
    # The quick exit is on screen at every step.
    assert phone.locator("[data-quick-exit]").is_visible()
    follow(phone, phone.locator("main a.button", has_text=LABELS[lang]["find_help"]))
    assert phone.locator("main .helplines a[href='tel:3919']").count() == 1
    follow(phone, phone.locator("main a.button", has_text=LABELS[lang]["appointment"]))
    assert phone.locator("[data-quick-exit]").is_visible()

    form = phone.locator("form.enquiry-form")
    form.locator("[name=name]").fill("Rose")
    form.locator("input[name=contact_method][value=phone]").check()
    form.locator("[name=contact_value]").fill("06 12 34 56 78")
    form.locator("input[name=may_leave_message][value=no]").check()
    form.locator("input[name=preferred_language]").first.check()
    form.locator("input[name=privacy_agreed]").check()
    with phone.expect_navigation():
        form.locator("button[type=submit]").tap()
    assert phone.locator("main [role=status]").is_visible()
    assert phone.locator("form.enquiry-form").count() == 0
    assert phone.locator("html").get_attribute("lang") == lang


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_professional_walks_from_the_home_page_to_a_sent_quote_request(phone, site_server, lang):
    phone.goto(f"/{lang}/")
    content_starts_high(phone)
    from_the_menu(phone, lang, LABELS[lang]["training"])
    follow(phone, phone.locator("main a.button", has_text=LABELS[lang]["quote"]))
    fill_quote_form(phone, email="claire.martin@example.org")
    with phone.expect_navigation():
        phone.locator("form.enquiry-form button[type=submit]").tap()
    assert phone.locator("main [role=status]").is_visible()
    assert phone.locator("[role=alert]").count() == 0
    assert phone.locator("html").get_attribute("lang") == lang


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_member_walks_from_the_home_page_to_her_next_talk_group_in_her_calendar(
    phone, site_server, lang
):
    phone.goto(f"/{lang}/")
    content_starts_high(phone)
    from_the_menu(phone, lang, LABELS[lang]["members"])
    # The members' area sends her to its door, the login form, which brings her back.
    phone.locator("input[name=login]").fill("browser-reader")
    phone.locator("input[name=password]").fill(site_server.password)
    with phone.expect_navigation():
        phone.locator("form:has(input[name=password]) [type=submit]").tap()
    assert phone.locator("input[name=password]").count() == 0, f"login failed: {phone.url}"
    content_starts_high(phone)

    next_talk_group = phone.locator("main #talk-groups ~ * a, main section:has(#talk-groups) a")
    assert next_talk_group.count() >= 1, "the members' home shows no talk group"
    follow(phone, next_talk_group.first)
    with phone.expect_download() as download_info:
        phone.locator("main a[href$='.ics']").first.tap()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    with open(download.path(), encoding="utf-8") as ics:
        content = ics.read()
    assert content.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in content
    assert phone.locator("html").get_attribute("lang") == lang
