"""Remembered routes (home/routing.py): fast, never wrong, never a way round a restriction."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from home.cache import content_generation
from home.cache import page_cache as cache
from home.models import ContentPage
from home.routing import route_key
from projects.models import ProjectPage

pytestmark = pytest.mark.django_db

PROJECT = "/fr/projets/la-force-du-groupe-en-sante-mentale/"


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, captured.captured_queries


def test_second_visit_loads_the_page_without_walking_the_tree(client):
    first, cold = queries(client, PROJECT)
    second, warm = queries(client, PROJECT)
    assert first.status_code == second.status_code == 200
    assert second.content == first.content
    tree_walks = [q for q in warm if 'FROM "wagtailcore_page" WHERE' in q["sql"]]
    view_restrictions = [q for q in warm if "wagtailcore_pageviewrestriction" in q["sql"]]
    assert not view_restrictions
    assert len(warm) < len(cold) - 5, (len(cold), len(warm), tree_walks)


def test_same_address_in_each_language_leads_to_its_own_home(client):
    client.get("/fr/"), client.get("/en/")
    assert '<html lang="en"' in client.get("/en/").content.decode()
    assert '<html lang="fr"' in client.get("/fr/").content.decode()


def test_a_renamed_page_moves_at_once(client):
    client.get(PROJECT)
    project = ProjectPage.objects.get(url_path__endswith="/la-force-du-groupe-en-sante-mentale/")
    project.slug = "force-du-groupe"
    project.save_revision().publish()
    assert client.get(PROJECT).status_code == 404
    assert client.get("/fr/projets/force-du-groupe/").status_code == 200


def test_an_unpublished_page_is_gone_at_once(client):
    client.get(PROJECT)
    ProjectPage.objects.get(slug="la-force-du-groupe-en-sante-mentale").unpublish()
    assert client.get(PROJECT).status_code == 404


def test_a_stale_memory_is_checked_and_forgotten(client):
    """Even a remembered answer that names another page (a database restored from a backup,
    a change made without Wagtail's signals) never serves the wrong page."""
    client.get("/fr/qui-sommes-nous/")
    site = Site.objects.get(is_default_site=True)
    with translation.override("fr"):
        key = route_key(site, "qui-sommes-nous/")
    assert cache.get(key) is not None
    archive = ProjectPage.objects.get(slug="la-force-du-groupe-en-sante-mentale").get_parent()
    assert archive.depth == ContentPage.objects.get(slug="qui-sommes-nous").depth
    cache.set(key, (archive.specific._meta.label, archive.pk, False))
    response = client.get("/fr/qui-sommes-nous/")
    assert response.status_code == 200
    assert response.context["page"].slug == "qui-sommes-nous"
    assert cache.get(key)[1] != archive.pk  # remembered afresh


def test_a_deleted_page_is_not_served_from_memory(client):
    client.get(PROJECT)
    Page.objects.filter(slug="la-force-du-groupe-en-sante-mentale").delete()
    assert client.get(PROJECT).status_code == 404


def test_a_sub_route_of_a_remembered_page_still_routes(client):
    client.get("/fr/true-talk/feed/")
    feed = client.get("/fr/true-talk/feed/")
    assert feed.status_code == 200 and feed["Content-Type"].startswith("application/rss+xml")
    assert client.get("/fr/true-talk/nowhere/").status_code == 404


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_a_restricted_page_is_checked_on_every_visit(client):
    about = ContentPage.objects.get(slug="qui-sommes-nous")
    restrict(about)
    for _ in range(3):
        response = client.get("/fr/qui-sommes-nous/")
        assert response.status_code == 302


@override_settings(
    WAGTAILFRONTENDCACHE={
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
)
def test_restricting_a_remembered_page_protects_it_at_once_and_purges_it(client, monkeypatch):
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda self, url: purged.append(url))
    assert client.get(PROJECT).status_code == 200
    assert client.get(PROJECT).status_code == 200  # now remembered as unrestricted
    index = ProjectPage.objects.get(slug="la-force-du-groupe-en-sante-mentale").get_parent()
    restriction = restrict(index)  # on the parent: the whole archive becomes private
    assert client.get(PROJECT).status_code == 302
    assert any(url.endswith(PROJECT) for url in purged)
    restriction.delete()
    assert client.get(PROJECT).status_code == 200


def test_changing_the_site_starts_a_new_generation(client):
    generation = content_generation()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Mist"
    site.save()
    assert content_generation() > generation


def test_the_generation_is_read_once_per_request(client, monkeypatch):
    from django.core.cache import caches

    from home.cache import GENERATION_KEY

    backend = caches["pages"]
    original, reads = backend.get, []

    def counting_get(key, *args, **kwargs):
        reads.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", counting_get)
    client.get(PROJECT)
    client.get(PROJECT)
    assert reads.count(GENERATION_KEY) == 2
    assert len(reads) > 6  # site, route, shell, body… all keyed by that one reading
