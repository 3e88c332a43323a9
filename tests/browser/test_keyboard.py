"""The main journey with the keyboard alone (Tab, Enter, Space, arrows): the skip link comes
first, the language switcher is reachable, and the training-quote form can be filled in and
sent without a mouse."""

import pytest

pytestmark = pytest.mark.browser

TYPED = {
    "organisation": "Lycée Voltaire",
    "contact_name": "Inès Benali",
    "contact_role": "Infirmière scolaire",
    "email": "ines.benali@example.org",
    "phone": "0612345678",
    "participants": "20",
    "preferred_period": "Autumn 2027",
    "region": "Hauts-de-France",
    "message": "",
}
MAX_TABS = 80


def focused(page):
    return page.evaluate(
        """() => { const e = document.activeElement; return {
            tag: e.tagName.toLowerCase(), type: e.type || '', name: e.name || '',
            id: e.id, cls: e.className || '', hreflang: e.getAttribute('hreflang') || '',
            visible: !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length) }; }"""
    )


def tab_until(page, predicate, what):
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        if predicate(element):
            return element
    raise AssertionError(f"{what} cannot be reached with Tab")


def test_keyboard_only_journey(page, site_server, viewport):
    page.goto("/fr/")
    # The first Tab lands on the skip link, which shows itself and jumps to the content.
    page.keyboard.press("Tab")
    element = focused(page)
    assert "skip-link" in element["cls"] and element["visible"]
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0, "the focused skip link stays off screen"
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"

    # From the top again, Tab reaches the language switcher; Enter switches to English.
    page.goto("/fr/")
    tab_until(page, lambda e: e["hreflang"] == "en", "the language switcher")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/")
    assert page.locator("html").get_attribute("lang") == "en"

    form_url = site_server.page_url("enquiries.TrainingQuotePage", "en")
    assert form_url, "the demo has a training-quote page"
    page.goto(form_url)
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # skip link → main content
    filled = set()
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        name, tag, kind = element["name"], element["tag"], element["type"]
        assert element["visible"] or name == "", f"focus went to a hidden element: {element}"
        if name in TYPED and name not in filled:
            page.keyboard.type(TYPED[name])
        elif tag == "select" and name not in filled:
            page.keyboard.press("ArrowDown")
        elif kind in ("radio", "checkbox") and name not in filled:
            page.keyboard.press("Space")
        elif tag == "button" and kind == "submit":
            with page.expect_navigation():
                page.keyboard.press("Enter")
            break
        else:
            continue
        filled.add(name)
    else:
        raise AssertionError("the submit button cannot be reached with Tab")
    assert page.locator("[role=alert]").count() == 0, page.locator("[role=alert]").inner_text()
    assert page.locator("form.enquiry-form").count() == 0
    assert page.locator("main [role=status]").is_visible()
