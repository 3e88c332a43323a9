"""Wagtail admin for the members' area: invitations, documents and their versions, membership
periods, and the signature register (append-only: nobody may edit or delete a signature)."""

from django import forms
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from mist_site.exports.admin import (
    LocalTimeColumn,
    LocalTimeInspectMixin,
    ReaderSpreadsheetMixin,
)
from wagtail.admin.menu import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from members_area.admin_invitations import InvitationViewSet
from members_area.models import (
    DocumentVersion,
    MembershipPeriod,
    SignableDocument,
    Signature,
)
from members_area.roles import is_staff_role


class AppendOnlyPermissionPolicy(ModelPermissionPolicy):
    """Add and view as Django permissions say; change and delete for nobody, superusers included."""

    FORBIDDEN = {"change", "delete"}

    def user_has_permission(self, user, action):
        if action in self.FORBIDDEN:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if set(actions) <= self.FORBIDDEN:
            return self.model._default_manager.none()
        return super().instances_user_has_any_permission_for(user, actions)


class HelpTextsMixin:
    """Help for editors on the fields that are not obvious (issue 18), said in the admin form
    rather than in the models, so that the wording can change without a migration."""

    help_texts = {}

    def formfield_for_dbfield(self, db_field, **kwargs):
        if db_field.name in self.help_texts:
            kwargs["help_text"] = self.help_texts[db_field.name]
        return super().formfield_for_dbfield(db_field, **kwargs)


class SignableDocumentViewSet(HelpTextsMixin, ModelViewSet):
    model = SignableDocument
    help_texts = {
        "slug": _("The end of the document's address, e.g. “general-bylaws”. Never change it."),
        "title_fr": _("As members read it in French."),
        "title_en": _("As members read it in English."),
        "audience": _(
            "Who must read (and, if ticked below, sign) it: every member, active members "
            "only, or those who may read personal files (salaried team and direction)."
        ),
        "sort_order": _("Documents are listed from the lowest number to the highest."),
    }
    icon = "doc-full"
    form_fields = ["title_fr", "title_en", "slug", "audience", "requires_signature", "sort_order"]
    list_display = ["title_fr", "title_en", "audience", "requires_signature"]
    copy_view_enabled = False


class DocumentVersionViewSet(HelpTextsMixin, ModelViewSet):
    model = DocumentVersion
    help_texts = {
        "number": _("1 for the first version, then one more for each new version."),
        "effective_date": _("The day this version comes into force."),
        "status": _(
            "Published: members see it and are asked to sign it again. Once signed, its text "
            "can no longer change: to change it, copy it into a new version."
        ),
        "text_fr": _("Plain text; a blank line starts a new paragraph."),
        "text_en": _("The same text in English; a blank line starts a new paragraph."),
    }
    icon = "doc-full-inverse"
    form_fields = ["document", "number", "effective_date", "status", "text_fr", "text_en"]
    list_display = ["document", "number", "effective_date", "status"]
    list_filter = ["document", "status"]
    # "Copy" is how an editor starts the next version from the current text.
    copy_view_enabled = True
    inspect_view_enabled = True


class PaperSignatureForm(forms.ModelForm):
    class Meta:
        model = Signature
        fields = ["user", "version", "language", "signed_at"]
        help_texts = {
            "user": _("The member who signed the paper form."),
            "version": _("The version printed on the paper she signed."),
            "language": _("The language of the paper she signed."),
            "signed_at": _("When the person signed the paper form (Paris time)."),
        }


class PaperSignatureCreateView(generic.CreateView):
    """Recording a signature made on paper; the staff member who records it is named."""

    def save_instance(self):
        data = self.form.cleaned_data
        signature, _created = Signature.objects.record(
            user=data["user"],
            version=data["version"],
            language=data["language"],
            signed_at=data["signed_at"],
            method=Signature.Method.PAPER,
            recorded_by=self.request.user,
            recorded_by_name=self.request.user.get_full_name() or self.request.user.username,
        )
        return signature


class SignatureIndexView(ReaderSpreadsheetMixin, generic.IndexView):
    pass


class SignatureInspectView(LocalTimeInspectMixin, generic.InspectView):
    pass


class SignatureViewSet(ModelViewSet):
    model = Signature
    icon = "form"
    form_class = PaperSignatureForm
    add_view_class = PaperSignatureCreateView
    index_view_class = SignatureIndexView
    inspect_view_class = SignatureInspectView
    list_display = [
        "signer_name",
        "version",
        LocalTimeColumn("signed_at", label=_("signed at"), sort_key="signed_at"),
        "method",
        "language",
    ]
    list_export = [
        "signer_name",
        "typed_name",
        "version",
        "language",
        "signed_at",
        "method",
        "recorded_by_name",
        "chain_hash",
    ]
    export_filename = "mist-signatures"
    list_filter = ["method", "version__document", "language"]
    search_fields = ["signer_name", "chain_hash", "text_sha256"]
    copy_view_enabled = False
    inspect_view_enabled = True
    inspect_view_fields = [
        "signer_name",
        "typed_name",
        "version",
        "language",
        "text_sha256",
        "signed_at",
        "ip_address",
        "user_agent",
        "method",
        "recorded_by_name",
        "previous_hash",
        "chain_hash",
    ]

    def get_form_class(self, for_update=False):
        return PaperSignatureForm


class MembershipPeriodViewSet(HelpTextsMixin, ModelViewSet):
    model = MembershipPeriod
    help_texts = {
        "joined_on": _("The day she signed the bylaws and became a member."),
        "left_on": _("Leave empty while she is a member."),
        "end_reason": _(
            "Left: she may come back and signs the bylaws again. Excluded: she can never "
            "come back (bylaws)."
        ),
    }
    icon = "user"
    form_fields = ["user", "joined_on", "left_on", "end_reason"]
    list_display = ["user", "joined_on", "left_on", "end_reason"]
    list_filter = ["end_reason"]
    copy_view_enabled = False


class RegisterMenuItem(MenuItem):
    """The register of signatures (a members' area page) in the admin's Members menu."""

    def is_shown(self, request):
        return is_staff_role(request.user)


def register_menu_item():
    return RegisterMenuItem(
        _("Register of signatures"),
        reverse_lazy("members_area:register"),  # in the editor's language, at each render
        name="register",
        icon_name="list-ul",
        order=10,
    )


class MembersViewSetGroup(ModelViewSetGroup):
    menu_label = _("Members")
    menu_icon = "group"
    menu_order = 250
    submenu_hook = "register_members_menu_item"
    items = (
        InvitationViewSet("invitations"),
        SignableDocumentViewSet("signable_documents"),
        DocumentVersionViewSet("document_versions"),
        SignatureViewSet("signatures"),
        MembershipPeriodViewSet("membership_periods"),
    )
