"""The one-time invitation link: a newcomer chooses her password and is logged in; a person
who already has an account (a member coming back) logs in as usual, then accepts."""

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from members_area.accounts import (
    accept_invitation,
    account_for_address,
    rejoin,
    unique_username,
)
from members_area.forms import AcceptInvitationForm
from members_area.models import Invitation


def accept(request, token):
    invitation = Invitation.from_token(token)
    if invitation is None:
        return render(request, "members_area/invitation_invalid.html", {"page": None}, status=410)
    account = account_for_address(invitation.email)
    if account is not None:
        return accept_with_account(request, invitation, account)
    form = AcceptInvitationForm(
        request.POST or None,
        invitation=invitation,
        initial={"username": unique_username(invitation.first_name, invitation.last_name)},
    )
    if request.method == "POST" and form.is_valid():
        try:
            user = accept_invitation(
                invitation, form.cleaned_data["username"], form.cleaned_data["password1"]
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome! Your account is ready."))
            return redirect("members_area:home")
    return render(
        request,
        "members_area/invitation_accept.html",
        {"page": None, "form": form, "invitation": invitation},
    )


def accept_with_account(request, invitation, account):
    """The link never opens an existing account: only its owner, logged in through the usual
    door (password, and the second factor where her role needs it), may accept."""
    context = {"page": None, "invitation": invitation, "error": None}
    if request.user.is_authenticated and request.user.pk == account.pk:
        if request.method == "POST":
            try:
                rejoin(invitation, account)
            except ValidationError as error:
                context["error"] = error.messages[0]
            else:
                messages.success(request, _("Welcome back!"))
                return redirect("members_area:home")
        return render(request, "members_area/invitation_rejoin.html", context)
    context["signed_in_as_someone_else"] = request.user.is_authenticated
    return render(request, "members_area/invitation_log_in_first.html", context)
