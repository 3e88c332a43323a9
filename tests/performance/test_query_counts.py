"""SQL queries per public page stay few, and do not grow with content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import ContentPage, HomePage, Person, TeamPage, TimelinePage

pytestmark = pytest.mark.django_db
MAX_QUERIES = 10


def queries_for(client, url):
    client.get(url)  # warm the per-process caches (site root paths, fragments)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


@pytest.mark.parametrize("model", [HomePage, ContentPage, TeamPage, TimelinePage])
@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_page_type_needs_few_queries(client, model, language):
    page = model.objects.live().filter(locale__language_code=language).first()
    assert queries_for(client, page.url) <= MAX_QUERIES


def test_cold_shell_is_still_bounded(client):
    from django.core.cache import cache

    cache.clear()
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
