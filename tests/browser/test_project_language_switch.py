"""A visitor reads a project in French, switches to English and lands on the same project."""

import pytest

pytestmark = pytest.mark.browser


def test_read_a_project_in_french_then_switch_to_english(page, site_server):
    index = site_server.page_url("projects.ProjectIndexPage", "fr")
    assert index, "the demo has a project index"
    page.goto(index)
    assert page.locator("html").get_attribute("lang") == "fr"
    # The first project listed on the index page, as a visitor would pick it.
    first = page.locator(f"main a[href^='{index}']:not([href='{index}']):not([href*='?'])").first
    with page.expect_navigation():
        first.click()
    french_path = page.url.removeprefix(site_server.base_url)
    assert french_path.startswith(index) and french_path != index
    french_title = page.locator("main h1").inner_text()
    assert french_title

    with page.expect_navigation():
        page.locator(".language-switcher a[hreflang=en]").click()
    english_path = page.url.removeprefix(site_server.base_url)
    assert page.locator("html").get_attribute("lang") == "en"
    # The same project: the page that wagtail-localize made from the French one.
    assert english_path == site_server.inventory["translations"][french_path]["en"]
    assert page.locator("main h1").inner_text()
    # And back again: the switcher leads home to the French project.
    assert page.locator(".language-switcher a[hreflang=fr]").get_attribute("href") == french_path


def test_content_page_switches_to_its_translation(page, site_server):
    """The same journey on a plain content page, which exists whatever is merged."""
    french_path = site_server.page_url("home.ContentPage", "fr")
    page.goto(french_path)
    with page.expect_navigation():
        page.locator(".language-switcher a[hreflang=en]").click()
    assert page.locator("html").get_attribute("lang") == "en"
    english_path = page.url.removeprefix(site_server.base_url)
    assert english_path == site_server.inventory["translations"][french_path]["en"]
