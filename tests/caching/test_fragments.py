"""The app's fragment caches ({% pagefragment %}, {% wagtailcache %}): never a draft, each
host its own links, no growth from addresses a page does not know."""

import re

import pytest
from django.core.cache import caches

from home.models import ContentPage

pytestmark = pytest.mark.django_db

ABOUT = "/fr/qui-sommes-nous/"


def about_page():
    return ContentPage.objects.get(
        url_path__endswith="/qui-sommes-nous/", locale__language_code="fr"
    )


def head_tags(html):
    """title, description, og:title, og:description, twitter:title, twitter:description."""
    found = re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)"', html)
    tags = {name: value for name, value in found}
    tags["title"] = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    return tags


def test_a_draft_previewed_before_any_visit_never_reaches_the_public_page(client):
    about = ContentPage.objects.get(
        url_path__endswith="/qui-sommes-nous/", locale__language_code="fr"
    )
    published = head_tags(client.get(ABOUT).content.decode())
    caches["pages"].clear()  # no public visit yet: the preview comes first
    about.title = "Brouillon à ne pas montrer"
    about.seo_title = ""
    about.search_description = "Description du brouillon"
    about.save_revision()
    draft = about.get_latest_revision_as_object()
    preview = draft.make_preview_request()
    assert "Brouillon à ne pas montrer" in preview.content.decode()  # the preview shows it
    public = client.get(ABOUT).content.decode()
    assert "brouillon" not in public.lower()
    tags = head_tags(public)
    for name in (
        "title",
        "description",
        "og:title",
        "og:description",
        "twitter:title",
        "twitter:description",
    ):
        assert tags[name] == published[name], name


@pytest.mark.parametrize("first, second", [("localhost", "127.0.0.1"), ("127.0.0.1", "localhost")])
def test_each_host_gets_its_own_canonical_link(client, first, second):
    for host in (first, second, first):
        html = client.get(ABOUT, HTTP_HOST=host).content.decode()
        assert f'<link rel="canonical" href="http://{host}{ABOUT}">' in html, host
        assert f'content="http://{host}{ABOUT}"' in html  # og:url


def test_unknown_query_strings_do_not_grow_the_fragment_cache(client):
    client.get(ABOUT)
    client.get("/fr/projets/?year=2022")
    entries = len(caches["pages"]._cache)
    for number in range(50):
        assert client.get(f"{ABOUT}?utm_source={number}").status_code == 200
        assert client.get(f"/fr/projets/?year=2022&utm={number}").status_code == 200
    assert len(caches["pages"]._cache) == entries


def test_a_published_change_to_the_page_renews_its_fragments(client):
    client.get(ABOUT)
    about = ContentPage.objects.get(
        url_path__endswith="/qui-sommes-nous/", locale__language_code="fr"
    )
    about.search_description = "Une description publiée"
    about.save_revision().publish()
    assert head_tags(client.get(ABOUT).content.decode())["description"] == (
        "Une description publiée"
    )


def test_logged_in_people_get_the_page_shell_rendered_for_them(client, make_user, monkeypatch):
    backend = caches["pages"]
    original, reads = backend.get, []

    def recording_get(key, *args, **kwargs):
        reads.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", recording_get)
    client.get(ABOUT)
    assert any("page_header" in key for key in reads)  # anonymous: shared fragments
    reads.clear()
    client.force_login(make_user("member"))
    assert client.get(ABOUT).status_code == 200
    assert not [key for key in reads if "page_" in key]
