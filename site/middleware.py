"""Security middleware of the whole site (wired in the "Security" section of settings/base.py).

- MistCSPMiddleware: django-csp's middleware, with a second, looser policy for the Wagtail
  admin (its editor still needs inline scripts and styles, and frames its own previews).
- SecurityHeadersMiddleware: the headers Django does not set itself (Permissions-Policy), and
  "private, no-store" + noindex on every private address (members' area, accounts, admin), as
  a safety net under the views' own decorators.
- AdminLoginRedirectMiddleware: Wagtail's own login form has no rate limit and no second
  factor; its address is sent to allauth's login, which has both.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode

ADMIN_PREFIX = "/admin/"


def is_admin_path(path):
    return path.startswith(ADMIN_PREFIX)


def is_private_request(request):
    """Members' area, accounts (allauth, MFA) and the admin: never cached, never indexed."""
    if is_admin_path(request.path_info):
        return True
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    namespaces = set(match.namespaces)
    if "members_area" in namespaces:
        return True
    # allauth's URLs are not namespaced: recognise them by their module.
    module = getattr(match.func, "__module__", "") or ""
    return module.startswith("allauth.")


class MistCSPMiddleware(CSPMiddleware):
    """Public policy from CONTENT_SECURITY_POLICY; the admin gets MIST_ADMIN_CSP_DIRECTIVES."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and is_admin_path(request.path_info):
            parts.config = settings.MIST_ADMIN_CSP_DIRECTIVES
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
        if is_private_request(request):
            if response.has_header("Cache-Control"):
                patch_cache_control(response, private=True, no_store=True)
            else:
                response["Cache-Control"] = "private, no-store"
            response.headers.setdefault("X-Robots-Tag", "noindex, nofollow")
        return response


class AdminLoginRedirectMiddleware:
    """/admin/login/ → allauth's login page (rate limits, second factor), keeping ?next=."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == reverse("wagtailadmin_login"):
            next_url = request.GET.get(REDIRECT_FIELD_NAME) or reverse("wagtailadmin_home")
            target = reverse(settings.WAGTAILADMIN_LOGIN_URL)
            return HttpResponseRedirect(f"{target}?{urlencode({REDIRECT_FIELD_NAME: next_url})}")
        return self.get_response(request)
