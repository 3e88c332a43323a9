"""Publishing a project purges its index and the home page from the frontend cache."""

from unittest import mock

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

CACHE = {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                     "LOCATION": "http://127.0.0.1:9"}}  # fmt: skip


@override_settings(WAGTAILFRONTENDCACHE=CACHE)
def test_publishing_a_project_purges_the_listings(demo_project, index_fr, home_fr):
    project = demo_project("fr", "eva")
    with mock.patch("projects.signals.purge_pages_from_cache") as purge:
        project.save_revision().publish()
    [pages], _kwargs = purge.call_args
    assert [page.pk for page in pages] == [index_fr.pk, home_fr.pk]


def test_without_a_frontend_cache_nothing_is_purged(demo_project):
    with mock.patch("projects.signals.purge_pages_from_cache") as purge:
        demo_project("fr", "eva").save_revision().publish()
    purge.assert_not_called()
