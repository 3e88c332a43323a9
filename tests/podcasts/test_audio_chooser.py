"""Issue 18: audio is uploaded from the episode form's chooser, and every audio form says
which formats and what size are accepted."""

import pytest
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation

from podcasts.models import AudioFile

pytestmark = pytest.mark.django_db

CHOOSER = "wagtailsnippetchoosers_podcasts_audiofile"


@pytest.fixture
def editor_client(client, make_user):
    client.force_login(make_user(None, username="editor", is_staff=True, is_superuser=True))
    return client


def test_the_chooser_has_an_upload_tab_with_formats_and_size(editor_client, settings):
    settings.PODCASTS_MAX_AUDIO_SIZE = 200 * 1024 * 1024
    response = editor_client.get(reverse(f"{CHOOSER}:choose"))
    html = response.json()["html"]
    assert reverse(f"{CHOOSER}:create") in html
    assert 'enctype="multipart/form-data"' in html
    assert "MP3" in html and "M4A" in html and "200" in html


def test_an_audio_file_uploaded_in_the_chooser_is_chosen(editor_client, mp3_upload):
    response = editor_client.post(
        reverse(f"{CHOOSER}:create"), {"title": "From the episode", "file": mp3_upload}
    )
    data = response.json()
    audio = AudioFile.objects.get(title="From the episode")
    assert data["step"] == "chosen" and str(data["result"]["id"]) == str(audio.pk)
    assert audio.mime_type == "audio/mpeg"


def test_a_fake_mp3_in_the_chooser_is_refused_with_the_message(editor_client, text_as_mp3):
    response = editor_client.post(
        reverse(f"{CHOOSER}:create"), {"title": "Fake", "file": text_as_mp3}
    )
    assert "Envoyez un fichier MP3 ou M4A." in response.json()["htmlFragment"]
    assert not AudioFile.objects.filter(title="Fake").exists()


def test_the_audio_listing_shows_readable_sizes(editor_client, mp3_upload):
    audio = AudioFile.objects.create(title="Sized", file=mp3_upload)
    html = editor_client.get(reverse("wagtailsnippets_podcasts_audiofile:list")).content.decode()
    with translation.override("fr"):
        assert filesizeformat(audio.size) in html  # "3,4 Kio", not a count of bytes
    assert f">{audio.size}<" not in html
    assert "Duration display" not in html
