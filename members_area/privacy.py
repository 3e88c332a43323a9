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


# Requests a page sends by itself (the admin editor's "who else is editing" ping): they are no
# sign that someone is at the keyboard, so they neither count as activity nor end a session.
AUTOMATIC_URL_NAMES = {"ping"}


def idle_limit_for(user):
    """Seconds without a request before the session ends. Staff (admin users and the roles that
    must use a second factor) hold the most sensitive data: never longer than members."""
    from members_area.two_factor import mfa_required_for

    members = getattr(settings, "MIST_MEMBERS_IDLE_SECONDS", 30 * 60)
    if mfa_required_for(user):
        return min(members, getattr(settings, "MIST_STAFF_IDLE_SECONDS", members))
    return members


class IdleLogoutMiddleware:
    """Logs anyone out after her idle limit (idle_limit_for) without a request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not is_automatic(request):
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_KEY)
            if last_seen is not None and now - last_seen > idle_limit_for(user):
                logout(request)
            elif last_seen is None or now - last_seen > 60:
                # Written at most once a minute, so browsing does not write the session each time.
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)


def is_automatic(request):
    from django.urls import Resolver404, resolve

    if not request.path_info.startswith("/admin/"):
        return False
    try:
        return resolve(request.path_info).url_name in AUTOMATIC_URL_NAMES
    except Resolver404:
        return False
