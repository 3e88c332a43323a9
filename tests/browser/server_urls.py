"""The site's URLs plus uploaded media, which production's web server would serve."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve
from mist_site import urls as site_urls

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urls.urlpatterns,
]

# The site's own error pages (handler400, handler404…), whichever it defines.
for _name in ("handler400", "handler403", "handler404", "handler500"):
    if hasattr(site_urls, _name):
        globals()[_name] = getattr(site_urls, _name)
