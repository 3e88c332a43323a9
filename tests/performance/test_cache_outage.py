"""When Redis stalls or is down, public pages are rendered without it; they never fail."""

import logging

import pytest
from django.conf import settings
from django.test import override_settings

pytestmark = pytest.mark.django_db

UNREACHABLE_PAGE_CACHE = {
    "BACKEND": "django_redis.cache.RedisCache",
    "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
    "KEY_PREFIX": "mist-pages",
    "OPTIONS": {
        "CLIENT_CLASS": "django_redis.client.DefaultClient",
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": 0.2,
        "SOCKET_TIMEOUT": 0.2,
    },
}


@override_settings(CACHES={**settings.CACHES, "pages": UNREACHABLE_PAGE_CACHE})
@pytest.mark.parametrize(
    "url",
    [
        "/fr/",
        "/en/",
        "/fr/projets/?year=2022",
        "/fr/projets/la-force-du-groupe-en-sante-mentale/",
        "/fr/true-talk/deplacer-la-honte/",
        "/fr/true-talk/feed/",
        "/en/search/?q=peer",
    ],
)
def test_public_pages_are_served_without_the_page_cache(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.content


@override_settings(CACHES={**settings.CACHES, "pages": UNREACHABLE_PAGE_CACHE})
def test_publishing_without_the_page_cache_works_and_says_so(caplog):
    from home.models import ContentPage

    about = ContentPage.objects.get(slug="qui-sommes-nous")
    about.title = "Qui sommes-nous ?"
    with caplog.at_level(logging.ERROR, logger="mist_site.caching.generation"):
        about.save_revision().publish()
    about.refresh_from_db()
    assert about.title == "Qui sommes-nous ?" and about.live
    assert "Content generation not bumped" in caplog.text
