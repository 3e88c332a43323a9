from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SeoConfig(AppConfig):
    """What search engines, link previews and feed readers read: meta tags and JSON-LD
    (templatetags/seo_tags.py), sitemap.xml, robots.txt, the timelines' Atom feed, and the one
    place absolute URLs are made (addresses.py)."""

    name = "mist_site.seo"
    label = "seo"
    verbose_name = _("Search engines and feeds")
