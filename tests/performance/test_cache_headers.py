"""What shared caches may keep, and that publishing purges every URL that shows a page."""

from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from mist_site.caching.generation import content_generation
from mist_site.caching.purge import pages_showing

pytestmark = pytest.mark.django_db


def test_public_page_is_shareable_and_has_a_validator(client):
    response = client.get("/fr/qui-sommes-nous/")
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and "s-maxage=3600" in cache_control
    assert response.has_header("ETag")
    assert not response.cookies
    again = client.get("/fr/qui-sommes-nous/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_logged_in_visitors_get_private_pages(client, make_user):
    client.force_login(make_user("member"))
    response = client.get("/fr/qui-sommes-nous/")
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@pytest.mark.parametrize("url", ["/admin/", "/fr/espace-membres/", "/en/members/"])
def test_private_paths_are_never_shareable(client, url):
    response = client.get(url)
    assert "public" not in response.get("Cache-Control", "")


def test_post_responses_are_not_shareable(client):
    response = client.post("/fr/qui-sommes-nous/")
    assert "no-store" in response["Cache-Control"]


def test_fragment_cache_follows_publication(client, home_fr):
    from home.models import ContentPage

    about = ContentPage.objects.get(slug="qui-sommes-nous")
    client.get("/fr/")
    generation = content_generation()
    about.title = "Qui nous sommes"
    about.save_revision().publish()
    assert content_generation() > generation
    assert "Qui nous sommes" in client.get("/fr/").content.decode()  # the menu, at once


def test_cached_feed_and_project_facts_follow_publication(client):
    from podcasts.models import EpisodePage
    from projects.models import ProjectPage

    client.get("/fr/true-talk/feed/"), client.get("/fr/projets/")
    episode = EpisodePage.objects.get(slug="deplacer-la-honte")
    episode.title = "Déplacer la honte, encore"
    episode.save_revision().publish()
    assert "Déplacer la honte, encore" in client.get("/fr/true-talk/feed/").content.decode()
    project = ProjectPage.objects.live().filter(locale__language_code="fr").first()
    total = ProjectPage.objects.live().filter(locale__language_code="fr").count()
    assert f"{total} projets" in client.get("/fr/projets/").content.decode()
    project.unpublish()
    assert f"{total - 1} projets" in client.get("/fr/projets/").content.decode()


def test_publishing_purges_the_page_its_translation_its_listing_and_the_homes(home_fr):
    from home.models import TimelinePage

    timeline = TimelinePage.objects.get(slug="recommandations")
    urls = {page.url for page in pages_showing(timeline)}
    assert {
        "/fr/plaidoyer/recommandations/",
        "/en/advocacy/recommendations/",
        "/fr/plaidoyer/",
        "/en/advocacy/",
        "/fr/",
        "/en/",
    } <= urls


@override_settings(
    WAGTAILFRONTENDCACHE={
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
)
def test_publish_sends_purges_for_every_url_showing_the_page(monkeypatch):
    from wagtail.contrib.frontend_cache.backends import HTTPBackend

    from home.models import ContentPage

    purged = []
    monkeypatch.setattr(HTTPBackend, "purge", lambda self, url: purged.append(url))
    about = ContentPage.objects.get(slug="qui-sommes-nous")
    about.save_revision().publish()
    paths = {urlsplit(url).path for url in purged}
    assert {"/fr/qui-sommes-nous/", "/en/about-us/", "/fr/", "/en/"} <= paths
