"""Invitations in the Wagtail admin: invite at the roles the bylaws let the inviter grant, see
the one-time link once (with a copy button), send again (a new link; the old one stops
working). The secret inside the link is never shown: not in the listing, not on inspect."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from mist_site.exports.admin import LocalTimeColumn, LocalTimeInspectMixin
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import MenuItem

from members_area.accounts import invitation_link, send_invitation
from members_area.models import Invitation
from members_area.models.invitations import invitation_max_age
from members_area.roles import may_invite_at, roles_invitable_by

# The link waits in the inviter's session until the next page shows it, once.
LINK_SESSION_KEY = "mist_invitation_links"


def remember_link(request, invitation):
    links = request.session.get(LINK_SESSION_KEY, {})
    links[str(invitation.pk)] = invitation_link(invitation, request)
    request.session[LINK_SESSION_KEY] = links
    return links[str(invitation.pk)]


def mail_after_commit(invitation):
    # The row is stored first; the mail leaves only once the transaction is committed.
    transaction.on_commit(lambda: send_invitation(invitation))


class InvitationForm(WagtailAdminModelForm):
    class Meta:
        model = Invitation
        fields = ["email", "first_name", "last_name", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = roles_invitable_by(self.for_user)
        self.fields["role"].choices = [(role.value, role.label) for role in allowed]
        if len(allowed) == 1:
            self.fields["role"].initial = allowed[0].value

    def clean_role(self):
        role = self.cleaned_data["role"]
        if not may_invite_at(self.for_user, role):
            raise forms.ValidationError(_("Your role may not invite someone at this role."))
        return role


class InvitationCreateView(generic.CreateView):
    template_name = "members_area/admin/invitation_create.html"
    page_title = gettext_lazy("Invite someone")
    submit_button_label = gettext_lazy("Invite and show the link")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["days"] = invitation_max_age().days
        return context

    def save_instance(self):
        invitation = self.form.save(commit=False)
        invitation.invited_by = self.request.user
        invitation.save()  # the model refuses a role the inviter may not grant
        remember_link(self.request, invitation)
        mail_after_commit(invitation)
        return invitation

    def get_success_message(self, instance):
        return _("Invitation sent to %(email)s.") % {"email": instance.email}

    def get_success_buttons(self):
        return []

    def get_success_url(self):
        return reverse("invitations:link", args=[self.object.pk])


class InvitationAdminView(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    permission_required = "add"
    model = Invitation
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        self.object = get_object_or_404(Invitation, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("invitations:index"), "label": Invitation._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title(), "sublabel": str(self.object)},
        ]


class InvitationLinkView(InvitationAdminView, TemplateView):
    """Shows the link right after it was made, once: the next visit finds it gone."""

    template_name = "members_area/admin/invitation_link.html"
    page_title = gettext_lazy("The invitation link")

    def get_context_data(self, **kwargs):
        links = self.request.session.get(LINK_SESSION_KEY, {})
        link = links.pop(str(self.object.pk), None)
        self.request.session[LINK_SESSION_KEY] = links
        context = super().get_context_data(**kwargs)
        context.update(
            invitation=self.object,
            link=link,
            days=invitation_max_age().days,
            resend_url=reverse("invitations:resend", args=[self.object.pk]),
        )
        return context


class InvitationResendView(InvitationAdminView, TemplateView):
    """A new link for the same person: a new secret, 5 more days; the old link stops working."""

    template_name = "members_area/admin/invitation_resend.html"
    page_title = gettext_lazy("Send the invitation again")

    def post(self, request, *args, **kwargs):
        invitation = self.object
        if not may_invite_at(request.user, invitation.role):
            raise PermissionDenied
        if invitation.accepted_at is not None:
            messages.error(request, _("This invitation was already accepted."))
            return redirect("invitations:index")
        with transaction.atomic():
            invitation.renew()
            remember_link(request, invitation)
            mail_after_commit(invitation)
        messages.success(
            request, _("A new link was sent to %(email)s.") % {"email": invitation.email}
        )
        return redirect("invitations:link", invitation.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(invitation=self.object, days=invitation_max_age().days)
        return context


class InvitationIndexView(generic.IndexView):
    @property
    def add_item_label(self):
        return _("Invite someone")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.accepted_at is None and may_invite_at(self.request.user, instance.role):
            buttons.append(
                MenuItem(
                    _("Send again"),
                    url=reverse("invitations:resend", args=[instance.pk]),
                    icon_name="mail",
                    priority=15,
                )
            )
        return buttons


class InvitationInspectView(LocalTimeInspectMixin, generic.InspectView):
    pass


class InvitationViewSet(ModelViewSet):
    model = Invitation
    icon = "mail"
    form_fields = ["email", "first_name", "last_name", "role"]
    list_display = [
        "email",
        "first_name",
        "last_name",
        "role",
        LocalTimeColumn("created_at", label=gettext_lazy("sent at")),
        LocalTimeColumn("accepted_at", label=gettext_lazy("accepted at")),
    ]
    add_view_class = InvitationCreateView
    index_view_class = InvitationIndexView
    inspect_view_class = InvitationInspectView
    copy_view_enabled = False
    inspect_view_enabled = True
    # Never the nonce: with it, a link could be rebuilt.
    inspect_view_fields = [
        "email",
        "first_name",
        "last_name",
        "role",
        "invited_by",
        "created_at",
        "accepted_at",
        "user",
    ]
    search_fields = ["email", "first_name", "last_name"]

    def get_form_class(self, for_update=False):
        return InvitationForm

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("link/<int:pk>/", InvitationLinkView.as_view(), name="link"),
            path("resend/<int:pk>/", InvitationResendView.as_view(), name="resend"),
        ]
