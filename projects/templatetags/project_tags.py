"""Template tags other apps' templates use to show projects without importing this app."""

from django import template
from wagtail.models import Locale

from projects.models import ProjectIndexPage, ProjectPage

register = template.Library()


@register.simple_tag
def latest_projects(count=3):
    """The latest live projects of the active language and their index, for the home page:
    {% latest_projects 3 as latest %} → latest.projects, latest.index."""
    locale = Locale.get_active()
    projects = (
        ProjectPage.objects.live()
        .filter(locale=locale)
        .newest_first()
        .only("id", "title", "url_path", "locale_id", "summary", "start_year", "end_year",
              "status")[:count]
    )  # fmt: skip
    index = ProjectIndexPage.objects.live().filter(locale=locale).only("id", "url_path").first()
    return {"projects": list(projects), "index": index}
