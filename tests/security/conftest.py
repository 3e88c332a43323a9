import pytest
from django.core.cache import cache


@pytest.fixture(scope="session")
def public_site(django_db_setup, django_db_blocker):
    """(pages, query parameter names seen in links) of the whole public demo site, crawled once."""
    from .crawl import crawl

    with django_db_blocker.unblock():
        return crawl()


@pytest.fixture
def mfa_enforced(settings):
    settings.MIST_MFA_REQUIRED = True
    return settings


@pytest.fixture
def clean_rate_limits():
    """allauth counts attempts in the cache: each test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def private_media_roots(settings, tmp_path):
    """Files uploaded by these tests land in a temporary folder, not in the worktree."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private_media"
