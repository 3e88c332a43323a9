"""The RSS feeds, read with a real feed parser and, for Apple's exact spellings, as XML."""

import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import feedparser
import pytest

ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST = "{https://podcastindex.org/namespace/1.0}"

pytestmark = pytest.mark.django_db


def fetch(client, show):
    response = client.get(show.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    return response.content


@pytest.mark.parametrize("language", ["fr", "en"])
def test_feed_has_every_tag_apple_and_podcasting_2_require(client, show_fr, show_en, language):
    show = show_fr if language == "fr" else show_en
    content = fetch(client, show)
    parsed = feedparser.parse(content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    feed = parsed.feed
    assert feed.title == show.title
    assert feed.language == language
    assert feed.link == "http://testserver" + show.url
    assert feed.image.href.startswith("http://testserver/")
    assert feed.podcast_guid == show.feed_guid
    assert feed.itunes_type == "episodic"
    assert feed.publisher_detail == {
        "name": "Association Mist",
        "email": "contact@mist-association.org",
    }
    assert [tag.term for tag in feed.tags] == ["Society & Culture", "Personal Journals"]

    channel = ET.fromstring(content).find("channel")
    assert channel.findtext(f"{ITUNES}author") == "Mist"
    assert channel.findtext(f"{ITUNES}explicit") == "false"
    category = channel.find(f"{ITUNES}category")
    assert category.get("text") == "Society & Culture"
    assert category.find(f"{ITUNES}category").get("text") == "Personal Journals"

    assert len(parsed.entries) == 18
    numbers = [(int(e.itunes_season), int(e.itunes_episode)) for e in parsed.entries]
    assert numbers == sorted(numbers, reverse=True), "newest first"
    for entry in parsed.entries:
        assert entry.id and entry.guidislink is False
        assert int(entry.itunes_duration) > 0
        assert parsedate_to_datetime(entry.published).tzinfo is not None  # RFC 2822
        transcript = entry.podcast_transcript
        assert transcript["url"].startswith("http://testserver/" + language + "/")
        assert transcript["type"] == "text/plain"
        assert transcript["language"] == language


def test_enclosures_are_absolute_with_exact_size_and_real_type(client, show_fr):
    from podcasts.models import EpisodePage

    parsed = feedparser.parse(fetch(client, show_fr))
    episodes = {str(e.feed_guid): e for e in EpisodePage.objects.child_of(show_fr)}
    for entry in parsed.entries:
        enclosure = entry.enclosures[0]
        audio = episodes[entry.id].audio
        assert enclosure.href == "http://testserver" + audio.url
        assert int(enclosure.length) == audio.file.size == audio.size
        assert enclosure.type == "audio/mpeg"
        served = client.get(audio.url)
        assert len(b"".join(served.streaming_content)) == int(enclosure.length)


def test_french_and_english_feeds_are_distinct_feeds_of_the_same_audio(client, show_fr, show_en):
    fr = feedparser.parse(fetch(client, show_fr))
    en = feedparser.parse(fetch(client, show_en))
    assert fr.feed.podcast_guid != en.feed.podcast_guid
    assert {e.id for e in fr.entries}.isdisjoint({e.id for e in en.entries})
    assert [e.enclosures[0].href for e in fr.entries] == [e.enclosures[0].href for e in en.entries]
    assert fr.entries[0].title != en.entries[0].title


def test_item_guid_survives_a_title_edit(client, show_fr):
    before = feedparser.parse(fetch(client, show_fr)).entries[0]
    episode = show_fr.get_children().live().specific().get(title=before.title)
    episode.title = "Un tout autre titre"
    episode.save_revision().publish()
    after = feedparser.parse(fetch(client, show_fr))
    edited = next(e for e in after.entries if e.title == "Un tout autre titre")
    assert edited.id == before.id
    assert show_fr.feed_guid == after.feed.podcast_guid


def test_show_page_links_its_feed_for_autodiscovery(client, show_fr, show_en):
    for show in (show_fr, show_en):
        html = client.get(show.url).content.decode()
        head = html.split("</head>")[0]
        assert f'<link rel="alternate" type="application/rss+xml" title="{show.title}' in head
        assert f'href="{show.url}feed/"' in head
