"""SQL queries stay few and flat as a show grows from 18 to 180 episodes."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from mist_site.caching.generation import bump_content_generation

from podcasts.models import EpisodePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bodies_rendered")]

# The shared page shell (menu, switcher, footer, settings) costs the same on every page;
# a podcast page may add at most this many queries of its own.
OWN_QUERIES = 4  # episodes, their view restrictions, cover image, its rendition


@pytest.fixture
def shell_queries(client, home_fr):
    """Queries of a plain content page: what every public page pays for the shell."""
    from home.models import ContentPage

    return count_queries(client, ContentPage.objects.live().filter(locale=home_fr.locale)[0].url)


def count_queries(client, url):
    client.get(url)  # warm caches that do not grow with content (route, site, page shell)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if hasattr(response, "streaming_content"):
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(queries)


def add_episodes(show, count):
    first = EpisodePage.objects.child_of(show).first()
    for index in range(count):
        show.add_child(
            instance=EpisodePage(
                title=f"Extra {index}",
                slug=f"extra-{index}",
                locale_id=show.locale_id,
                season=3 + index // 20,
                episode_number=index % 20 + 1,
                summary="Extra",
                transcript="Extra",
                audio_id=first.audio_id,
                publication_date=timezone.now() - datetime.timedelta(days=index),
            )
        )
    bump_content_generation()  # what publishing does for the app's caches


@pytest.mark.parametrize("suffix", ["", "feed/"])
def test_show_page_and_feed_queries_are_flat(client, show_fr, suffix, shell_queries):
    url = show_fr.url + suffix
    with_18 = count_queries(client, url)
    add_episodes(show_fr, 162)
    assert EpisodePage.objects.child_of(show_fr).count() == 180
    with_180 = count_queries(client, url)
    assert with_18 == with_180
    if suffix == "feed/":
        assert with_180 <= 12, "routing, site, episodes, restrictions, cover"
    else:
        assert with_180 <= shell_queries + OWN_QUERIES


def test_episode_page_queries(client, shell_queries):
    episode = count_queries(client, "/fr/true-talk/deplacer-la-honte/")
    # Wagtail's own routing reads one page per level: an episode is one level below a
    # plain content page (the shell's measure).
    assert episode <= shell_queries + OWN_QUERIES + 1
