"""The demo archive (13 projects, exact facts, idempotent) and the home page's slot."""

import io

import pytest
from django.core.management import call_command

from projects.models import Organisation, ProjectFunder, ProjectPage, Theme

pytestmark = pytest.mark.django_db


def test_thirteen_projects_in_each_language_all_completed():
    for language in ("fr", "en"):
        projects = ProjectPage.objects.filter(locale__language_code=language)
        assert projects.count() == 13
        assert set(projects.values_list("status", flat=True)) == {"completed"}


@pytest.mark.parametrize(
    "slug, years, funders",
    [
        ("all-in-favor", (2021, 2024), ["Mairie de Paris", "Legal Empowerment Fund (LEF)"]),
        ("mpeio", (2022, 2023), ["AGRASC", "DRDFE", "SDFE"]),
        ("cinema-du-crepitement-sous-les-neons", (2022, 2022), ["Bonne Pioche Production"]),
        ("history-ourstory", (2022, 2023), []),
        ("entre-pairs", (2022, 2024), ["DGCS"]),
    ],
)
def test_demo_facts_are_exact(demo_project, slug, years, funders):
    project = demo_project("en", slug)
    assert (project.start_year, project.end_year) == years
    assert [link.organisation.name for link in project.project_funders.all()] == funders


def test_index_is_in_the_menu_with_translated_slugs(index_fr, index_en):
    assert index_fr.show_in_menus and index_en.show_in_menus
    assert index_fr.url == "/fr/projets/"
    assert index_en.url == "/en/projects/"


def test_running_the_demo_again_changes_nothing():
    def snapshot():
        return (
            ProjectPage.objects.count(),
            Organisation.objects.count(),
            Theme.objects.count(),
            ProjectFunder.objects.count(),
            sorted(ProjectPage.objects.values_list("latest_revision_id", flat=True)),
        )

    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before


@pytest.mark.parametrize(
    "url, heading", [("/fr/", "Derniers projets"), ("/en/", "Latest projects")]
)
def test_home_shows_the_three_latest_projects(client, url, heading):
    html = client.get(url).content.decode()
    assert heading in html
    section = html.split('class="wrap section home-latest-projects"', 1)[1].split("</section>")[0]
    prefix = "/fr/projets/" if url == "/fr/" else "/en/projects/"
    assert section.count(f'<h3><a href="{prefix}') == 3
    assert "EVA" in section
