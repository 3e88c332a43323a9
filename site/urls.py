from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from mist_site.search import views as search_views
from mist_site.seo import views as seo_views
from mist_site.seo.feeds import TimelineFeed
from mist_site.seo.sitemaps import sitemap
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from members_area.accounts import no_address_management

# Outside the language prefixes: admin, documents, media, robots, audio files.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", seo_views.robots_txt, name="robots_txt"),
    path("", include("podcasts.urls")),
]

urlpatterns += i18n_patterns(
    path(_("members/"), include("members_area.urls")),
    # Members do not manage e-mail addresses: theirs is the one the invitation went to (an
    # address typed by a member could otherwise name someone else). Before allauth's own page.
    path(format_lazy("{}email/", _("account/")), no_address_management, name="account_email"),
    path(_("account/"), include("allauth.urls")),
    path(_("search/"), search_views.search, name="search"),
    path(_("advocacy/feed/"), TimelineFeed(), name="timeline_feed"),
    # Wagtail's page tree last: it answers every other address.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

if settings.DEBUG or settings.SERVE_MEDIA:
    # Public media (image renditions, documents' files are served by Wagtail's own view). In
    # production behind Varnish the app serves them once and the cache keeps them; with
    # SERVE_MEDIA off, the TLS proxy serves MEDIA_ROOT itself (see README).
    from django.views.static import serve

    urlpatterns = [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    ] + urlpatterns

handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
# Oversized or unreadable bodies: the site's 400 page with its layout.
handler400 = "home.views.bad_request"
