"""Named questions one asks of the project archive, in SQL. projects/facets.py applies the
same rules to rows already loaded (one query for all the counts); tests check both agree."""

from django.db.models import F, Q
from django.utils import timezone
from wagtail.models import PageManager
from wagtail.query import PageQuerySet


def current_year():
    return timezone.localdate().year


def years_run(start_year, end_year, this_year=None):
    """Every year a project ran: 2021-2024 gives 2021, 2022, 2023, 2024. Without an end
    year the project runs up to the current year."""
    last = end_year if end_year is not None else (this_year or current_year())
    return range(start_year, last + 1)


class ProjectPageQuerySet(PageQuerySet):
    def running_in(self, year):
        """Projects that ran during `year` (the SQL twin of years_run)."""
        ended_later = Q(end_year__gte=year)
        if year <= current_year():
            ended_later |= Q(end_year__isnull=True)
        return self.filter(Q(start_year__lte=year) & ended_later)

    def with_status(self, status):
        return self.filter(status=status)

    def with_theme(self, theme):
        from projects.models.pages import ProjectTheme

        return self.filter(pk__in=ProjectTheme.objects.filter(theme=theme).values("page_id"))

    def funded_by(self, organisation):
        from projects.models.pages import ProjectFunder

        links = ProjectFunder.objects.filter(organisation=organisation)
        return self.filter(pk__in=links.values("page_id"))

    def with_partner(self, organisation):
        from projects.models.pages import ProjectPartner

        links = ProjectPartner.objects.filter(organisation=organisation)
        return self.filter(pk__in=links.values("page_id"))

    def newest_first(self):
        """Latest start first; for the same start, still running first, then latest end."""
        return self.order_by(
            F("start_year").desc(), F("end_year").desc(nulls_first=True), "title", "pk"
        )


ProjectPageManager = PageManager.from_queryset(ProjectPageQuerySet)
