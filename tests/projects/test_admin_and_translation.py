"""Editors: the admin forms open, and a change to a French project reaches its English
translation with the English snippets (links are synchronised as translatable objects)."""

import pytest
from mist_site.demo.tools import Pairs, refresh_translation

from projects.models import ProjectFunder, ProjectPage, ProjectTheme

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, make_user):
    client.force_login(make_user(None, username="projects-editor", is_staff=True,
                                 is_superuser=True))  # fmt: skip
    return client


def test_admin_forms_open(editor_client, index_fr, demo_project):
    project = demo_project("fr", "eva")
    urls = [
        f"/admin/pages/{project.pk}/edit/",
        f"/admin/pages/add/projects/projectpage/{index_fr.pk}/",
        "/admin/snippets/projects/organisation/",
        "/admin/snippets/projects/theme/",
    ]
    for url in urls:
        response = editor_client.get(url)
        assert response.status_code == 200, url
    html = editor_client.get(urls[0]).content.decode()
    assert "project_funders-TOTAL_FORMS" in html and "project_themes-TOTAL_FORMS" in html


def test_a_new_funder_on_the_french_page_reaches_the_english_page(
    demo_project, organisation, theme
):
    project = demo_project("fr", "history-ourstory")
    assert not project.project_funders.exists()
    project.project_funders.add(
        ProjectFunder(organisation=organisation("fr", "Fondation de France"))
    )
    project.project_themes.add(ProjectTheme(theme=theme("fr", "plaidoyer")))
    project.save_revision().publish()

    refresh_translation(project, Pairs())

    english = ProjectPage.objects.get(translation_key=project.translation_key,
                                      locale__language_code="en")  # fmt: skip
    [funder] = english.project_funders.select_related("organisation__locale")
    assert funder.organisation == organisation("en", "Fondation de France")
    assert funder.locale.language_code == "en"
    theme_names = sorted(link.theme.name for link in english.project_themes.all())
    assert theme_names == ["Advocacy", "Culture"]
