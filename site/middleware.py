"""Security middleware of the whole site (wired in the "Security" section of settings/base.py).

- MistCSPMiddleware: django-csp's middleware, with a second, looser policy for the Wagtail
  admin (its editor still needs inline scripts and styles, and frames its own previews).
- SecurityHeadersMiddleware: the header Django does not set itself (Permissions-Policy), and
  noindex on the admin. (Cache-Control of private pages: mist_site.caching.headers;
  members' and account pages: members_area.privacy.PrivatePagesMiddleware.)
- AdminLoginRedirectMiddleware: Wagtail's own login forms (the admin's and `_util/login/` for
  private pages) are plain Django LoginViews, with no rate limit and no second factor; both
  addresses are sent to allauth's login, which has both, whatever the method.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.shortcuts import resolve_url
from django.urls import reverse
from django.utils.http import urlencode

ADMIN_PREFIX = "/admin/"


def is_admin_path(path):
    return path.startswith(ADMIN_PREFIX)


class MistCSPMiddleware(CSPMiddleware):
    """Public policy from CONTENT_SECURITY_POLICY; the admin gets MIST_ADMIN_CSP_DIRECTIVES."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.MIST_ADMIN_CSP_DIRECTIVES
        if getattr(request, "is_preview", False):
            # Wagtail renders a preview through the public page's middleware (a dummy request
            # for the page's address): only that response may be framed, by the admin's
            # preview panel (same origin); Wagtail's preview view sets X-Frame-Options.
            parts.replace = {**(parts.replace or {}), "frame-ancestors": ["'self'"]}
        return parts


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.permissions_policy = ", ".join(
            f"{feature}=()" for feature in settings.MIST_PERMISSIONS_POLICY_DENIED
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if is_admin_path(request.path_info):
            response.headers.setdefault("X-Robots-Tag", "noindex, nofollow")
        return response


class AdminLoginRedirectMiddleware:
    """Wagtail's login views → allauth's login page (rate limits, second factor), keeping ?next=.

    Matched on the resolved view's name, so every language prefix and every method (a POST
    with a password included) is sent away before Wagtail's view runs."""

    WAGTAIL_LOGIN_URL_NAMES = {"wagtailadmin_login", "wagtailcore_login"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.url_name not in self.WAGTAIL_LOGIN_URL_NAMES:
            return None
        default = "wagtailadmin_home" if match.url_name == "wagtailadmin_login" else "/"
        next_url = request.GET.get(REDIRECT_FIELD_NAME) or resolve_url(default)
        target = reverse(settings.WAGTAILADMIN_LOGIN_URL)
        return HttpResponseRedirect(f"{target}?{urlencode({REDIRECT_FIELD_NAME: next_url})}")
