"""Show and episode pages in both languages: player, transcript, structured data, rules."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from podcasts.models import EpisodePage, PodcastPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["fr", "en"])
def test_show_page_lists_seasons_newest_first(client, show_fr, show_en, language):
    show = show_fr if language == "fr" else show_en
    response = client.get(show.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert html.index('id="season-2"') < html.index('id="season-1"')
    seasons = dict(response.context["seasons"])
    assert [e.episode_number for e in seasons[2]] == list(range(10, 0, -1))
    assert len(seasons[1]) == 8
    assert not response.cookies, "public pages set no cookie"


@pytest.mark.parametrize(
    ("url", "title", "lang"),
    [
        ("/fr/true-talk/deplacer-la-honte/", "Déplacer la honte", "fr"),
        ("/en/true-talk/shifting-the-shame/", "Shifting the shame", "en"),
    ],
)
def test_episode_page_has_player_transcript_and_download(client, url, title, lang):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert f"<h1>{title}</h1>" in html
    page = response.context["page"]
    player = html.index('<audio controls preload="none"')
    transcript = html.index('id="transcript-heading"')
    assert player < transcript, "the transcript comes right under the player"
    assert f'href="{page.audio.url}" type="audio/mpeg" download' in html
    assert "(MP3, " in html
    assert page.transcript.splitlines()[0] in html.replace("&#x27;", "'")
    assert f'href="{page.transcript_url()}"' in html


def test_french_and_english_episodes_share_one_audio_file(show_fr, show_en):
    fr = EpisodePage.objects.child_of(show_fr).get(episode_number=5, season=2)
    en = fr.get_translation(show_en.locale)
    assert en.specific.audio_id == fr.audio_id
    assert en.specific.guid and fr.feed_guid != en.specific.feed_guid


def test_transcript_is_served_as_a_text_file(client):
    response = client.get("/en/true-talk/shifting-the-shame/transcript/")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Language"] == "en"
    assert "Welcome to True Talk".lower() in response.content.decode().lower()


def test_demo_has_the_seasons_the_facts_describe(show_fr):
    episodes = EpisodePage.objects.child_of(show_fr)
    assert episodes.filter(season=1).count() == 8
    assert episodes.filter(season=2).count() == 10
    assert episodes.get(season=2, episode_number=5).title == "Déplacer la honte"
    libya = episodes.filter(season=2, episode_number__gte=6)
    assert all("Libye" in e.title for e in libya)
    assert show_fr.show_in_menus
    assert show_fr.cover.width >= 1400 and show_fr.cover.width == show_fr.cover.height


def test_speakers_are_first_names_only(show_fr):
    for episode in EpisodePage.objects.child_of(show_fr):
        assert episode.speaker_list
        assert all(" " not in name for name in episode.speaker_list)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_structured_data(show_fr, show_en, language):
    show = show_fr if language == "fr" else show_en
    request = RequestFactory().get(show.url)
    series = show.get_structured_data(request)
    assert series["@type"] == "PodcastSeries" and series["inLanguage"] == language
    assert series["webFeed"].endswith(show.url + "feed/")
    episode = EpisodePage.objects.child_of(show).first()
    data = episode.get_structured_data(request)
    assert data["@type"] == "PodcastEpisode"
    assert data["partOfSeries"]["name"] == show.title
    assert data["associatedMedia"]["contentSize"] == str(episode.audio.size)
    json.dumps(data)  # ready for a JSON-LD script tag


def test_home_page_shows_latest_episodes_in_its_language(client):
    fr = client.get("/fr/").content.decode()
    en = client.get("/en/").content.decode()
    assert 'id="latest-episodes-heading"' in fr
    # French pages get French spacing (home/typography.py); English ones keep theirs.
    assert "Libye\u00a0: être reconnues" in fr and "Libya: being recognised" in en
    assert "Libya: being recognised" not in fr


def test_small_or_non_square_cover_is_refused(show_fr):
    from home.demo_tools import ensure_image

    show_fr.cover = ensure_image("Small cover", "", ["#000", "#fff"], size=(800, 800))
    with pytest.raises(ValidationError) as caught:
        show_fr.full_clean()
    assert "800×800" in caught.value.message_dict["cover"][0]
    show_fr.cover = ensure_image("Wide cover", "", ["#000", "#fff"], size=(2000, 1400))
    with pytest.raises(ValidationError):
        show_fr.full_clean()


def test_subcategory_must_belong_to_the_category(show_fr):
    show_fr.apple_category = "News"
    with pytest.raises(ValidationError) as caught:
        show_fr.full_clean()
    assert "apple_subcategory" in caught.value.message_dict


def test_page_type_rules():
    assert PodcastPage.parent_page_types == ["home.HomePage"]
    assert EpisodePage.parent_page_types == ["podcasts.PodcastPage"]
    assert EpisodePage.subpage_types == []


def test_episode_links_its_project_and_the_project_lists_its_episodes(client, show_fr, home_fr):
    # Any page stands in for a project page here: the key is a Page key by design.
    project = home_fr.get_children().live().first()
    episode = EpisodePage.objects.child_of(show_fr).get(season=2, episode_number=5)
    episode.related_project = project
    episode.save_revision().publish()
    assert list(project.episodes.all()) == [episode]
    html = client.get(episode.url).content.decode()
    assert f'<a href="{project.url}">{project.title}</a>' in html


def test_admin_edit_forms_open(client, make_user, show_fr):
    from django.urls import reverse

    client.force_login(make_user(None, username="editor", is_staff=True, is_superuser=True))
    episode = EpisodePage.objects.child_of(show_fr).first()
    for page in (show_fr, episode):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200
    add = reverse("wagtailadmin_pages:add", args=["podcasts", "episodepage", show_fr.pk])
    assert client.get(add).status_code == 200
