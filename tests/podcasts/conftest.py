import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile


@pytest.fixture
def show_fr(db):
    from podcasts.models import PodcastPage

    return PodcastPage.objects.get(locale__language_code="fr", slug="true-talk")


@pytest.fixture
def show_en(show_fr):
    return show_fr.get_translation(_locale("en")).specific


def _locale(code):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=code)


@pytest.fixture
def mp3_bytes():
    from mist_site.demo.audio import mp3_bytes

    return mp3_bytes(seed=7)


@pytest.fixture
def mp3_upload(mp3_bytes):
    return SimpleUploadedFile("interview.mp3", mp3_bytes, content_type="audio/mpeg")


@pytest.fixture
def text_as_mp3():
    """A plain text file that only pretends to be audio by its name and declared type."""
    data = io.BytesIO(("Ceci n'est pas un son. " * 200).encode())
    return SimpleUploadedFile("episode.mp3", data.getvalue(), content_type="audio/mpeg")
