"""Meta descriptions fit what search engines show (≤ 160 characters, cut at a word), and the
JSON-LD uses only types and properties that schema.org defines for them."""

import json

import pytest
from mist_site.seo.templatetags.seo_tags import DESCRIPTION_LENGTH, meta_description

from .conftest import read_head

pytestmark = pytest.mark.django_db

# The schema.org types our JSON-LD uses, each with the properties schema.org defines for it
# (its own and those it inherits: Thing → CreativeWork → MediaObject → AudioObject, …), limited
# to the ones worth allowing here. Read from https://schema.org/<Type> ("Properties from …").
THING = {"name", "alternateName", "url", "description", "image", "sameAs"}
CREATIVE_WORK = THING | {"author", "inLanguage", "datePublished", "publisher", "about"}
MEDIA_OBJECT = CREATIVE_WORK | {"contentUrl", "encodingFormat", "contentSize", "duration"}
SCHEMA = {
    "Organization": THING | {"logo", "email", "foundingDate", "address", "areaServed"},
    "PostalAddress": THING | {"addressLocality", "addressCountry", "postalCode"},
    "Country": THING,
    # CreativeWorkSeries → PodcastSeries (webFeed is PodcastSeries' own).
    "PodcastSeries": CREATIVE_WORK | {"webFeed", "startDate", "endDate"},
    "PodcastSeason": CREATIVE_WORK | {"seasonNumber", "partOfSeries", "numberOfEpisodes"},
    # Episode → PodcastEpisode: no `transcript` (schema.org puts it on AudioObject).
    "PodcastEpisode": CREATIVE_WORK
    | {"episodeNumber", "partOfSeason", "partOfSeries", "associatedMedia", "duration"},
    "AudioObject": MEDIA_OBJECT | {"transcript", "caption"},
}


def check_schema(node, where):
    """Every object has a known @type and only that type's properties; returns the types."""
    if isinstance(node, list):
        return [t for item in node for t in check_schema(item, where)]
    if not isinstance(node, dict):
        return []
    kind = node.get("@type")
    assert kind in SCHEMA, (where, kind)
    unknown = set(node) - SCHEMA[kind] - {"@context", "@type"}
    assert not unknown, (where, kind, unknown)
    types = [kind]
    for value in node.values():
        types.extend(check_schema(value, where))
    return types


def test_json_ld_of_every_page_uses_schema_org_types_and_their_properties(client, public_pages):
    seen = []
    for page in public_pages:
        for data in read_head(client.get(page.url)).json_ld:
            data = json.loads(data)
            assert data["@context"] == "https://schema.org"
            seen.extend(check_schema(data, page.url))
    assert set(seen) == set(SCHEMA)  # every type listed is used, so the list stays honest


def test_the_checker_refuses_a_transcript_on_the_episode():
    with pytest.raises(AssertionError):
        check_schema({"@type": "PodcastEpisode", "transcript": "…"}, "here")


def test_episode_transcript_is_on_its_audio_and_the_show_author_has_a_url(client):
    from podcasts.models import EpisodePage

    episode = EpisodePage.objects.live().filter(locale__language_code="en").first()
    (data,) = [json.loads(d) for d in read_head(client.get(episode.url)).json_ld]
    assert "transcript" not in data
    assert data["associatedMedia"]["@type"] == "AudioObject"
    assert data["associatedMedia"]["transcript"] == episode.transcript
    (series,) = [json.loads(d) for d in read_head(client.get(episode.get_parent().url)).json_ld]
    assert series["author"]["url"] == "http://testserver/en/"


def test_every_live_page_has_a_description_of_at_most_160_characters(client, public_pages):
    cut = 0
    for page in public_pages:
        head = read_head(client.get(page.url))
        (description,) = head.meta("description")
        assert 0 < len(description) <= DESCRIPTION_LENGTH, (page.url, description)
        assert head.meta("og:description") == [description]
        assert head.meta("twitter:description") == [description]
        source = " ".join(str(page.specific.get_meta_description() or "").split())
        if len(source) > DESCRIPTION_LENGTH:
            cut += 1
            assert description.endswith("…"), page.url
            kept = description.removesuffix("…")
            assert source.startswith(kept), page.url
            assert source[len(kept)] in " ,;:.–—-", (page.url, description)  # at a word
    assert cut >= 2  # the demo has project pages whose introduction is longer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Short.", "Short."),
        ("  spaced\n\n out  ", "spaced out"),
        ("a" * 160, "a" * 160),
        ("word " * 40, ("word " * 32).strip() + "…"),  # 159 characters and "…"
        ("mot, " * 40, ("mot, " * 32).strip(" ,") + "…"),
        ("abc " * 39 + "abcdefgh", ("abc " * 39).strip() + "…"),  # the last word would not fit
        ("x" * 200, "x" * 159 + "…"),  # one word longer than the limit: cut inside it
    ],
)
def test_meta_description_cuts_at_a_word_under_the_limit(text, expected):
    result = meta_description(text)
    assert result == expected
    assert len(result) <= DESCRIPTION_LENGTH
