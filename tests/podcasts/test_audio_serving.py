"""Audio is served with byte ranges so that players can seek."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from podcasts.ranges import Unsatisfiable, parse_range

pytestmark = pytest.mark.django_db


@pytest.fixture
def audio(show_fr):
    from podcasts.models import EpisodePage

    return EpisodePage.objects.child_of(show_fr).first().audio


def body(response):
    return b"".join(response.streaming_content)


def test_a_byte_range_returns_exactly_those_bytes(client, audio):
    whole = audio.file.open("rb").read()
    audio.file.close()
    response = client.get(audio.url, HTTP_RANGE="bytes=100-1099")
    assert response.status_code == 206
    assert response["Content-Range"] == f"bytes 100-1099/{len(whole)}"
    assert response["Content-Length"] == "1000"
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "audio/mpeg"
    assert body(response) == whole[100:1100]


def test_open_and_suffix_ranges(client, audio):
    whole = audio.file.open("rb").read()
    audio.file.close()
    tail = client.get(audio.url, HTTP_RANGE="bytes=-500")
    assert tail.status_code == 206 and body(tail) == whole[-500:]
    rest = client.get(audio.url, HTTP_RANGE=f"bytes={len(whole) - 10}-")
    assert rest.status_code == 206 and body(rest) == whole[-10:]


def test_whole_file_without_range_advertises_ranges(client, audio):
    response = client.get(audio.url)
    assert response.status_code == 200
    assert response["Accept-Ranges"] == "bytes"
    assert int(response["Content-Length"]) == audio.size
    assert "public" in response["Cache-Control"]
    assert not response.cookies


def test_range_beyond_the_end_is_416(client, audio):
    response = client.get(audio.url, HTTP_RANGE=f"bytes={audio.size}-")
    assert response.status_code == 416
    assert response["Content-Range"] == f"bytes */{audio.size}"


def test_head_gives_headers_only(client, audio):
    response = client.head(audio.url, HTTP_RANGE="bytes=0-9")
    assert response.status_code == 206
    assert response["Content-Length"] == "10"
    assert response.content == b""


def test_stale_if_range_gets_the_whole_file(client, audio):
    response = client.get(audio.url, HTTP_RANGE="bytes=0-9", HTTP_IF_RANGE='"old"')
    assert response.status_code == 200


def test_unpublished_audio_and_wrong_names_are_not_served(client, audio):
    assert client.get(audio.url.replace(audio.filename, "other.mp3")).status_code == 404
    for episode in audio.episodes.all():
        episode.unpublish()
    assert client.get(audio.url).status_code == 404


def test_audio_url_is_outside_language_prefixes(audio):
    assert audio.url.startswith("/podcast-audio/")


def test_post_is_refused(client, audio):
    assert client.post(audio.url).status_code == 405


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("bytes=0-0", (0, 0)),
        ("bytes=5-", (5, 99)),
        ("bytes=-1", (99, 99)),
        ("bytes=-500", (0, 99)),
        ("bytes=90-500", (90, 99)),
        ("bytes=0-1,5-6", None),  # several ranges: the whole file, as RFC 9110 allows
        ("bytes=9-3", None),
        ("items=0-3", None),
        ("bytes=-", None),
    ],
)
def test_parse_range(header, expected):
    assert parse_range(header, 100) == expected


@pytest.mark.parametrize("header", ["bytes=100-", "bytes=-0", "bytes=250-300"])
def test_unsatisfiable_ranges(header):
    with pytest.raises(Unsatisfiable):
        parse_range(header, 100)


def test_production_hands_the_bytes_to_nginx(client, audio, settings):
    settings.PODCASTS_AUDIO_ACCEL_REDIRECT = "/internal-media/"
    response = client.get(audio.url, HTTP_RANGE="bytes=0-9")
    assert response["X-Accel-Redirect"] == f"/internal-media/{audio.file.name}"
    assert response["Content-Type"] == "audio/mpeg"
    assert response.content == b""


@given(size=st.integers(1, 5000), data=st.data())
def test_any_valid_range_is_read_back_exactly(size, data):
    start = data.draw(st.integers(0, size - 1))
    end = data.draw(st.integers(start, size + 100))
    assert parse_range(f"bytes={start}-{end}", size) == (start, min(end, size - 1))


def test_audio_of_a_restricted_show_is_not_served(client, audio, show_fr, show_en):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=show_fr, restriction_type="login")
    assert client.get(audio.url).status_code == 200, "still public through the English show"
    PageViewRestriction.objects.create(page=show_en, restriction_type="login")
    assert client.get(audio.url).status_code == 404
