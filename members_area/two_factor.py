"""Two-step verification (allauth MFA: TOTP app + recovery codes) required where it matters.

The salaried team, the board, the direction and everyone who may open the Wagtail admin see
members' personal data. Before any page of the members' area or of the admin, *this session*
must have passed the second factor (allauth's authentication records say which methods the
session used): without an authenticator app they are sent to the set-up page, with one they
are asked for its code. So a session opened by any other door (a password alone, a reset, an
invitation) reaches nothing private. Members may turn it on if they wish; it is not forced on
them. allauth asks for the code at every login.
"""

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.core import context
from allauth.mfa.totp import forms as allauth_totp_forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _

from .roles import Role, has_any_role

# Roles that must use a second factor (the bylaws' governing and paid roles).
MFA_REQUIRED_ROLES = {Role.SALARIED_TEAM, Role.BOARD, Role.DIRECTION}
# Pages a person without a second factor may still reach inside the guarded areas.
OPEN_URL_NAMES = {"wagtailadmin_login", "wagtailadmin_logout"}
# Where the person was going when she was sent to set up the app (the recovery codes page
# offers the way back, since allauth's set-up view forgets ?next=).
NEXT_AFTER_SET_UP_KEY = "mist_next_after_mfa_set_up"


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


def session_passed_second_factor(request):
    """allauth records each method used in this session (for this user): "mfa" is the code."""
    return any(
        record.get("method") == "mfa"
        for record in get_authentication_records(request, request.user)
    )


class ActivateTOTPForm(allauth_totp_forms.ActivateTOTPForm):
    """allauth's set-up form (settings.MFA_FORMS). Setting up the app means typing a valid code
    from it: for this session, that is the second factor passed."""

    def clean_code(self):
        code = super().clean_code()
        record_authentication(context.request, self.user, "mfa", type="totp", activated=True)
        return code


def is_guarded(request):
    """The members' area and the Wagtail admin (the account pages stay open: set-up, logout)."""
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name in OPEN_URL_NAMES:
        return False
    if request.path_info.startswith("/admin/"):
        return True
    return match is not None and "members_area" in match.namespaces


def next_after_set_up(request):
    """The page to go back to once the app is set up (only an address of this site)."""
    url = request.session.get(NEXT_AFTER_SET_UP_KEY)
    if url and url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return url
    return None


class MFARequiredMiddleware:
    """Sends the people who must use a second factor to the set-up page until they have one,
    and to the code page until this session has passed it."""

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
        if session_passed_second_factor(request):
            return None
        query = urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})
        if has_authenticator_app(user):
            # A session opened without the code (by any door): allauth asks for it now.
            return HttpResponseRedirect(f"{reverse('mfa_reauthenticate')}?{query}")
        messages.warning(
            request,
            _(
                "Your role gives access to private information. "
                "Please set up two-step verification to continue."
            ),
        )
        request.session[NEXT_AFTER_SET_UP_KEY] = request.get_full_path()
        return HttpResponseRedirect(f"{reverse('mfa_activate_totp')}?{query}")
