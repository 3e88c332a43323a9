"""A professional sends a training-quote request with a mistake, sees the message, corrects it
and sees the confirmation. Her other answers are still there after the mistake."""

import pytest

pytestmark = pytest.mark.browser

TEXT = {
    "organisation": "Centre social des Lilas",
    "contact_name": "Claire Martin",
    "contact_role": "Cheffe de service",
    "phone": "01 23 45 67 89",
    "preferred_period": "Printemps 2027",
    "region": "Île-de-France",
    "message": "Une équipe de douze travailleuses sociales.",
}


def quote_form_url(site_server, lang):
    url = site_server.page_url("enquiries.TrainingQuotePage", lang)
    assert url, "the demo has a training-quote page"
    return url


def fill_quote_form(page, email):
    for name, value in TEXT.items():
        page.locator(f"form [name={name}]").fill(value)
    page.locator("form [name=email]").fill(email)
    page.locator("form [name=participants]").fill("12")
    kinds = page.locator("form select[name=organisation_kind] option:not([value=''])")
    page.locator("form select[name=organisation_kind]").select_option(
        kinds.first.get_attribute("value")
    )
    for radio in ("training", "audience", "place"):
        page.locator(f"form input[type=radio][name={radio}]").first.check()
    page.locator("form input[type=checkbox][name=privacy_agreed]").check()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quote_request_with_a_mistake_then_corrected(page, site_server, lang):
    form_url = quote_form_url(site_server, lang)
    page.goto(form_url)
    fill_quote_form(page, email="claire.martin.example.org")  # no @: the mistake
    with page.expect_navigation():
        page.locator("form.enquiry-form button[type=submit]").click()

    alert = page.locator("[role=alert]").first
    assert alert.is_visible()
    assert page.locator("html").get_attribute("lang") == lang
    # The message names the e-mail field and links to it; the rest of her answers are kept.
    email_link = alert.locator("a[href='#id_email']")
    assert email_link.count() == 1
    assert page.locator("form [name=organisation]").input_value() == TEXT["organisation"]
    assert page.locator("form [name=message]").input_value() == TEXT["message"]
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"

    email_link.click()
    assert page.evaluate("document.activeElement.id") == "id_email"
    page.locator("#id_email").fill("claire.martin@example.org")
    page.locator("form input[type=checkbox][name=privacy_agreed]").check()
    with page.expect_navigation():
        page.locator("form.enquiry-form button[type=submit]").click()

    # The confirmation: its own address (reloading it sends nothing twice), no form, no alert.
    assert page.url.removeprefix(site_server.base_url) != form_url
    assert page.locator("form.enquiry-form").count() == 0
    assert page.locator("[role=alert]").count() == 0
    assert page.locator("main [role=status]").is_visible()
    assert page.locator("html").get_attribute("lang") == lang
