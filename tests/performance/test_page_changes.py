"""Wagtail's own routing behind the app's fragment caches: a change to a page, a restriction or
the site shows at once, and a restricted page is never served from a fragment."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from mist_site.caching.generation import GENERATION_KEY, content_generation
from wagtail.models import Page, PageViewRestriction, Site

from home.models import ContentPage
from projects.models import ProjectPage

pytestmark = pytest.mark.django_db

PROJECT = "/fr/projets/la-force-du-groupe-en-sante-mentale/"


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response, captured.captured_queries


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


def test_a_deleted_page_is_gone_at_once(client):
    client.get(PROJECT)
    Page.objects.filter(slug="la-force-du-groupe-en-sante-mentale").delete()
    assert client.get(PROJECT).status_code == 404


def test_a_sub_route_of_a_page_routes(client):
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
def test_restricting_a_cached_page_protects_it_at_once_and_purges_it(client, monkeypatch):
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda self, url: purged.append(url))
    assert client.get(PROJECT).status_code == 200
    assert client.get(PROJECT).status_code == 200  # its fragments are now cached
    index = ProjectPage.objects.get(slug="la-force-du-groupe-en-sante-mentale").get_parent()
    restriction = restrict(index)  # on the parent: the whole archive becomes private
    assert client.get(PROJECT).status_code == 302
    assert any(url.endswith(PROJECT) for url in purged)
    restriction.delete()
    assert client.get(PROJECT).status_code == 200


def test_changing_the_site_starts_a_new_generation():
    generation = content_generation()
    site = Site.objects.get(is_default_site=True)
    site.site_name = "Mist"
    site.save()
    assert content_generation() > generation


def test_the_generation_is_read_once_per_request(client, monkeypatch):
    from django.core.cache import caches

    backend = caches["pages"]
    original, reads = backend.get, []

    def counting_get(key, *args, **kwargs):
        reads.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", counting_get)
    client.get(PROJECT)
    client.get(PROJECT)
    assert reads.count(GENERATION_KEY) == 2
    assert len(reads) > 4  # head, header, body, footer… all keyed by that one reading
