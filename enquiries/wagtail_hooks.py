"""The team's view of the requests: one listing per kind, with filters, CSV export, and an
edit form where only the status and the internal notes can change."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from enquiries.models import AppointmentRequest, MembershipInterest, TrainingQuoteRequest

WORKFLOW_PANELS = [FieldPanel("status"), FieldPanel("internal_notes")]
TRACE_FIELDS = ["created_at", "language", "mail_failed", "privacy_agreed"]


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
    copy_view_enabled = False
    inspect_view_enabled = True
    search_backend_name = None  # plain database search, no index to keep in step
    list_per_page = 50
    list_filter = ["status", "mail_failed", "created_at"]
    details = []

    @property
    def panels(self):
        return [
            *WORKFLOW_PANELS,
            read_only(*self.details, heading=_("The request")),
            read_only(*TRACE_FIELDS, heading=_("Trace")),
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
        "created_at",
    ]
    list_filter = ["status", "organisation_kind", "training", "mail_failed", "created_at"]
    search_fields = ["organisation", "contact_name", "email", "region"]
    details = [
        "organisation",
        "organisation_kind",
        "contact_name",
        "contact_role",
        "email",
        "phone",
        "training",
        "audience",
        "participants",
        "preferred_period",
        "place",
        "region",
        "message",
    ]
    list_export = [*details, "status", "internal_notes", "language", "created_at", "mail_failed"]
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
        "created_at",
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
    list_export = [*details, "status", "internal_notes", "language", "created_at", "mail_failed"]
    export_filename = "appointment-requests"


class MembershipInterestViewSet(AppointmentRequestViewSet):
    model = MembershipInterest
    name = "membership_interests"
    menu_label = _("Membership interest")
    details = [*AppointmentRequestViewSet.details[:5], "referred_by", "message"]
    list_export = [*details, "status", "internal_notes", "language", "created_at", "mail_failed"]
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
