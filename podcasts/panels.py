from django.apps import apps
from wagtail.admin.panels import PageChooserPanel

PROJECT_PAGE = "projects.ProjectPage"


class ProjectChooserPanel(PageChooserPanel):
    """Chooses among project pages only. Until the projects app defines ProjectPage (it is
    built in parallel), any page may be chosen rather than the admin failing to start."""

    def __init__(self, field_name, **kwargs):
        kwargs.pop("page_type", None)
        super().__init__(field_name, **kwargs)

    def get_form_options(self):
        try:
            apps.get_model(PROJECT_PAGE)
            self.page_type = PROJECT_PAGE
        except LookupError:
            self.page_type = None
        return super().get_form_options()
