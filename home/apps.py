from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Public site")

    def ready(self):
        use_numeric_dates_in_translation_editor()


def use_numeric_dates_in_translation_editor():
    """wagtail-localize writes its dates ("Translated manually on …", "last published") with
    strftime("%-d %B %Y"), whose month names are always English: a numeric date reads the
    same for French and English editors (issue 18)."""
    import wagtail_localize.models
    import wagtail_localize.views.edit_translation

    wagtail_localize.models.DATE_FORMAT = "%d/%m/%Y"
    wagtail_localize.views.edit_translation.DATE_FORMAT = "%d/%m/%Y"
