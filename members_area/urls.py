"""URLs of the members' area, mounted under /fr/espace-membres/ and /en/members/."""

from django.urls import include, path
from django.utils.translation import gettext_lazy as _

app_name = "members_area"

urlpatterns = [
    path(_("calendar/"), include("members_area.calendar.urls")),
]
