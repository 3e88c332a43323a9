"""Finding the page for an address without walking the tree on every request.

Wagtail finds a page one level at a time: the site, the locale, the localized home, one query
per level, the specific page, then its ancestors and their view restrictions — about nine
queries before a project page has read a line of its own content. The answer only changes
when content is published, moved or restricted, so it is remembered per content generation
(see home/cache.py), which every such change bumps: after that, a page costs one query to
load. A remembered answer is checked against the page it names (still live, still at that
address) and forgotten when it no longer holds."""

import hashlib

from django.apps import apps
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.views import serve_chain
from wagtail.wagtail_hooks import check_view_restrictions

from home.cache import content_generation, on_snippet_saved, page_cache, purge_pages_showing

ROUTE_SECONDS = 24 * 3600  # the generation changes far more often; this only bounds memory
NO_SITE = "no-site"


def site_for_request(request):
    """Wagtail's Site.find_for_request, remembered per host and content generation."""
    if not hasattr(request, "_wagtail_site"):
        # get_host() checks ALLOWED_HOSTS: no stranger's Host header gets a cache entry.
        hostname = split_domain_port(request.get_host())[0]
        key = f"mist:site:{content_generation()}:{hostname}:{request.get_port()}"
        site = page_cache.get(key)
        if site is None:
            site = (
                Site.objects.select_related("root_page")
                .filter(pk=getattr(Site._find_for_request(request), "pk", None))
                .first()
            )
            page_cache.set(key, site or NO_SITE, ROUTE_SECONDS)
        request._wagtail_site = None if site == NO_SITE else site
    return request._wagtail_site


class RememberedSiteMiddleware:
    """Every view (search, feeds, 404 pages) finds its Wagtail site without a query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site_for_request(request)
        return self.get_response(request)


def route_for_request(request, path):
    """(page, args, kwargs) for `path` under the active language's home, or None."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    site = site_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    key = route_key(site, path)
    remembered = page_cache.get(key)
    if remembered is not None:
        result = follow(request, site, components, *remembered)
        if result is not None:
            request._wagtail_route_for_request = result
            return result
    result = Page.route_for_request(request, path)  # Wagtail's own walk through the tree
    if result is not None:
        page = result[0]
        restricted = page.get_view_restrictions().exists()
        page_cache.set(key, (page._meta.label, page.pk, restricted), ROUTE_SECONDS)
        request.mist_route_restricted = restricted
    return result


def route_key(site, path):
    digest = hashlib.sha256(path.encode()).hexdigest()
    language = translation.get_language()
    return f"mist:route:{content_generation()}:{site.pk}:{language}:{digest}"


def follow(request, site, components, label, page_pk, restricted):
    """Load the remembered page and let it route what is left of the address (a podcast's
    feed/). None when the memory is stale: the page is gone or no longer at this address."""
    try:
        page = apps.get_model(label).objects.get(pk=page_pk)
    except (LookupError, Page.DoesNotExist):
        return None
    depth = page.depth - site.root_page.depth  # levels of the address the tree consumed
    if not 0 <= depth <= len(components):
        return None
    consumed = components[:depth]
    if not page.url_path.endswith("/".join(["", *consumed, ""])):
        return None
    try:
        result = page.route(request, components[depth:])
    except Http404:
        return None
    request.mist_route_restricted = restricted
    return result


def serve(request, path):
    """wagtail.views.serve with the remembered route; Wagtail's view-restriction check is
    skipped only for pages the route knows to have no restriction (any change to a
    restriction bumps the content generation, so that knowledge is never stale)."""
    route = route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route
    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        if fn is check_view_restrictions and not getattr(request, "mist_route_restricted", True):
            continue
        on_serve_chain = fn(on_serve_chain)

    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result

    return on_serve_chain(page, request, args, kwargs)


def on_restriction_changed(sender, instance, **kwargs):
    """A page made private (or public) changes what may be served and cached below it."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_pages_showing(page, subtree=True)


def connect_signals():
    from django.db.models.signals import post_delete, post_save

    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"mist-restriction-{signal}",
        )
        # A site's host or root page changes every route: start a new generation.
        signal.connect(on_snippet_saved, sender=Site, dispatch_uid=f"mist-site-{signal}")
