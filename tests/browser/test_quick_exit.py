"""Quick exit: the button, then Shift pressed three times on another page, leave for the neutral
site at once, and Back does not return to the Mist page. The neutral site is answered by the
test itself (see conftest), so nothing leaves the machine."""

import pytest

pytestmark = pytest.mark.browser

NEUTRAL = "https://meteofrance.com/"


def assert_left_for_neutral_site(page, site_server):
    page.wait_for_url(f"{NEUTRAL}**")
    assert page.locator("h1").inner_text() == "Prévisions météo"
    # Back must not show the Mist page again: the exit replaced its history entry.
    page.go_back()
    assert not page.url.startswith(site_server.base_url), page.url


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_quick_exit_button_then_shift_three_times(page, site_server, lang):
    page.goto(f"/{lang}/")
    button = page.locator("[data-quick-exit]")
    assert button.is_visible()
    assert button.get_attribute("href") == NEUTRAL
    button.click()
    assert_left_for_neutral_site(page, site_server)

    # Another page, from a fresh start in the same tab: three presses of Shift.
    other = site_server.page_url("home.ContentPage", lang)
    page.goto(other)
    page.locator("main h1").wait_for()
    for _ in range(3):
        page.keyboard.press("Shift")
    assert_left_for_neutral_site(page, site_server)


@pytest.mark.parametrize("lang", ["fr"])
def test_quick_exit_stays_in_view_while_scrolling(page, lang):
    """Sticky: on a long page scrolled down, the button is still on screen to be pressed."""
    page.goto(f"/{lang}/")
    page.mouse.wheel(0, 3000)
    page.wait_for_timeout(100)
    box = page.locator("[data-quick-exit]").bounding_box()
    height = page.viewport_size["height"]
    assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= height
