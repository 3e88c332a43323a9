from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersAreaConfig(AppConfig):
    name = "members_area"
    verbose_name = _("Members area")
