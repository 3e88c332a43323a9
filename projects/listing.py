"""What the project index shows for one request: the filter form, the counts, the notices
for ignored filters and one page of results. Thin glue between the form, the facets and
the named querysets; the index page's template reads it."""

from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from projects.facets import ProjectFacets
from projects.forms import ProjectFilterForm
from projects.models import ProjectPage

PER_PAGE = 10


def read_query(request):
    """request.GET, or nothing when Django refuses to parse it (too many fields)."""
    from django.core.exceptions import TooManyFieldsSent

    try:
        return request.GET, False
    except TooManyFieldsSent:
        return QueryDict(), True


def cache_variant(index, request):
    """The address of the list as the listing itself would write it (checked filters and
    page number), or None when its body must be rendered: a search, an ignored filter, an
    address Django refused. Reads the form only, not the projects."""
    params, refused = read_query(request)
    form = ProjectFilterForm(params, ProjectFacets.for_index(index))
    if refused or form.search_text() or form.ignored():
        return None
    params = dict(form.valid_filters())
    if form.page_number() > 1:
        params["page"] = form.page_number()
    return "?" + urlencode(params)


class ProjectListing:
    def __init__(self, index, request):
        self.index = index
        params, refused = read_query(request)
        self.facets = ProjectFacets.for_index(index)
        self.form = ProjectFilterForm(params, self.facets)
        self.filters = self.form.valid_filters()
        self.query = self.form.search_text()
        self.notices = [
            _("The filter “%(label)s” was ignored: %(reason)s") % {"label": label, "reason": reason}
            for label, reason in self.form.ignored()
        ]
        if refused:
            self.notices.append(_("The address had too many parts; all filters were ignored."))

        self.search_ids = self.search(index) if self.query else None
        self.counts = self.facets.counts(self.filters, self.search_ids)
        self.form.set_choices(self.counts)
        self.page = self.paginate(self.results())

    def search(self, index):
        results = index.projects().search(self.query, operator="and")
        return {project.pk for project in results}

    def results(self):
        projects = self.index.projects()
        if self.search_ids is not None:
            projects = projects.filter(pk__in=self.search_ids)
        filters = self.filters
        theme_ids = self.facets.theme_ids
        if "status" in filters:
            projects = projects.with_status(filters["status"])
        if "theme" in filters:
            projects = projects.with_theme(theme_ids[filters["theme"]])
        if "funder" in filters:
            projects = projects.funded_by(filters["funder"])
        if "partner" in filters:
            projects = projects.with_partner(filters["partner"])
        if "year" in filters:
            projects = projects.running_in(filters["year"])
        return projects.newest_first().only(
            "id", "title", "slug", "url_path", "locale_id", "summary", "start_year",
            "end_year", "status",
        )  # fmt: skip

    def paginate(self, projects):
        paginator = Paginator(projects, PER_PAGE)
        number = self.form.page_number()
        if number > paginator.num_pages:
            self.notices.append(
                _("There is no page %(number)s; here is the first page.") % {"number": number}
            )
            number = 1
        page = paginator.page(number)
        rows = self.facets.rows
        for project in page.object_list:
            row = rows[project.pk]
            project.card_themes = [self.facets.themes[slug] for slug in row.themes]
            project.card_funders = [self.facets.funders[pk] for pk in row.funders]
        return page

    @property
    def total(self):
        return self.page.paginator.count

    @property
    def is_filtered(self):
        return bool(self.filters or self.query)

    def current_params(self):
        params = dict(self.filters)
        if self.query:
            params["q"] = self.query
        return params

    def page_url(self, number):
        params = self.current_params()
        if number > 1:
            params["page"] = number
        return "?" + urlencode(params) if params else "?"

    def page_links(self):
        return [
            {"number": n, "url": self.page_url(n), "current": n == self.page.number}
            for n in self.page.paginator.page_range
        ]

    def previous_url(self):
        return self.page_url(self.page.previous_page_number()) if self.page.has_previous() else ""

    def next_url(self):
        return self.page_url(self.page.next_page_number()) if self.page.has_next() else ""

    def active_filters(self):
        """What narrows the list now, each with the address of the list without it."""
        labels = {
            "status": dict(ProjectPage.Status.choices),
            "theme": self.facets.themes,
            "funder": self.facets.funders,
            "partner": self.facets.partners,
            "year": {},
        }
        active = []
        for name, value in self.current_params().items():
            rest = {k: v for k, v in self.current_params().items() if k != name}
            if name == "q":
                label, shown = _("Search"), value
            else:
                label = self.form.fields[name].label
                shown = labels[name].get(value, value)
            active.append(
                {"label": label, "value": shown, "url": "?" + urlencode(rest) if rest else "?"}
            )
        return active
