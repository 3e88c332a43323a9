"""An anonymous visitor opening a members' address is sent to the login page, in her language,
and comes back to that address after logging in."""

import pytest

from .conftest import SITE_LOGIN_TEMPLATE

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_anonymous_visitor_is_sent_to_login(page, site_server, lang):
    members = site_server.route("members", lang)
    assert site_server.status(members) != 404, members
    page.goto(members)
    login = site_server.route("login", lang)
    assert page.url.startswith(f"{site_server.base_url}{login}?next=")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("input[name=password]").is_visible()
    assert page.locator("main h1").is_visible()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_login_page_shows_the_form(page, site_server, lang):
    assert SITE_LOGIN_TEMPLATE.exists(), "the members' area styles the login page"
    page.goto(site_server.route("login", lang))
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("input[name=login]").is_visible()
    assert page.locator("input[name=password]").is_visible()
