"""A URL that fails on purpose, for the logging test (mounted with @pytest.mark.urls)."""

from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from mist_site.urls import handler404, handler500  # noqa: F401
from mist_site.urls import urlpatterns as site_urlpatterns


@csrf_exempt
def explode(request):
    raise RuntimeError("the handler failed")


urlpatterns = [path("explode/", explode), *site_urlpatterns]
