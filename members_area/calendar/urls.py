"""Mounted at /fr/espace-membres/calendrier/ and /en/members/calendar/."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "calendar"

urlpatterns = [
    path("", views.upcoming, name="upcoming"),
    path(_("month/"), views.month, name="month"),
    path(_("event/<int:pk>/"), views.event_detail, name="event"),
    path(_("event/<int:pk>/event.ics"), views.event_ics, name="event_ics"),
    path(_("event/<int:pk>/<str:key>/"), views.occurrence_detail, name="occurrence"),
    path(_("event/<int:pk>/<str:key>/answers/"), views.occurrence_answers, name="answers"),
    path(_("my-calendar/"), views.my_calendar, name="my_calendar"),
    path(_("my-calendar/renew/"), views.renew_token, name="renew_token"),
    path("feed/<str:token>.ics", views.feed, name="feed"),
]
