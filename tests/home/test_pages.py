"""The public shell: every page type in both languages, the switcher, the rules of the tree."""

import re

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage, TeamPage, TimelinePage

pytestmark = pytest.mark.django_db

PAGE_TYPES = [HomePage, ContentPage, TeamPage, TimelinePage]


def live_pages_of(model, language):
    return model.objects.live().filter(locale__language_code=language)


@pytest.mark.parametrize("model", PAGE_TYPES)
@pytest.mark.parametrize("language,other", [("fr", "en"), ("en", "fr")])
def test_each_page_type_renders_with_lang_and_switcher_to_its_translation(
    client, model, language, other
):
    page = live_pages_of(model, language).first()
    assert page is not None, f"the demo has no {model.__name__} in {language}"
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    translation = page.get_translation(other_locale(other))
    assert f'href="{translation.url}" hreflang="{other}"' in html
    assert f'rel="alternate" hreflang="{other}" href="http://testserver{translation.url}"' in html


def other_locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


def test_every_demo_page_answers_in_both_languages_and_links_its_translation(client):
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() >= 28
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        others = page.get_translations().live()
        assert others.exists(), f"{page.url} has no translation"
        for other in others:
            assert f'href="{other.url}"' in response.content.decode(), page.url


def test_switcher_falls_back_to_the_other_home_page_without_translation(client, home_fr):
    lonely = home_fr.add_child(instance=ContentPage(title="Seulement en français", slug="seule"))
    lonely.save_revision().publish()
    html = client.get(lonely.url).content.decode()
    assert 'href="/en/" hreflang="en"' in html
    assert 'hreflang="en" href=' not in html  # no alternate in <head> for a missing translation


def test_english_is_a_real_translation_not_a_copy(client):
    html = client.get("/en/about-us/").content.decode()
    assert "Our 9 aims, from our statutes" in html
    assert "Nos 9 buts" not in html
    assert html.count("<li>") >= 9


def test_quick_exit_is_on_every_public_page_type(client):
    for model in PAGE_TYPES:
        for language in ("fr", "en"):
            page = live_pages_of(model, language).first()
            html = client.get(page.url).content.decode()
            assert "data-quick-exit" in html, page.url
            assert 'href="https://meteofrance.com/"' in html
            assert "/static/js/quick-exit.js" in html


def test_no_page_loads_assets_from_another_host(client):
    for page in Page.objects.live().filter(depth__gt=1):
        html = client.get(page.url).content.decode()
        for tag in re.findall(r"<(?:script|img|source|link|audio|video|iframe)\b[^>]*>", html):
            if tag.startswith("<link") and 'rel="alternate"' in tag:
                continue  # alternates name this host's other language, not an asset
            hosts = re.findall(r'(?:src|srcset|href)="(?:https?:)?//([^/"]+)', tag)
            assert all(host == "testserver" for host in hosts), (page.url, tag)


class TestPageTreeRules(WagtailPageTestCase):
    def test_home_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_content_pages_under_home_or_content(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage, TeamPage})

    def test_team_page_under_home_only(self):
        self.assertAllowedParentPageTypes(TeamPage, {HomePage})
        self.assertAllowedSubpageTypes(TeamPage, {ContentPage})

    def test_timeline_is_a_leaf(self):
        self.assertAllowedSubpageTypes(TimelinePage, set())
        self.assertCanCreateAt(HomePage, TimelinePage)
        self.assertCanNotCreateAt(TeamPage, TimelinePage)


def test_timeline_entries_are_in_date_order_with_their_precision(client):
    html = client.get("/fr/plaidoyer/recommandations/").content.decode()
    dates = re.findall(r'<time datetime="([\d-]+)">', html)
    assert dates == sorted(dates) and len(dates) == 8
    assert "2023-03" in dates  # a month-precision entry shows no day
    assert ">mars 2023<" in html


def test_collective_timeline_offers_its_documents(client):
    html = client.get("/en/advocacy/collective/").content.decode()
    links = re.findall(r'href="(/documents/[^"]+)"', html)
    assert len(links) == 5
    response = client.get(links[0])
    assert response.status_code == 200


def test_team_page_lists_board_then_staff(client):
    html = client.get("/en/team/").content.decode()
    assert html.index("Sarah Thevenon") < html.index("Vanessa Simoni")
    assert "General Secretary" in html and "Secrétaire générale" not in html


def test_governance_is_an_ordered_list(client):
    html = client.get("/en/team/governance/").content.decode()
    assert '<ol class="governance__levels">' in html
    assert html.index("The members") < html.index("The board") < html.index("The direction")
