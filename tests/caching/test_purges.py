"""wagtail.contrib.frontend_cache purges what shows a change: a snippet or the site settings
(the whole site, one wildcard per site), a moved page (old and new addresses, both listings).
A recording backend stands in for Varnish; `make bench` checks the real one."""

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.backends import BaseBackend
from wagtail.models import Site

from home.models import ContentPage, FooterText, SiteSettings, TimelinePage
from projects.models import ProjectPage

pytestmark = pytest.mark.django_db

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def purged():
    PURGED.clear()
    with override_settings(
        WAGTAILFRONTENDCACHE={"recorder": {"BACKEND": f"{__name__}.RecordingBackend"}}
    ):
        yield PURGED
    PURGED.clear()


def site_wildcards():
    return {f"{site.root_url}/*" for site in Site.objects.all()}


def test_saving_a_snippet_purges_the_whole_site(purged):
    footer = FooterText.objects.filter(locale__language_code="fr").first()
    footer.save()
    assert site_wildcards() <= set(purged)


def test_saving_the_site_settings_purges_the_whole_site(purged):
    settings = SiteSettings.load()
    settings.save()
    assert site_wildcards() <= set(purged)


def test_moving_a_page_purges_old_and_new_addresses_and_both_listings(purged, client):
    about = ContentPage.objects.get(
        url_path__endswith="/qui-sommes-nous/", locale__language_code="fr"
    )
    old_url = about.get_full_url()
    old_parent = about.get_parent()
    new_parent = ProjectPage.objects.live().filter(locale__language_code="fr").first().get_parent()
    child = about.get_children().live().first()
    old_child_url = child.get_full_url() if child else None
    assert client.get(about.url).status_code == 200
    about.move(new_parent, pos="last-child")
    about.refresh_from_db()
    new_url = about.get_full_url()
    assert new_url != old_url
    assert {old_url, new_url, old_parent.get_full_url(), new_parent.get_full_url()} <= set(purged)
    for translated in new_parent.get_translations():
        assert translated.get_full_url() in purged  # the other language's listing too
    if old_child_url:
        assert old_child_url in purged
    old_path = old_url.split(about.get_site().root_url, 1)[-1]
    assert client.get(old_path).status_code in (301, 302, 404)  # redirect or gone, at once
    assert client.get(about.url).status_code == 200


def test_publishing_an_episode_purges_the_show_feed_and_its_transcript(purged):
    from podcasts.models import EpisodePage

    episode = EpisodePage.objects.live().filter(locale__language_code="fr").first()
    episode.save_revision().publish()
    show = episode.get_parent().specific
    assert show.get_full_url() + "feed/" in purged
    assert episode.get_full_url() + "transcript/" in purged


def test_publishing_a_timeline_purges_the_advocacy_feed_of_every_language(purged, client):
    timeline = TimelinePage.objects.live().filter(locale__language_code="fr").first()
    timeline.save_revision().publish()
    for language in ("fr", "en"):
        with translation.override(language):
            feed = reverse("timeline_feed")
        assert client.get(feed).status_code == 200
        assert f"{timeline.get_site().root_url}{feed}" in purged
