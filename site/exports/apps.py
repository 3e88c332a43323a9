from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExportsConfig(AppConfig):
    name = "mist_site.exports"
    label = "mist_exports"
    verbose_name = _("Exports")
