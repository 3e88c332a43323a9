"""URLs of the members' area, mounted under /fr/espace-membres/ and /en/members/."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from members_area.views import documents, home, invitations, register, signatures

app_name = "members_area"

urlpatterns = [
    path("", home.home, name="home"),
    path(_("documents/<slug:slug>/"), documents.document_detail, name="document"),
    path(
        _("documents/<slug:slug>/version-<int:number>/"),
        documents.document_version,
        name="document_version",
    ),
    path(_("receipts/<uuid:public_id>/"), signatures.receipt, name="receipt"),
    path(_("register/"), register.register, name="register"),
    path(_("register/export.csv"), register.register_export, name="register_csv"),
    path(_("register/export.xlsx"), register.register_xlsx, name="register_xlsx"),
    path(_("register/check/"), signatures.check_receipt, name="check_receipt"),
    path(_("invitation/<str:token>/"), invitations.accept, name="accept_invitation"),
    path(_("calendar/"), include("members_area.calendar.urls")),
]
