"""SQL queries per public page stay few, and do not grow with content.

Counted on a second visit with the fragment caches off: what a Varnish miss costs when the
fragments are cold. Wagtail's own routing (site, locale, one query per level, aliases, view
restrictions) takes about 9 of them; the rest is the page's own content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import Person
from tests.public_page_types import PUBLIC_PAGE_TYPES

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bodies_rendered")]
MAX_QUERIES = 24


def queries_for(client, url):
    client.get(url)  # warm the per-process caches (site root paths, fragments)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


PAGE_TYPES = PUBLIC_PAGE_TYPES


@pytest.mark.parametrize("model", PAGE_TYPES)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_page_type_needs_few_queries(client, model, language):
    for page in model.objects.live().filter(locale__language_code=language):
        assert queries_for(client, page.url) <= MAX_QUERIES, page.url


@pytest.mark.parametrize(
    "url",
    [
        "/fr/projets/?year=2022",
        "/fr/projets/?year=2022&theme=pair-aidance&status=completed",
        "/en/projects/?q=women&page=1",
        "/fr/true-talk/feed/",
        "/en/true-talk/feed/",
        "/fr/plaidoyer/flux/",
        "/fr/recherche/?q=femmes",
        "/en/search/?q=peer+support&page=1",
    ],
)
def test_filtered_listings_feeds_and_search_need_few_queries(client, url):
    assert queries_for(client, url) <= MAX_QUERIES


def test_cold_shell_is_still_bounded(client):
    from mist_site.caching.generation import page_cache

    page_cache.clear()
    with CaptureQueriesContext(connection) as context:
        client.get("/fr/qui-sommes-nous/")
    assert len(context.captured_queries) <= 25


def test_team_page_queries_do_not_grow_with_people(client):
    before = queries_for(client, "/en/team/")
    en = Page.objects.get(url_path="/home/").locale
    Person.objects.bulk_create(
        Person(name=f"Person {i}", role="Volunteer", group="staff", locale=en, sort_order=50 + i)
        for i in range(120)
    )
    assert queries_for(client, "/en/team/") == before
