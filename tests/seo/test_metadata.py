import json
from collections import deque
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from PIL import Image

from home.models import ContentPage, HomePage, TimelinePage

from .conftest import read_head

pytestmark = pytest.mark.django_db

SKIPPED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/")


def crawl(client, starts):
    """Every same-site HTML address reachable from `starts` by links (query strings dropped)."""
    seen, queue, pages = set(starts), deque(starts), {}
    while queue:
        url = queue.popleft()
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        pages[url] = response
        for href in read_head(response).anchors:
            parts = urlsplit(href)
            if parts.netloc or parts.scheme or not parts.path.startswith("/"):
                continue
            path = parts.path
            if path.startswith(SKIPPED_PREFIXES) or path in seen:
                continue
            seen.add(path)
            queue.append(path)
    return pages


@pytest.fixture
def crawled(client, public_pages):
    """The pages reached from both home pages, plus any public page no link leads to."""
    pages = crawl(client, ["/fr/", "/en/"])
    for page in public_pages:
        if page.url not in pages:
            pages[page.url] = client.get(page.url)
    return pages


def test_crawl_reaches_most_public_pages(client, public_pages):
    reached = set(crawl(client, ["/fr/", "/en/"]))
    assert {"/fr/", "/en/", "/fr/qui-sommes-nous/", "/en/about-us/"} <= reached
    assert len(reached & {page.url for page in public_pages}) > len(public_pages) // 2


def test_every_page_has_one_title_one_canonical_and_social_tags(crawled):
    for url, response in crawled.items():
        assert response.status_code == 200, url
        head = read_head(response)
        assert len(head.titles) == 1, url
        assert head.titles[0].strip(), url
        canonicals = head.links_with_rel("canonical")
        assert len(canonicals) == 1, url
        assert canonicals[0]["href"] == "http://testserver" + url, url
        for key in ["og:title", "og:description", "og:url", "og:type", "og:locale", "og:image"]:
            assert len(head.meta(key)) == 1, (url, key)
            assert head.meta(key)[0], (url, key)
        assert head.meta("og:url") == [canonicals[0]["href"]]
        assert len(head.meta("description")) == 1, url
        assert head.meta("twitter:card") == ["summary_large_image"]
        for data in head.json_ld:
            json.loads(data)


def test_og_locale_and_alternate_follow_the_language(client):
    head = read_head(client.get("/fr/qui-sommes-nous/"))
    assert head.meta("og:locale") == ["fr_FR"]
    assert head.meta("og:locale:alternate") == ["en_GB"]
    head = read_head(client.get("/en/about-us/"))
    assert head.meta("og:locale") == ["en_GB"]
    assert head.meta("og:locale:alternate") == ["fr_FR"]


def test_og_image_is_an_absolute_same_host_1200_by_630_png(client):
    head = read_head(client.get("/fr/"))
    image_url = head.meta("og:image")[0]
    parts = urlsplit(image_url)
    assert (parts.scheme, parts.netloc) == ("http", "testserver")
    assert head.meta("twitter:image") == [image_url]
    path = Path(settings.BASE_DIR, "static", parts.path.removeprefix(settings.STATIC_URL))
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.size == (1200, 630)


@pytest.mark.parametrize(("url", "language"), [("/fr/", "fr"), ("/en/", "en")])
def test_home_page_describes_the_organisation_in_json_ld(client, url, language):
    head = read_head(client.get(url))
    assert len(head.json_ld) == 1
    data = json.loads(head.json_ld[0])
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Organization"
    assert data["name"] == "Mist"
    assert data["alternateName"].startswith("Mission d'intervention")
    assert data["url"] == f"http://testserver{url}"
    assert data["foundingDate"] == "2020-01"
    assert data["address"]["addressLocality"] == "Paris"
    assert "https://www.instagram.com/associationmist/" in data["sameAs"]
    assert head.meta("og:type") == ["website"]


def test_other_pages_carry_no_organisation_json_ld(client):
    assert read_head(client.get("/fr/qui-sommes-nous/")).json_ld == []


def test_a_pages_structured_data_is_rendered_safely(client, monkeypatch):
    tricky = "</script><script>alert(1)</script> & <!--"

    def get_structured_data(self, request):
        return {"@context": "https://schema.org", "@type": "CreativeWork", "name": tricky}

    monkeypatch.setattr(ContentPage, "get_structured_data", get_structured_data, raising=False)
    from mist_site.caching.generation import page_cache

    page_cache.clear()  # the page head is cached until content changes; code changed instead
    response = client.get("/en/about-us/")
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    head = read_head(response)
    assert [json.loads(data)["name"] for data in head.json_ld] == [tricky]


def test_description_falls_back_from_search_description_to_introduction_to_default(client, home_fr):
    page = ContentPage(title="Décrite", slug="decrite", introduction="Une introduction.")
    home_fr.add_child(instance=page)
    page.save_revision().publish()
    assert read_head(client.get(page.url)).meta("description") == ["Une introduction."]

    page.search_description = "Une description pour les moteurs."
    page.save_revision().publish()
    assert read_head(client.get(page.url)).meta("description") == [
        "Une description pour les moteurs."
    ]

    page.search_description = ""
    page.introduction = ""
    page.save_revision().publish()
    description = read_head(client.get(page.url)).meta("description")[0]
    assert description.startswith("Mist est une association parisienne")


def test_views_without_a_page_get_defaults(client):
    response = client.get("/en/search/", {"q": "training", "page": "1"})
    head = read_head(response)
    assert head.links_with_rel("canonical")[0]["href"] == "http://testserver/en/search/"
    assert head.meta("og:title") == ["Mist"]
    assert head.meta("description")[0].startswith("Mist is a Paris association")


def test_timeline_pages_and_only_they_announce_the_feed(client):
    for timeline in TimelinePage.objects.live():
        links = read_head(client.get(timeline.url)).links_with_rel("alternate")
        feeds = [link for link in links if link.get("type") == "application/atom+xml"]
        language = timeline.locale.language_code
        expected = "/fr/plaidoyer/flux/" if language == "fr" else "/en/advocacy/feed/"
        assert [feed["href"] for feed in feeds] == ["http://testserver" + expected]
    for home in HomePage.objects.live():
        links = read_head(client.get(home.url)).links_with_rel("alternate")
        assert not [link for link in links if link.get("type") == "application/atom+xml"]


def test_metadata_adds_one_query_at_most(client, django_assert_max_num_queries):
    """Only the page's translations are read (for og:locale:alternate)."""
    client.get("/en/about-us/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get("/en/about-us/")
    mine = [q for q in captured.captured_queries if "locale__language_code" in q["sql"]]
    assert len(mine) <= 1
