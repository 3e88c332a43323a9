"""What search engines and link previews read in <head>: description, canonical URL,
OpenGraph and Twitter cards, feeds, JSON-LD. Every URL is absolute and on the requested host
(mist_site/seo/addresses.py)."""

import json
from dataclasses import dataclass, field

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_lazy
from mist_site.seo.addresses import absolute_url, page_url

register = template.Library()

SITE_NAME = "Mist"
DEFAULT_DESCRIPTION = gettext_lazy(
    "Mist is a Paris association of women who survived trafficking for sexual exploitation. "
    "We support victims, train professionals and speak to public authorities."
)
OG_LOCALES = {"fr": "fr_FR", "en": "en_GB"}
DEFAULT_IMAGE = "img/social-default.png"
IMAGE_WIDTH, IMAGE_HEIGHT = 1200, 630
# Search engines cut snippets at about 160 characters: longer descriptions end at a word.
DESCRIPTION_LENGTH = 160


@dataclass
class SocialImage:
    url: str
    width: int
    height: int
    alt: str = ""


@dataclass
class PageMetadata:
    title: str
    description: str
    canonical_url: str
    og_type: str
    og_locale: str
    og_locale_alternates: list
    image: SocialImage
    feeds: list = field(default_factory=list)
    structured_data: list = field(default_factory=list)


@register.simple_tag(takes_context=True)
def page_metadata(context):
    request = context["request"]
    page = context.get("page")
    language = translation.get_language() or settings.LANGUAGE_CODE
    if page is not None and getattr(page, "pk", None):
        page = getattr(page, "specific", page)
        title = page.seo_title or page.title
        description = _page_description(page)
        canonical = page_url(page, request) or absolute_url(request.path, request)
        og_type = "website" if page.depth <= 2 else "article"
        other_languages = list(
            page.get_translations().live().values_list("locale__language_code", flat=True)
        )
    else:
        page = None
        title = context.get("meta_title") or SITE_NAME
        description = context.get("meta_description") or ""
        canonical = absolute_url(request.path, request)
        og_type = "website"
        other_languages = [code for code, _name in settings.LANGUAGES if code != language]
    return PageMetadata(
        title=str(title),
        description=meta_description(description or DEFAULT_DESCRIPTION),
        canonical_url=canonical,
        og_type=og_type,
        og_locale=OG_LOCALES.get(language, language),
        og_locale_alternates=[OG_LOCALES.get(code, code) for code in other_languages],
        image=_social_image(request, page),
        feeds=_feeds(request, page),
        structured_data=_structured_data(request, page),
    )


def meta_description(text, limit=DESCRIPTION_LENGTH):
    """One line of at most `limit` characters, cut at a word boundary (ending with "…")."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.–—-") + "…"


def _page_description(page):
    describe = getattr(page, "get_meta_description", None)
    if callable(describe):
        return describe()
    return page.search_description


def _social_image(request, page):
    """The page's own image when its type offers one (`get_social_image()` returning a Wagtail
    image), cropped to the 1200×630 that previews expect; else the site's default image."""
    get_image = getattr(page, "get_social_image", None)
    image = get_image() if callable(get_image) else None
    if image is not None:
        rendition = image.get_rendition(f"fill-{IMAGE_WIDTH}x{IMAGE_HEIGHT}")
        return SocialImage(
            absolute_url(rendition.url, request),
            rendition.width,
            rendition.height,
            getattr(image, "default_alt_text", "") or "",
        )
    return SocialImage(absolute_url(static(DEFAULT_IMAGE), request), IMAGE_WIDTH, IMAGE_HEIGHT)


def _feeds(request, page):
    """Feeds announced in <head>: the advocacy timeline's, on timeline pages only."""
    from home.models import TimelinePage

    if not isinstance(page, TimelinePage):
        return []
    return [
        {
            "title": gettext("Mist — advocacy timeline"),
            "url": absolute_url(reverse("timeline_feed"), request),
            "type": "application/atom+xml",
        }
    ]


def _structured_data(request, page):
    from home.models import HomePage

    data = []
    if isinstance(page, HomePage):
        data.append(organization(request, page))
    describe = getattr(page, "get_structured_data", None)
    if callable(describe):
        extra = describe(request)
        if isinstance(extra, dict):
            data.append(extra)
        elif extra:
            data.extend(item for item in extra if item)
    return [json_ld(item) for item in data]


def organization(request, home):
    """schema.org Organization for the home page (facts from the association's bylaws)."""
    from home.models import SiteSettings

    site_settings = SiteSettings.load(request_or_site=request)
    same_as = [
        url
        for url in (
            site_settings.instagram_url,
            site_settings.youtube_url,
            site_settings.tiktok_url,
        )
        if url
    ]
    return {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": SITE_NAME,
        "alternateName": (
            "Mission d'intervention et de sensibilisation contre la traite des êtres humains"
        ),
        "url": page_url(home, request),
        "logo": absolute_url(static("img/logo.svg"), request),
        "description": str(home.get_meta_description() or DEFAULT_DESCRIPTION),
        "email": site_settings.contact_email,
        "foundingDate": "2020-01",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Paris",
            "addressCountry": "FR",
        },
        "areaServed": {"@type": "Country", "name": "France"},
        "sameAs": same_as,
    }


# The characters that could end the <script> element or open a comment, as JSON escapes:
# the JSON stays equal once parsed, the HTML parser never sees "</script>" or "<!--".
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.filter
def absolute(location, request):
    """{{ url|absolute:request }}: the one way templates make an absolute URL."""
    return absolute_url(location, request)
