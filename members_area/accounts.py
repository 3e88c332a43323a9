"""Accounts: no public sign-up; invitations create accounts; login has a shared-phone box."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import LoginForm
from allauth.account.models import EmailAddress
from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
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


def unique_username(first_name, last_name):
    User = get_user_model()
    base = slugify(f"{first_name}-{last_name}")[:140] or "membre"
    candidate, n = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def send_invitation(invitation, request):
    """E-mail the one-time link (the invitation row is saved before the mail leaves)."""
    with translation.override("fr"):
        path = reverse("members_area:accept_invitation", args=[invitation.make_token()])
    context = {
        "invitation": invitation,
        "link": absolute_url(path),  # the site's canonical address, whoever sends it
        "expires_at": invitation.expires_at,
    }
    subject = render_to_string("members_area/email/invitation_subject.txt", context).strip()
    body = render_to_string("members_area/email/invitation_message.txt", context)
    send_mail(subject, body, None, [invitation.email])


@transaction.atomic
def accept_invitation(invitation, username, password):
    """Create (or, for a returning member, reopen) the account and start a membership period."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=invitation.email).first()
    if user is None:
        user = User(username=username, email=invitation.email)
    if MembershipPeriod.objects.filter(user_id=user.pk).excluded().exists():
        raise ValidationError(_("This invitation can no longer be used."))
    user.first_name = invitation.first_name
    user.last_name = invitation.last_name
    user.is_active = True
    user.set_password(password)
    user.save()
    user.groups.add(Group.objects.get_or_create(name=invitation.role)[0])
    EmailAddress.objects.update_or_create(
        user=user,
        email__iexact=invitation.email,
        defaults={"email": invitation.email, "verified": True, "primary": True},
    )
    if MembershipPeriod.objects.current_for(user) is None:
        MembershipPeriod.start(user)
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])
    return user
