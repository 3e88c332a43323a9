"""Redis stopped: every cache unreachable, public pages and form pages still answer (the drill
found every page failing with 500: Wagtail keeps its site root paths in the default cache)."""

import pytest
from django.conf import settings
from django.test import override_settings

UNREACHABLE = "redis://127.0.0.1:1/0"  # nothing listens there
OPTIONS = {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2}
REDIS_DOWN = {
    "default": {
        "BACKEND": "mist_site.operations.cache.RedisWithLocalFallback",
        "LOCATION": UNREACHABLE,
        "KEY_PREFIX": "mist",
        "OPTIONS": OPTIONS,
    },
    "pages": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": UNREACHABLE,
        "KEY_PREFIX": "mist-pages",
        "OPTIONS": {**OPTIONS, "IGNORE_EXCEPTIONS": True},
    },
}


@pytest.mark.django_db
@override_settings(CACHES={**settings.CACHES, **REDIS_DOWN})
@pytest.mark.parametrize("url", ["/fr/", "/en/", "/fr/accompagnement-des-victimes/"])
def test_pages_answer_with_redis_stopped(client, url):
    response = client.get(url)
    assert response.status_code == 200


@pytest.mark.django_db
@override_settings(CACHES={**settings.CACHES, **REDIS_DOWN})
def test_healthz_reports_the_cache_while_pages_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"unavailable: cache"
