"""Page fragments (templates/base.html, {% pagefragment %}): the same page for everyone until
something is published; never a form, a search or a preview."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from enquiries.models import TrainingQuotePage
from projects.models import ProjectPage

pytestmark = pytest.mark.django_db

PROJECT = "/fr/projets/la-force-du-groupe-en-sante-mentale/"


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode(), len(queries)


def test_a_page_is_rendered_once_per_generation(client, settings):
    first, _ = get(client, PROJECT)
    second, warm = get(client, PROJECT)
    assert second == first
    settings.PAGE_FRAGMENT_CACHE = False
    rendered, rendering = get(client, PROJECT)
    assert rendered == first
    assert warm < rendering


def test_a_published_change_shows_at_once(client):
    get(client, PROJECT)
    project = ProjectPage.objects.get(slug="la-force-du-groupe-en-sante-mentale")
    project.summary = "Un résumé tout neuf."
    project.save_revision().publish()
    assert "Un résumé tout neuf." in get(client, PROJECT)[0]


def test_each_filter_has_its_own_list_and_searches_are_rendered(client):
    y2022, _ = get(client, "/fr/projets/?year=2022")
    y2016, _ = get(client, "/fr/projets/?year=2016")
    assert y2022 != y2016
    assert get(client, "/fr/projets/?year=2022")[0] == y2022
    women, _ = get(client, "/fr/projets/?q=femmes")
    group, _ = get(client, "/fr/projets/?q=groupe")
    assert women != group
    odd, _ = get(client, "/fr/projets/?year=1850")
    assert "ignor" in odd  # the notice for the ignored filter, rendered for this address


def form_tokens(html):
    return re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)


def test_form_pages_are_rendered_for_each_visitor():
    url = TrainingQuotePage.objects.live().filter(locale__language_code="fr").first().url
    first, second = Client().get(url), Client().get(url)
    tokens = form_tokens(first.content.decode()) + form_tokens(second.content.decode())
    assert len(tokens) == 2 and tokens[0] != tokens[1]
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_a_preview_shows_the_draft_not_the_cached_page(client):
    get(client, PROJECT)
    project = ProjectPage.objects.get(slug="la-force-du-groupe-en-sante-mentale")
    project.summary = "Brouillon pas encore publié."
    response = project.make_preview_request()
    if hasattr(response, "render"):
        response.render()
    assert "Brouillon pas encore publié." in response.content.decode()
    assert "Brouillon pas encore publié." not in get(client, PROJECT)[0]


def test_the_feed_body_is_kept_too(client, settings):
    first, _ = get(client, "/fr/true-talk/feed/")
    second, warm = get(client, "/fr/true-talk/feed/")
    settings.PAGE_FRAGMENT_CACHE = False
    rendered, rendering = get(client, "/fr/true-talk/feed/")
    assert first == second == rendered
    assert warm < rendering


def test_a_logged_in_editor_sees_her_publication_at_once(client, make_user):
    client.force_login(make_user(None, username="editor", is_staff=True, is_superuser=True))
    get(client, PROJECT)
    project = ProjectPage.objects.get(slug="la-force-du-groupe-en-sante-mentale")
    project.summary = "Publié à l'instant par l'équipe."
    project.save_revision().publish()
    html, _ = get(client, PROJECT)
    assert "Publié à l&#x27;instant par l&#x27;équipe." in html or "Publié à l'instant" in html
