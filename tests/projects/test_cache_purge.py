"""Publishing a project purges its page in both languages, its index and the home pages
(mist_site/caching/purge.py does it for every page type; proven here for projects)."""

from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

CACHE = {"varnish": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                     "LOCATION": "http://127.0.0.1:9"}}  # fmt: skip


@override_settings(WAGTAILFRONTENDCACHE=CACHE)
def test_publishing_a_project_purges_the_listings(demo_project, index_fr, home_fr):
    project = demo_project("fr", "eva")
    with mock.patch("wagtail.contrib.frontend_cache.backends.HTTPBackend.purge") as purge:
        project.save_revision().publish()
    paths = {urlsplit(call.args[0]).path for call in purge.call_args_list}
    english = project.get_translation(project.get_translations().first().locale)
    assert {project.url, english.url, index_fr.url, home_fr.url, "/en/"} <= paths


def test_without_a_frontend_cache_nothing_is_purged(demo_project):
    with mock.patch("wagtail.contrib.frontend_cache.backends.HTTPBackend.purge") as purge:
        demo_project("fr", "eva").save_revision().publish()
    purge.assert_not_called()
