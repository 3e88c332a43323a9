"""Only real audio is accepted, read from its content; size, MIME type and duration too."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from podcasts.models import AudioFile

pytestmark = pytest.mark.django_db


def test_real_mp3_is_measured_on_upload(mp3_upload, mp3_bytes):
    audio = AudioFile(title="Interview", file=mp3_upload)
    audio.full_clean()
    audio.save()
    assert audio.mime_type == "audio/mpeg"
    assert audio.size == len(mp3_bytes) == audio.file.size
    assert audio.duration == 3


@translation.override("en")
def test_text_file_renamed_mp3_is_refused_with_a_clear_message(text_as_mp3):
    audio = AudioFile(title="Fake", file=text_as_mp3)
    with pytest.raises(ValidationError) as caught:
        audio.full_clean()
    assert caught.value.message_dict["file"] == [
        "This file is not an audio file that podcast apps can play. "
        "Please upload an MP3 or M4A file."
    ]
    with pytest.raises(ValidationError):
        audio.save()
    assert not AudioFile.objects.filter(title="Fake").exists()


def test_message_is_translated_into_french(text_as_mp3):
    with translation.override("fr"):
        with pytest.raises(ValidationError) as caught:
            AudioFile(title="Fake", file=text_as_mp3).full_clean()
        # Read while French is active: the message is lazy, and the language active after
        # the block is whatever an earlier test of this process left.
        assert "n'est pas un fichier audio" in caught.value.message_dict["file"][0]


def test_image_renamed_mp3_is_refused(tmp_path):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="PNG")
    upload = SimpleUploadedFile("cover.mp3", buffer.getvalue(), content_type="audio/mpeg")
    with pytest.raises(ValidationError):
        AudioFile(title="Png", file=upload).full_clean()


@override_settings(PODCASTS_MAX_AUDIO_SIZE=1000)
@translation.override("en")
def test_files_over_the_size_limit_are_refused(mp3_upload):
    with pytest.raises(ValidationError) as caught:
        AudioFile(title="Long", file=mp3_upload).full_clean()
    assert "at most 1000" in caught.value.message_dict["file"][0]


def test_admin_upload_of_a_fake_mp3_shows_the_message(client, make_user, text_as_mp3):
    client.force_login(make_user(None, username="editor", is_staff=True, is_superuser=True))
    url = reverse("wagtailsnippets_podcasts_audiofile:add")
    response = client.post(url, {"title": "Fake", "file": text_as_mp3})
    assert response.status_code == 200
    # The admin speaks the site's default language, French.
    assert "Envoyez un fichier MP3 ou M4A." in response.content.decode()
    assert not AudioFile.objects.filter(title="Fake").exists()


def test_admin_upload_of_a_real_mp3_is_stored(client, make_user, mp3_upload):
    client.force_login(make_user(None, username="editor", is_staff=True, is_superuser=True))
    url = reverse("wagtailsnippets_podcasts_audiofile:add")
    response = client.post(url, {"title": "Real", "file": mp3_upload})
    assert response.status_code == 302
    audio = AudioFile.objects.get(title="Real")
    assert audio.mime_type == "audio/mpeg" and audio.duration == 3
