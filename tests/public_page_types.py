"""Every public page type of the site, for the tests that visit one page of each."""

from enquiries.models import AppointmentPage, MembershipInterestPage, TrainingQuotePage
from home.models import ContentPage, HomePage, TeamPage, TimelinePage
from podcasts.models import EpisodePage, PodcastPage
from projects.models import ProjectIndexPage, ProjectPage

PUBLIC_PAGE_TYPES = [
    HomePage,
    ContentPage,
    TeamPage,
    TimelinePage,
    ProjectIndexPage,
    ProjectPage,
    PodcastPage,
    EpisodePage,
    TrainingQuotePage,
    AppointmentPage,
    MembershipInterestPage,
]
