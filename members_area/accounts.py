"""Accounts: no public sign-up; invitations create accounts; login has a shared-phone box."""

import time

from allauth.account import app_settings as allauth_account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.auth_backends import AuthenticationBackend
from allauth.account.authentication import get_authentication_records
from allauth.account.forms import LoginForm
from allauth.account.models import EmailAddress
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.http import Http404
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from mist_site.seo.addresses import absolute_url

from members_area.models import MembershipPeriod


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request):
        # Members are invited by staff; nobody signs up on her own.
        return False

    def get_login_redirect_url(self, request):
        return reverse("members_area:home")

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth counts failed logins per typed identifier: the same account reached by its
        # username and by its e-mail must share one count. Unknown identifiers keep their own
        # key, so the answers do not tell whether an account exists.
        user = account_for_login(credentials.get("email") or credentials.get("username") or "")
        if user is not None:
            return f"account:{user.pk}"
        return super()._get_login_attempts_cache_key(request, **credentials)

    def is_reauthentication_required(self, *, app, **kwargs):
        """A password typed at login a moment ago is as fresh as one typed again: setting up
        the authenticator right after the first login does not ask for it a second time."""
        if not super().is_reauthentication_required(app=app, **kwargs):
            return False
        from allauth.core import context

        request = context.request
        if request is None or not request.user.is_authenticated:
            return True
        recent = time.time() - allauth_account_settings.REAUTHENTICATION_TIMEOUT
        return not any(
            record.get("method") == "password" and record.get("at", 0) > recent
            for record in get_authentication_records(request, request.user)
        )


def account_for_login(identifier):
    """The one account a login identifier (username, or an address that may log in) names."""
    identifier = identifier.strip()
    if not identifier:
        return None
    User = get_user_model()
    if "@" not in identifier:
        return User.objects.filter(username__iexact=identifier).first()
    users = User.objects.filter(
        Q(email__iexact=identifier)
        | Q(emailaddress__email__iexact=identifier, emailaddress__verified=True)
    ).distinct()
    return users.first() if len(users) == 1 else None


def address_may_log_in(user, email):
    """Only an address the association gave the account logs in: the account's own address
    (set by the invitation or by staff) or one verified by allauth, never an address a member
    typed in herself."""
    if user.email and user.email.lower() == email.lower():
        return True
    return EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()


class VerifiedAddressAuthenticationBackend(AuthenticationBackend):
    """allauth's backend, where an unverified e-mail address never logs in."""

    def _authenticate_by_email(self, email, password):
        user = super()._authenticate_by_email(email, password)
        if user is not None and not address_may_log_in(user, email):
            return None
        return user


class MemberLoginForm(LoginForm):
    """allauth's login form, with "shared phone" instead of "remember me".

    Ticked, the session ends when the browser closes; otherwise it ends after inactivity."""

    shared_phone = forms.BooleanField(
        label=_("I am using a shared or borrowed phone or computer"),
        help_text=_("You will be logged out as soon as you close the browser."),
        required=False,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields.pop("remember", None)

    def clean(self):
        cleaned = super().clean()
        # allauth reads "remember": keep the session past the browser closing or not.
        self.cleaned_data["remember"] = not self.cleaned_data.get("shared_phone")
        return cleaned


def no_address_management(request):
    """Stands in for allauth's address page: addresses are set by invitations and staff."""
    raise Http404


def unique_username(first_name, last_name):
    User = get_user_model()
    base = slugify(f"{first_name}-{last_name}")[:140] or "membre"
    candidate, n = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def invitation_link(invitation, request=None):
    """The one-time link, absolute, in French (the page offers English). Shown to an inviter in
    the admin: on the host she is using; in the e-mail (no request): the canonical address."""
    with translation.override("fr"):
        path = reverse("members_area:accept_invitation", args=[invitation.make_token()])
    return absolute_url(path, request)


def send_invitation(invitation, request=None):
    """E-mail the one-time link on the site's canonical address, whoever sends it (the
    invitation row is saved before the mail leaves)."""
    context = {
        "invitation": invitation,
        "link": invitation_link(invitation),
        "expires_at": invitation.expires_at,
    }
    subject = render_to_string("members_area/email/invitation_subject.txt", context).strip()
    body = render_to_string("members_area/email/invitation_message.txt", context)
    send_mail(subject, body, None, [invitation.email])


def account_for_address(email):
    """The account that owns this address (as its e-mail or any allauth address), if any."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
        user = address.user if address else None
    return user


def check_not_excluded(user):
    if user.pk and MembershipPeriod.objects.filter(user_id=user.pk).excluded().exists():
        raise ValidationError(_("This invitation can no longer be used."))


@transaction.atomic
def accept_invitation(invitation, username, password):
    """Create the account of a newcomer. An address that already has an account is never
    given a new password here: its owner accepts with `rejoin` after logging in."""
    User = get_user_model()
    if account_for_address(invitation.email) is not None:
        raise ValidationError(
            _("This address already has an account: log in first, then open the link again.")
        )
    user = User(username=username, email=invitation.email)
    user.first_name = invitation.first_name
    user.last_name = invitation.last_name
    user.set_password(password)
    user.save()
    EmailAddress.objects.create(user=user, email=invitation.email, verified=True, primary=True)
    return _grant(invitation, user)


@transaction.atomic
def rejoin(invitation, user):
    """A person with an account (a member coming back), logged in as herself, accepts: she gets
    the role and a new membership period; her password and second factor stay as they are."""
    check_not_excluded(user)
    user.first_name = invitation.first_name
    user.last_name = invitation.last_name
    user.save(update_fields=["first_name", "last_name"])
    return _grant(invitation, user)


def _grant(invitation, user):
    user.groups.add(Group.objects.get_or_create(name=invitation.role)[0])
    if MembershipPeriod.objects.current_for(user) is None:
        MembershipPeriod.start(user)
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])
    return user
