"""The one-time invitation link: the invitee chooses her password and is logged in."""

from django.contrib import messages
from django.contrib.auth import login
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from members_area.accounts import accept_invitation, unique_username
from members_area.forms import AcceptInvitationForm
from members_area.models import Invitation


def accept(request, token):
    invitation = Invitation.from_token(token)
    if invitation is None:
        return render(request, "members_area/invitation_invalid.html", {"page": None}, status=410)
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
