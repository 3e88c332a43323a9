"""Page types, invariants and the named querysets (and their agreement with the facets)."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from home.models import ContentPage, HomePage
from projects.facets import ProjectFacets
from projects.models import ProjectIndexPage, ProjectPage
from projects.models.querysets import current_year, years_run


class ProjectPageTypesTests(WagtailPageTestCase):
    def test_index_lives_under_the_home_page_only(self):
        self.assertCanCreateAt(HomePage, ProjectIndexPage)
        self.assertCanNotCreateAt(ContentPage, ProjectIndexPage)
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})

    def test_projects_live_under_the_index_only(self):
        self.assertCanCreateAt(ProjectIndexPage, ProjectPage)
        self.assertCanNotCreateAt(HomePage, ProjectPage)
        self.assertCanNotCreateAt(ContentPage, ProjectPage)
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})
        self.assertAllowedSubpageTypes(ProjectPage, set())

    def test_pages_render(self):
        # (assertPageIsRoutable ignores the /fr/ and /en/ prefixes; the client tests route.)
        index = ProjectIndexPage.objects.get(locale__language_code="fr")
        self.assertPageIsRenderable(index)
        project = ProjectPage.objects.filter(locale__language_code="en").first()
        self.assertPageIsRenderable(project)
        self.assertPageIsRenderable(index, query_data={"year": "abc", "page": "999"})


@pytest.mark.django_db
def test_index_only_once_per_home(home_fr):
    assert not ProjectIndexPage.can_create_at(home_fr)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "start, end, status, field",
    [(2024, 2021, "completed", "end_year"), (2021, None, "completed", "end_year")],
)
def test_invalid_years_are_refused(start, end, status, field):
    page = ProjectPage(title="x", slug="x", summary="x", start_year=start, end_year=end,
                       status=status)  # fmt: skip
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert field in error.value.message_dict


def test_years_run_covers_every_year_and_ongoing_runs_to_now():
    assert list(years_run(2021, 2024)) == [2021, 2022, 2023, 2024]
    assert list(years_run(2022, 2022)) == [2022]
    assert list(years_run(2020, None, this_year=2023)) == [2020, 2021, 2022, 2023]


@pytest.mark.django_db
def test_running_in_follows_the_overlap_rule(index_fr, make_project):
    this_year = current_year()
    long = make_project(index_fr, 2021, 2024)
    ongoing = make_project(index_fr, this_year - 1, None)
    projects = ProjectPage.objects.child_of(index_fr)
    assert long in projects.running_in(2022)
    assert long in projects.running_in(2021) and long in projects.running_in(2024)
    assert long not in projects.running_in(2025)
    assert ongoing in projects.running_in(this_year)
    assert ongoing not in projects.running_in(this_year + 1)
    assert ongoing not in projects.running_in(this_year - 2)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_facet_counts_agree_with_the_named_querysets(language, make_project):
    index = ProjectIndexPage.objects.get(locale__language_code=language)
    make_project(index, current_year() - 2, None)  # ongoing: runs up to now
    projects = index.projects()
    facets = ProjectFacets(projects)
    counts = facets.counts({})
    for year in facets.years():
        assert counts["year"][year] == projects.running_in(year).count(), year
    for status in ProjectPage.Status.values:
        assert counts["status"][status] == projects.with_status(status).count()
    for slug, theme_id in facets.theme_ids.items():
        assert counts["theme"][slug] == projects.with_theme(theme_id).count()
    for funder_id in facets.funders:
        assert counts["funder"][funder_id] == projects.funded_by(funder_id).count()
    for partner_id in facets.partners:
        assert counts["partner"][partner_id] == projects.with_partner(partner_id).count()


@pytest.mark.django_db
def test_newest_first(index_fr, make_project):
    older = make_project(index_fr, 2010, 2011)
    ongoing = make_project(index_fr, 2030, None, status="ongoing")
    ended = make_project(index_fr, 2030, 2031)
    ordered = list(ProjectPage.objects.child_of(index_fr).newest_first())
    assert ordered[0] == ongoing and ordered[1] == ended
    assert ordered[-1] == older
