"""The project archive's filters and the counts beside each value, from four small queries
whatever the number of projects: the projects' years and status, and their links to themes,
funders and partners. Counts are faceted: each value's count is the number of projects one
would get by choosing it, the other filters staying as they are."""

from collections import Counter
from dataclasses import dataclass, field

from projects.models.querysets import current_year, years_run

FACETS = ("status", "theme", "funder", "partner", "year")


@dataclass
class ProjectRow:
    id: int
    status: str
    years: range
    themes: list = field(default_factory=list)  # slugs
    funders: list = field(default_factory=list)  # organisation ids
    partners: list = field(default_factory=list)

    def values(self, facet):
        """The values this project has for a facet (a project has one status, many years)."""
        if facet == "status":
            return [self.status]
        if facet == "year":
            return list(self.years)
        return getattr(self, f"{facet}s")


class ProjectFacets:
    @classmethod
    def for_index(cls, index):
        """The facts of an index's projects, read once per content generation (and year:
        ongoing projects run until this year) instead of on every request."""
        from mist_site.caching.generation import content_generation, page_cache

        key = f"mist:project-facets:{content_generation()}:{index.pk}:{current_year()}"
        return page_cache.get_or_set(key, lambda: cls(index.projects()), 24 * 3600)

    def __init__(self, projects):
        from projects.models import ProjectFunder, ProjectPartner, ProjectTheme

        this_year = current_year()
        rows = projects.newest_first().values_list("id", "status", "start_year", "end_year")
        self.rows = {
            pk: ProjectRow(pk, status, years_run(start, end, this_year))
            for pk, status, start, end in rows
        }
        self.themes = {}  # slug → name
        self.theme_ids = {}  # slug → id
        self.funders = {}  # id → name
        self.partners = {}
        for page_id, theme_id, slug, name in (
            ProjectTheme.objects.filter(page__in=projects)
            .order_by("theme__name")
            .values_list("page_id", "theme_id", "theme__slug", "theme__name")
        ):
            self.rows[page_id].themes.append(slug)
            self.themes[slug] = name
            self.theme_ids[slug] = theme_id
        for model, names, attribute in (
            (ProjectFunder, self.funders, "funders"),
            (ProjectPartner, self.partners, "partners"),
        ):
            for page_id, org_id, name in (
                model.objects.filter(page__in=projects)
                .order_by("organisation__name")
                .values_list("page_id", "organisation_id", "organisation__name")
            ):
                getattr(self.rows[page_id], attribute).append(org_id)
                names[org_id] = name

    def years(self):
        """Every year some project ran, latest first."""
        return sorted({year for row in self.rows.values() for year in row.years}, reverse=True)

    def matching(self, filters, search_ids=None, skip=None):
        """Rows matching every filter but `skip` (and the search, when there is one)."""
        for row in self.rows.values():
            if search_ids is not None and row.id not in search_ids:
                continue
            if all(
                value in row.values(facet)
                for facet, value in filters.items()
                if facet != skip and facet in FACETS
            ):
                yield row

    def counts(self, filters, search_ids=None):
        """{facet: Counter(value → number of projects)} for every facet."""
        result = {}
        for facet in FACETS:
            counter = Counter()
            for row in self.matching(filters, search_ids, skip=facet):
                counter.update(set(row.values(facet)))
            result[facet] = counter
        return result
