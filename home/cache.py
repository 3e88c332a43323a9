"""Caching of public pages: headers for the frontend cache (Varnish or a CDN), its purge when
pages change, and a generation counter that invalidates the app's own fragment caches.

Wagtail already purges a page's own URL when it is published or unpublished. What it does not
know is which other URLs show that page: its translation (same page, other language, whose
switcher and listings change too), its parent (a listing: project index, podcast show) and the
home pages (latest projects and episodes)."""

import hashlib
import logging
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.connection import ConnectionProxy

logger = logging.getLogger(__name__)

# The cache of what only speeds pages up (settings: CACHES["pages"]); its errors are ignored.
page_cache = ConnectionProxy(caches, "pages")
GENERATION_KEY = "mist:content-generation"
# Paths never stored by a shared cache (also kept out by deploy/varnish.vcl).
PRIVATE_PREFIXES = (
    "/admin/",
    "/documents/",
    "/fr/espace-membres/",
    "/en/members/",
    "/fr/compte/",
    "/en/account/",
)


# Within one request the generation is read from Redis once (routes, site, fragments and
# body all need it); a publication during the request forgets it.
_request_generation = ContextVar("mist_request_generation", default=None)


def content_generation():
    """A number that changes whenever published content changes; part of fragment keys."""
    memo = _request_generation.get()
    if memo:
        return memo[0]
    value = page_cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        page_cache.add(GENERATION_KEY, value, timeout=None)
    if memo is not None:
        memo.append(value)
    return value


class RequestGenerationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set([])
        try:
            return self.get_response(request)
        finally:
            _request_generation.reset(token)


def bump_content_generation():
    memo = _request_generation.get()
    if memo:
        memo.clear()
    try:
        bumped = page_cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (a new or emptied cache): start one
        bumped = page_cache.set(GENERATION_KEY, 2, timeout=None) is not False
    if bumped is None:  # Redis unreachable: its errors are ignored for pages, not here
        logger.error("Content generation not bumped: cached pages may be stale for a while")


def body_cache_key(request, page, context):
    """The key under which the body of `page` is kept for this request, or None when it must
    be rendered: previews and drafts, other methods than GET, addresses with a query string
    the page does not know (a page type opts in through `body_cache_variant`)."""
    if not settings.PAGE_BODY_CACHE or request is None or page is None:
        return None
    if request.method not in ("GET", "HEAD") or getattr(request, "is_preview", False):
        return None
    variant_for = getattr(page, "body_cache_variant", None)
    variant = variant_for(request, context) if variant_for else None
    if variant is None:
        return None
    digest = hashlib.sha256(f"{request.path}?{variant}".encode()).hexdigest()[:32]
    language = translation.get_language()
    return f"mist:body:{content_generation()}:{language}:{page.pk}:{digest}"


def pages_showing(page):
    """The pages whose HTML shows `page`: itself in every language, its parent listing in
    every language, and the home pages."""
    from wagtail.models import Page

    pages = list(page.get_translations(inclusive=True).live())
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        pages += list(parent.get_translations(inclusive=True).live())
    pages += list(Page.objects.live().filter(depth=2))
    unique = {p.pk: p for p in pages}
    return list(unique.values())


def purge_pages_showing(page, subtree=False):
    """Start a new content generation and purge every URL showing `page` (and, with
    `subtree`, every page below it: a view restriction applies to descendants too)."""
    bump_content_generation()
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(pages_showing(page))
    if subtree:
        batch.add_pages(page.get_descendants().live())
    try:
        batch.purge()
    except Exception:  # a cache that is down must never stop an editor from publishing
        logger.exception("Frontend cache purge failed")


def on_page_changed(sender, instance, **kwargs):
    purge_pages_showing(
        instance.specific_deferred if hasattr(instance, "specific_deferred") else instance
    )


def on_page_moved(sender, instance, **kwargs):
    purge_pages_showing(instance)


def on_snippet_saved(sender, instance, **kwargs):
    bump_content_generation()


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(on_page_changed, dispatch_uid="mist-purge-published")
    page_unpublished.connect(on_page_changed, dispatch_uid="mist-purge-unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="mist-purge-moved")
    from wagtail.snippets.models import get_snippet_models

    from home.models import SiteSettings
    from home.routing import connect_signals as connect_routing_signals

    connect_routing_signals()
    for model in [*get_snippet_models(), SiteSettings]:
        post_save.connect(on_snippet_saved, sender=model, dispatch_uid=f"mist-gen-{model._meta}")
        post_delete.connect(
            on_snippet_saved, sender=model, dispatch_uid=f"mist-gen-del-{model._meta}"
        )


class CacheHeadersMiddleware:
    """Every response says how it may be cached.

    Public pages for anonymous visitors, without cookies: shared caches may keep them
    (`s-maxage`, purged on publish), browsers revalidate quickly. Anything personal — a
    logged-in user, a response that sets a cookie (CSRF token of a form page), a private
    path — is `private, no-store`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control") and "private" in response["Cache-Control"]:
            return response
        if self.is_shareable(request, response):
            if not response.has_header("Cache-Control"):
                patch_cache_control(
                    response,
                    public=True,
                    max_age=settings.PUBLIC_PAGE_BROWSER_MAX_AGE,
                    s_maxage=settings.PUBLIC_PAGE_SHARED_MAX_AGE,
                )
        else:
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_store=True)
            patch_vary_headers(response, ("Cookie",))
        return response

    @staticmethod
    def is_shareable(request, response):
        user = getattr(request, "user", None)
        return (
            request.method in ("GET", "HEAD")
            and response.status_code in (200, 203, 301, 404, 410)
            and not response.cookies
            and not (user is not None and user.is_authenticated)
            and not request.path.startswith(PRIVATE_PREFIXES)
        )


class ResponseCacheMiddleware:
    """In the app, in Redis: whole public responses for anonymous visitors, keyed by address
    and content generation, so any publication invalidates them all at once.

    It spares the database and the templates for every app server behind the frontend cache
    (a cache miss in Varnish, a second server, a purge). Only what CacheHeadersMiddleware
    calls shareable is stored: no cookie, no session, no private path, GET or HEAD.
    Off unless RESPONSE_CACHE_SECONDS is set (production), so tests see fresh pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.RESPONSE_CACHE_SECONDS
        key = self.key_for(request) if seconds else None
        if key is None:
            return self.get_response(request)
        stored = page_cache.get(key)
        if stored is not None:
            return self.rebuild(stored)
        response = self.get_response(request)
        if (
            response.status_code == 200
            and not response.streaming
            and CacheHeadersMiddleware.is_shareable(request, response)
        ):
            page_cache.set(key, (response.content, list(response.items())), seconds)
        return response

    @staticmethod
    def key_for(request):
        if request.method not in ("GET", "HEAD") or request.path.startswith(PRIVATE_PREFIXES):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        if settings.CSRF_COOKIE_NAME in request.COOKIES:
            return None
        address = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        return f"mist:response:{content_generation()}:{digest}"

    @staticmethod
    def rebuild(stored):
        content, headers = stored
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        return response
