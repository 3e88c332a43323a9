"""robots.txt (sitemap.xml is in sitemaps.py)."""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .addresses import absolute_url


@require_GET
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    """Crawlers stay out of the admin, the members' area, accounts and search results (in each
    language, read from the same translated URL prefixes as site/urls.py)."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for prefix in (gettext("members/"), gettext("account/")):
                lines.append(f"Disallow: /{code}/{prefix}")
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {absolute_url(reverse('sitemap'), request)}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
