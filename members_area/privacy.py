"""Members' pages are private: never cached by anyone but the browser's memory, never indexed,
and a member's session ends after a spell of inactivity."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.utils.cache import patch_cache_control

LAST_SEEN_KEY = "mist_last_seen"


def mark_private(response):
    patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def is_private_view(request):
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    if "members_area" in match.namespaces:
        return True
    return (match.func.__module__ or "").startswith("allauth")


class PrivatePagesMiddleware:
    """Adds the private headers to every members' page and every account page (allauth),
    whatever the view returned: the page itself, a redirect to login, a 403 or a 404."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_private_view(request):
            mark_private(response)
        return response


class IdleLogoutMiddleware:
    """Logs a member out after MIST_MEMBERS_IDLE_SECONDS without a request.

    Staff editing in the Wagtail admin (is_staff) keep the ordinary session length."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not user.is_staff:
            idle_limit = getattr(settings, "MIST_MEMBERS_IDLE_SECONDS", 30 * 60)
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_KEY)
            if last_seen is not None and now - last_seen > idle_limit:
                logout(request)
            elif last_seen is None or now - last_seen > 60:
                # Written at most once a minute, so browsing does not write the session each time.
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)
