"""Fixtures of the project archive's tests: the demo's index pages and a project factory."""

import itertools

import pytest

_counter = itertools.count(1)


@pytest.fixture
def index_fr(db):
    from projects.models import ProjectIndexPage

    return ProjectIndexPage.objects.get(locale__language_code="fr")


@pytest.fixture
def index_en(db):
    from projects.models import ProjectIndexPage

    return ProjectIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def demo_project():
    """demo_project("fr", "la-force-du-groupe-en-sante-mentale") → that ProjectPage."""
    from projects.models import ProjectPage

    def get(language, slug):
        return ProjectPage.objects.get(locale__language_code=language, slug=slug)

    return get


@pytest.fixture
def make_project(db):
    """Adds a live project (with optional themes, funders, partners) under an index page,
    saved the quick way: no revision, as many as a test needs."""
    from mist_site.caching.generation import bump_content_generation

    from projects.models import ProjectFunder, ProjectPage, ProjectPartner, ProjectTheme

    def make(index, start_year=2021, end_year=2022, status=None, title=None, **links):
        number = next(_counter)
        status = status or (
            ProjectPage.Status.ONGOING if end_year is None else ProjectPage.Status.COMPLETED
        )
        project = ProjectPage(
            title=title or f"Test project {number}",
            slug=f"test-project-{number}",
            locale_id=index.locale_id,
            summary=f"Summary of test project {number}.",
            start_year=start_year,
            end_year=end_year,
            status=status,
            live=True,
            project_themes=[ProjectTheme(theme=theme) for theme in links.get("themes", [])],
            project_funders=[ProjectFunder(organisation=o) for o in links.get("funders", [])],
            project_partners=[ProjectPartner(organisation=o) for o in links.get("partners", [])],
        )
        index.add_child(instance=project)
        bump_content_generation()  # what publishing does for the app's caches
        return project

    return make


@pytest.fixture
def theme(db):
    """theme("fr", "sante-mentale") → the demo's Theme snippet."""
    from projects.models import Theme

    return lambda language, slug: Theme.objects.get(locale__language_code=language, slug=slug)


@pytest.fixture
def organisation(db):
    """organisation("en", "Fondation de France") → the demo's Organisation snippet."""
    from projects.models import Organisation

    return lambda language, name: Organisation.objects.get(
        locale__language_code=language, name=name
    )
