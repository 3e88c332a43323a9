"""Two-step verification (allauth MFA: TOTP app + recovery codes) required where it matters.

The salaried team, the board, the direction and everyone who may open the Wagtail admin see
members' personal data: without an activated authenticator app they are sent to the set-up
page before any page of the members' area or of the admin. Members may turn it on if they
wish; it is not forced on them. allauth then asks for the code at every login.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .roles import Role, has_any_role

# Roles that must use a second factor (the bylaws' governing and paid roles).
MFA_REQUIRED_ROLES = {Role.SALARIED_TEAM, Role.BOARD, Role.DIRECTION}
# Pages a person without a second factor may still reach inside the guarded areas.
OPEN_URL_NAMES = {"wagtailadmin_login", "wagtailadmin_logout"}


def can_access_admin(user):
    return user.is_staff or user.has_perm("wagtailadmin.access_admin")


def mfa_required_for(user):
    """True when this person must have a second factor before seeing private pages."""
    if not getattr(user, "is_authenticated", False):
        return False
    return has_any_role(user, MFA_REQUIRED_ROLES) or can_access_admin(user)


def has_authenticator_app(user):
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def is_guarded(request):
    """The members' area and the Wagtail admin (the account pages stay open: set-up, logout)."""
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name in OPEN_URL_NAMES:
        return False
    if request.path_info.startswith("/admin/"):
        return True
    return match is not None and "members_area" in match.namespaces


class MFARequiredMiddleware:
    """Sends the people who must use a second factor to the set-up page until they have one."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(settings, "MIST_MFA_REQUIRED", True):
            return None
        user = request.user
        if not (is_guarded(request) and mfa_required_for(user)):
            return None
        if has_authenticator_app(user):
            return None
        messages.warning(
            request,
            _(
                "Your role gives access to private information. "
                "Please set up two-step verification to continue."
            ),
        )
        query = urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})
        return HttpResponseRedirect(f"{reverse('mfa_activate_totp')}?{query}")
