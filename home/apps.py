from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Public site")
    # Order in which `load_demo` builds each app's demo content (see home/demo/loader.py).
    demo_order = 0
