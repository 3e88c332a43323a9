from projects.models.pages import (
    ProjectFunder,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectTheme,
)
from projects.models.querysets import ProjectPageQuerySet
from projects.models.snippets import Organisation, Theme

__all__ = [
    "Organisation",
    "ProjectFunder",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectPageQuerySet",
    "ProjectPartner",
    "ProjectTheme",
    "Theme",
]
