"""A visitor plays an episode: the audio loads, and seeking works because the server answers
byte ranges (206 Partial Content)."""

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_play_an_episode_and_seek(page, site_server, lang):
    url = site_server.page_url("podcasts.EpisodePage", lang)
    assert url, "the demo has episodes"
    statuses = []
    page.on(
        "response",
        lambda r: statuses.append(r.status) if r.request.resource_type == "media" else None,
    )
    page.goto(url)
    audio = page.locator("main audio")
    assert audio.count() == 1 and audio.get_attribute("controls") is not None

    # Play as a listener would (muted: a headless machine has no sound card), then wait for
    # enough data to play through.
    audio.evaluate("a => { a.muted = true; return a.play().then(() => true); }")
    page.wait_for_function(
        "() => document.querySelector('main audio').readyState >= 3", timeout=15_000
    )
    duration = audio.evaluate("a => a.duration")
    assert duration > 2, duration

    # Seek to near the end: the browser asks for a later byte range, the player follows.
    target = round(duration - 1, 1)
    audio.evaluate(f"a => {{ a.currentTime = {target}; }}")
    page.wait_for_function(
        f"() => {{ const a = document.querySelector('main audio');"
        f" return !a.seeking && a.currentTime >= {target - 0.5}; }}",
        timeout=15_000,
    )
    assert audio.evaluate("a => a.error") is None
    assert 206 in statuses, f"the audio was not served by ranges: {statuses}"

    # A download link and a transcript sit beside the player, without JavaScript.
    assert page.locator("main a[download]").count() >= 1
