from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersCalendarConfig(AppConfig):
    name = "members_area.calendar"
    label = "members_calendar"
    verbose_name = _("Talk-group calendar")
