from home.models.pages import BasePage, ContentPage, HomePage, TeamPage, TimelinePage
from home.models.settings import SiteSettings
from home.models.snippets import FooterText, Person

__all__ = [
    "BasePage",
    "ContentPage",
    "FooterText",
    "HomePage",
    "Person",
    "SiteSettings",
    "TeamPage",
    "TimelinePage",
]
