"""Screenshots of the key pages, both languages and both viewports, written to screenshots/
(ignored by git) for a person to look at. Each also checks that nothing is wider than the
screen: on a phone a page must never scroll sideways."""

import pytest

from .conftest import screenshot_path

pytestmark = pytest.mark.browser

KEY_PAGES = {
    "home": "home.HomePage",
    "project": "projects.ProjectPage",
    "episode": "podcasts.EpisodePage",
    "quote-form": "enquiries.TrainingQuotePage",
}


def no_sideways_scroll(page):
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} is {overflow}px wider than the screen"


def menu_lines_up_with_logo(page):
    """The main menu starts where the logo does, with the same margin from the screen edge
    (on a phone, once opened with its button)."""
    logo = page.locator(".site-logo").bounding_box()
    menu_button = page.locator(".site-nav > summary")
    if menu_button.is_visible():
        menu_button.click()
    first_item = page.locator(".main-menu a").first.bounding_box()
    if menu_button.is_visible():
        menu_button.click()  # closed again for the screenshot
    assert logo["x"] >= 8, "the logo touches the edge of the screen"
    assert abs(first_item["x"] - logo["x"]) <= 2, (first_item, logo)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_screenshots_of_key_pages(page, site_server, member_login, viewport, lang):
    taken = []
    for name, page_type in KEY_PAGES.items():
        url = site_server.page_url(page_type, lang)
        if url is None:
            continue  # not merged yet
        page.goto(url)
        page.wait_for_load_state("load")
        no_sideways_scroll(page)
        menu_lines_up_with_logo(page)
        page.screenshot(path=screenshot_path(name, viewport, lang), full_page=True)
        taken.append(name)

    page.goto(site_server.route("login", lang))
    no_sideways_scroll(page)
    page.screenshot(path=screenshot_path("login", viewport, lang), full_page=True)
    taken.append("login")
    if site_server.status(site_server.route("members", lang)) != 404:
        member_login(page, lang)
        page.goto(site_server.route("members", lang))
        no_sideways_scroll(page)
        page.screenshot(path=screenshot_path("members-home", viewport, lang), full_page=True)
        taken.append("members-home")
    assert {"home", "login"} <= set(taken)
