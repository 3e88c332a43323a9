"""The show page as a listener uses it: "listen in" links that editors fill (only those shown,
each language its own), and the latest episode playable right there."""

import re

import pytest
from django.core.exceptions import ValidationError

from podcasts.models import EpisodePage

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()


def audio_sources(html):
    return re.findall(r'<audio[^>]*\ssrc="([^"]+)"', html)


def test_no_listen_links_until_editors_fill_them(client, show_fr):
    html = client.get(show_fr.url).content.decode()
    assert 'id="listen-heading"' not in html
    assert show_fr.listen_links() == []


def test_only_filled_links_are_shown_each_in_its_own_language(client, show_fr, show_en):
    show_fr.spotify_url = "https://open.spotify.com/show/fr-show"
    show_fr.apple_podcasts_url = "https://podcasts.apple.com/fr/podcast/id1"
    publish(show_fr)
    show_en.antennapod_url = "https://antennapod.org/deeplink/subscribe?url=en"
    publish(show_en)

    fr = client.get(show_fr.url).content.decode()
    assert 'id="listen-heading"' in fr and "Écouter dans votre application" in fr
    assert re.findall(r'<li><a href="([^"]+)" rel="external">([^<]+)</a>', fr) == [
        ("https://podcasts.apple.com/fr/podcast/id1", "Apple Podcasts"),
        ("https://open.spotify.com/show/fr-show", "Spotify"),
    ]
    en = client.get(show_en.url).content.decode()
    assert re.findall(r'<li><a href="([^"]+)" rel="external">([^<]+)</a>', en) == [
        ("https://antennapod.org/deeplink/subscribe?url=en", "AntennaPod"),
    ]
    assert "Deezer" not in fr + en


def test_a_link_must_be_https(show_fr):
    show_fr.deezer_url = "http://www.deezer.com/show/1"
    with pytest.raises(ValidationError) as caught:
        show_fr.full_clean()
    assert "deezer_url" in caught.value.message_dict


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_latest_episode_plays_on_the_show_page_with_the_episode_pages_audio(
    client, show_fr, show_en, language
):
    show = show_fr if language == "fr" else show_en
    latest = EpisodePage.objects.child_of(show).live().in_feed_order().first()
    html = client.get(show.url).content.decode()
    assert audio_sources(html) == [latest.audio.url]
    assert f'href="{latest.url}"' in html
    episode_html = client.get(latest.url).content.decode()
    assert audio_sources(episode_html) == [latest.audio.url]
    assert client.get(latest.audio.url).status_code == 200
