"""The site search page: a plain GET form, no session, no cookie, never indexed."""

from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from mist_site.search.engine import search as run_search

from home import navigation


@require_GET
def search(request):
    outcome = run_search(
        navigation.current_home(request),
        request.GET.get("q", ""),
        kind=request.GET.get("kind") or None,
        page_number=request.GET.get("page") or 1,
        request=request,
    )
    response = render(request, "search/search.html", {"page": None, "search": outcome})
    # What someone searched for says a lot about her: no shared cache keeps it, no browser
    # stores it (issue 16), and no index lists it.
    patch_cache_control(response, private=True, no_store=True)
    response["X-Robots-Tag"] = "noindex"
    return response
