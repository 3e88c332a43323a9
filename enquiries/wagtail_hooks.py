"""The team's view of the requests: one listing per kind, with filters, CSV and spreadsheet
exports, and an edit form where only the status changes and notes are added."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from mist_site.exports.admin import LocalTimeColumn
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from enquiries.admin_views import (
    EnquiryAdminForm,
    EnquiryEditView,
    EnquiryIndexView,
    EnquiryInspectView,
    NotesPanel,
    ResendView,
)
from enquiries.models import AppointmentRequest, MembershipInterest, TrainingQuoteRequest

TRACE_FIELDS = ["created_at", "language", "mail_failed", "privacy_agreed"]
EXPORT_TRACE = ["status", "notes_text", "language", "created_at", "mail_failed"]


def sent_column():
    return LocalTimeColumn("created_at", label=_("Sent"), sort_key="created_at")


class ReceivedOnlyPolicy(ModelPermissionPolicy):
    """Requests come from the public forms: the team may read, update and delete them, but
    not invent new ones in the admin."""

    def user_has_permission(self, user, action):
        if action in {"add", "copy"}:
            return False
        return super().user_has_permission(user, action)


def read_only(*names, heading):
    return MultiFieldPanel([FieldPanel(name, read_only=True) for name in names], heading=heading)


class EnquiryViewSet(ModelViewSet):
    icon = "mail"
    index_view_class = EnquiryIndexView
    edit_view_class = EnquiryEditView
    inspect_view_class = EnquiryInspectView
    copy_view_enabled = False
    inspect_view_enabled = True
    search_backend_name = None  # plain database search, no index to keep in step
    list_per_page = 50
    list_filter = ["status", "mail_failed", "created_at"]
    details = []

    @property
    def edit_handler(self):
        return ObjectList(
            [
                FieldPanel("status"),
                NotesPanel(heading=_("Internal notes")),
                FieldPanel("new_note"),
                read_only(*self.details, heading=_("The request")),
                read_only(*TRACE_FIELDS, heading=_("Trace")),
            ],
            base_form_class=EnquiryAdminForm,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("resend/<int:pk>/", ResendView.as_view(model=self.model), name="resend"),
        ]


class TrainingQuoteRequestViewSet(EnquiryViewSet):
    model = TrainingQuoteRequest
    name = "training_quote_requests"
    menu_label = _("Training quotes")
    list_display = [
        "__str__",
        "organisation_kind",
        "training",
        "status",
        "mail_failed",
        sent_column(),
    ]
    list_filter = ["status", "organisation_kind", "training", "mail_failed", "created_at"]
    search_fields = ["organisation", "contact_name", "email", "region"]
    details = TrainingQuoteRequest.SUBMITTED_FIELDS
    list_export = [*details, *EXPORT_TRACE]
    export_filename = "training-quote-requests"


class AppointmentRequestViewSet(EnquiryViewSet):
    model = AppointmentRequest
    name = "appointment_requests"
    menu_label = _("Appointments")
    list_display = [
        "__str__",
        "contact_method",
        "preferred_language",
        "status",
        "mail_failed",
        sent_column(),
    ]
    search_fields = ["name", "contact_value"]
    details = [
        "name",
        "contact_method",
        "contact_value",
        "may_leave_message",
        "preferred_language",
        "message",
    ]
    list_export = [*details, *EXPORT_TRACE]
    export_filename = "appointment-requests"


class MembershipInterestViewSet(AppointmentRequestViewSet):
    model = MembershipInterest
    name = "membership_interests"
    menu_label = _("Membership interest")
    details = [*AppointmentRequestViewSet.details[:5], "referred_by", "message"]
    list_export = [*details, *EXPORT_TRACE]
    export_filename = "membership-interests"


class EnquiriesGroup(ModelViewSetGroup):
    menu_label = _("Requests")
    menu_icon = "mail"
    menu_order = 250
    items = [TrainingQuoteRequestViewSet, AppointmentRequestViewSet, MembershipInterestViewSet]


for _model in (TrainingQuoteRequest, AppointmentRequest, MembershipInterest):
    register_permission_policy(_model, ReceivedOnlyPolicy(_model), exact_class=True)


@hooks.register("register_admin_viewset")
def register_enquiries_viewsets():
    return EnquiriesGroup()
