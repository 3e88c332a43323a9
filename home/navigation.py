"""Where the header menu, footer and language switcher get their pages from.

The switcher is built from `page.get_translations()`, never from `page.localized`, which
silently falls back to the French page when no translation exists."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

NO_HOME = "no-home"


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False when the link leads to the other home page instead


def language_links(request, page=None):
    current = translation.get_language()
    links = []
    translations = {}
    if page is not None and getattr(page, "pk", None):
        for other in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[other.locale.language_code] = other
    homes = None
    for code, name in settings.LANGUAGES:
        if page is None:
            url = translate_url(request.get_full_path(), code)
            links.append(LanguageLink(code, name, url, code == current, True))
            continue
        target = translations.get(code)
        if target is not None:
            links.append(LanguageLink(code, name, target.get_url(request), code == current, True))
            continue
        if homes is None:
            homes = home_pages()
        home = homes.get(code)
        url = home.get_url(request) if home else f"/{code}/"
        links.append(LanguageLink(code, name, url, code == current, False))
    return links


def home_pages():
    """The root page of each language, by language code."""
    from home.models import HomePage

    return {
        home.locale.language_code: home for home in HomePage.objects.live().select_related("locale")
    }


def current_home(request):
    """The live home page of the active language, remembered per content generation."""
    from mist_site.caching.generation import content_generation, page_cache

    from home.models import HomePage

    key = f"mist:home:{content_generation()}:{translation.get_language()}"
    home = page_cache.get_or_set(
        key,
        lambda: HomePage.objects.live().filter(locale=Locale.get_active()).first() or NO_HOME,
        24 * 3600,
    )
    return None if home == NO_HOME else home


def menu_pages(home):
    if home is None:
        return Page.objects.none()
    return home.get_children().live().in_menu().specific(defer=True)


def footer_pages(home):
    from home.models import ContentPage

    if home is None:
        return ContentPage.objects.none()
    return ContentPage.objects.child_of(home).live().filter(show_in_footer=True)
