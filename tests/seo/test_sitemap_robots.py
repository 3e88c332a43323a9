import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from home.models import ContentPage

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # raises on malformed XML
    entries = {}
    for url in root.findall("s:url", NS):
        location = url.find("s:loc", NS).text
        assert location not in entries, f"{location} listed twice"
        entries[location] = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
    return entries


def full_url(page):
    return "http://testserver" + page.url


def test_sitemap_lists_every_live_public_page_of_both_languages(client, public_pages):
    entries = sitemap_entries(client)
    assert set(entries) == {full_url(page) for page in public_pages}
    assert any("/fr/" in url for url in entries) and any("/en/" in url for url in entries)


def test_each_page_has_its_hreflang_alternates_and_x_default_in_french(client, public_pages):
    entries = sitemap_entries(client)
    by_key = {}
    for page in public_pages:
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = full_url(page)
    for page in public_pages:
        alternates = entries[full_url(page)]
        expected = dict(by_key[page.translation_key])
        expected["x-default"] = expected["fr"]
        assert alternates == expected, page.url


def test_restricted_and_draft_pages_are_left_out(client, home_fr):
    private = ContentPage(title="Privé", slug="prive-sitemap")
    home_fr.add_child(instance=private)
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = ContentPage(title="Brouillon", slug="brouillon-sitemap", live=False)
    home_fr.add_child(instance=draft)
    locations = sitemap_entries(client)
    assert not [url for url in locations if "prive-sitemap" in url or "brouillon" in url]


def test_sitemap_query_count_is_small(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        client.get("/sitemap.xml")


def test_robots_txt_keeps_crawlers_out_of_private_and_noisy_places(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    for path in [
        "/admin/",
        "/fr/espace-membres/",
        "/en/members/",
        "/fr/compte/",
        "/en/account/",
        "/fr/recherche/",
        "/en/search/",
    ]:
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the public site stays open


def test_robots_paths_are_the_real_urls():
    """The prefixes robots.txt names are where accounts and the members' area really answer."""
    from django.urls import get_resolver, resolve
    from django.utils import translation

    (language_prefix,) = [
        p
        for p in get_resolver().url_patterns
        if p.pattern.__class__.__name__ == "LocalePrefixPattern"
    ]
    (members_pattern,) = [
        p for p in language_prefix.url_patterns if getattr(p, "app_name", None) == "members_area"
    ]

    for language, account, members in [
        ("fr", "/fr/compte/", "/fr/espace-membres/"),
        ("en", "/en/account/", "/en/members/"),
    ]:
        with translation.override(language):
            assert resolve(account + "login/").url_name == "account_login"
            assert str(members_pattern.pattern) == members[4:]
