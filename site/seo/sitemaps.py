"""sitemap.xml: every live public page of every language, each with its hreflang alternates
(the same page in the other languages, and x-default → the French source page)."""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from .addresses import page_url

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


class TranslatedPagesSitemap(Sitemap):
    """Wagtail's page sitemap covers one site root, i.e. the French tree only; this one covers
    the site root and its translations, and says which pages translate which."""

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Q(pk__in=[])
        for home in root.get_translations(inclusive=True).only("path", "depth"):
            trees |= Page.objects.descendant_of_q(home, inclusive=True)
        return (
            Page.objects.filter(trees)
            .live()
            .public()
            .select_related("locale")
            .defer_streamfields()
            .order_by("path")
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        # Alternates may sit on another sitemap page: look them up among all items.
        everything = pages if self.paginator.num_pages == 1 else list(self.items())
        # Same host as the canonical links of the pages themselves (the requested one).
        locations = {item.pk: page_url(item, self.request) for item in everything}
        groups = defaultdict(dict)  # translation_key → {language code: location}
        for item in everything:
            groups[item.translation_key][item.locale.language_code] = locations[item.pk]

        urls = []
        for item in pages:
            urls.append(
                {
                    "item": item,
                    "location": locations[item.pk],
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates(groups[item.translation_key]),
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def alternates(by_language):
    """hreflang alternates of one page; only worth listing when a translation exists."""
    if len(by_language) < 2:
        return []
    links = [
        {"lang_code": code, "location": by_language[code]}
        for code, _name in settings.LANGUAGES
        if code in by_language
    ]
    if DEFAULT_LANGUAGE in by_language:
        links.append({"lang_code": "x-default", "location": by_language[DEFAULT_LANGUAGE]})
    return links


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": TranslatedPagesSitemap})
