"""The team's admin views of the requests: dated internal notes (added, never overwritten),
"re-send the e-mails" for a request whose mail failed, and exports a reader understands."""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from mist_site.exports.admin import LocalTimeInspectMixin, ReaderSpreadsheetMixin
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import Panel
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import Button, MenuItem

from enquiries.mail import send_notifications
from enquiries.models.notes import NOTE_MAX_LENGTH, InternalNote


def resend_url_name(edit_url_name):
    return edit_url_name.rsplit(":", 1)[0] + ":resend"


class EnquiryAdminForm(WagtailAdminModelForm):
    new_note = forms.CharField(
        label=gettext_lazy("Add a note"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Seen only by the team, never shared with the person. It is kept with your name "
            "and the time; earlier notes are never changed."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "status" in self.fields:
            self.fields["status"].help_text = gettext_lazy(
                "Where the request stands for the team. The person is never told."
            )

    def save(self, commit=True):
        record = super().save(commit=commit)
        text = self.cleaned_data.get("new_note", "").strip()
        if text:
            InternalNote.add(record, text, self.for_user)
        return record


class NotesPanel(Panel):
    """The notes written so far, oldest first, read-only."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "enquiries/admin/notes_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["notes"] = list(self.instance.notes.all()) if self.instance.pk else []
            return context


class EnquiryIndexView(ReaderSpreadsheetMixin, generic.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        return queryset.prefetch_related("notes") if self.is_export else queryset

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.mail_failed and self.user_has_permission("change"):
            buttons.append(
                MenuItem(
                    _("Re-send the e-mails"),
                    url=reverse(resend_url_name(self.edit_url_name), args=[instance.pk]),
                    icon_name="mail",
                    priority=15,
                )
            )
        return buttons


class EnquiryEditView(generic.EditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.mail_failed:
            buttons.append(
                Button(
                    _("Re-send the e-mails"),
                    url=reverse(resend_url_name(self.edit_url_name), args=[self.object.pk]),
                    icon_name="mail",
                    priority=5,
                )
            )
        return buttons


class EnquiryInspectView(LocalTimeInspectMixin, generic.InspectView):
    pass


class ResendView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Sends the team mail and the acknowledgement again; a note records the attempt."""

    model = None
    permission_required = "change"
    template_name = "enquiries/admin/resend.html"
    page_title = gettext_lazy("Re-send the e-mails")
    header_icon = "mail"

    def dispatch(self, request, *args, **kwargs):
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["edit_url"] = reverse(self.object.admin_edit_url_name, args=[self.object.pk])
        return context

    def post(self, request, *args, **kwargs):
        record = self.object
        if send_notifications(record, record.admin_edit_url_name):
            type(record).objects.filter(pk=record.pk).update(mail_failed=False)
            InternalNote.add(record, _("The e-mails were sent again."), request.user)
            messages.success(request, _("The e-mails were sent."))
        else:
            InternalNote.add(record, _("Sending the e-mails again failed."), request.user)
            messages.error(
                request,
                _("The e-mails could not be sent this time either. The request is kept."),
            )
        return redirect(record.admin_edit_url_name, record.pk)
