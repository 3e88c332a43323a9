"""/healthz for the load balancer and monitoring: can this server reach its database and cache?

Answered by a middleware placed first, before sessions, language, CSRF and the page caches: the
answer sets no cookie, holds no page content, is never cached, and does not depend on the Host
header (a probe may use the server's address)."""

import logging

from django.core.cache import caches
from django.db import connections
from django.http import HttpResponse

HEALTH_PATH = "/healthz"
logger = logging.getLogger(__name__)


def database_reachable():
    try:
        with connections["default"].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        # A broken connection stays broken in this thread until closed: drop it, so the next
        # request opens a new one (CONN_HEALTH_CHECKS does the same for pages).
        connections["default"].close_if_unusable_or_obsolete()
        return False


def cache_reachable():
    cache = caches["default"]  # the one rate limits count on (Redis in production)
    try:
        if hasattr(cache, "client"):  # Redis: ask it, not the local fallback (operations.cache)
            return bool(cache.client.get_client(write=True).ping())
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:
        return False


def health_response():
    failed = [
        name
        for name, reachable in (("database", database_reachable), ("cache", cache_reachable))
        if not reachable()
    ]
    if failed:
        logger.warning("Health check failed: %s unreachable", ", ".join(failed))
    body = "ok" if not failed else "unavailable: " + ", ".join(failed)
    response = HttpResponse(body, status=503 if failed else 200, content_type="text/plain")
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health_response()
        return self.get_response(request)
