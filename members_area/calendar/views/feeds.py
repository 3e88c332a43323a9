"""Calendar files: one event's .ics, the member's subscription feed and its page."""

from datetime import timedelta

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe
from mist_site.seo.addresses import absolute_url

from members_area.roles import is_member, member_required

from ..forms import PreferenceForm
from ..http import private_page, private_response
from ..ics import calendar_for
from ..models import FeedToken, NoticePreference
from .pages import visible_event_or_404, visible_events

NEW_TOKEN_SESSION_KEY = "calendar_new_feed_token"
FEED_HISTORY = timedelta(days=183)  # past one-off events kept in phones for half a year


def ics_response(request, cal, filename):
    """The file; HEAD (calendar apps check a feed with it) gets the same headers, no body."""
    body = cal.to_ical()
    response = HttpResponse(b"" if request.method == "HEAD" else body)
    response["Content-Type"] = "text/calendar; charset=utf-8"
    response["Content-Length"] = str(len(body))
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return private_response(response)


def absolute_event_url(request, event):
    return absolute_url(reverse("members_area:calendar:event", args=[event.pk]), request)


@private_page
@member_required
@require_safe
def event_ics(request, pk):
    event = visible_event_or_404(request.user, pk)
    cal = calendar_for([event], event.title, lambda e: absolute_event_url(request, e))
    return ics_response(request, cal, f"mist-{event.pk}.ics")


@require_safe
def feed(request, token):
    """The subscription feed: the token is the only key (phones send no session cookie)."""
    user = FeedToken.objects.user_for(token)
    if user is None or not is_member(user):
        raise Http404
    events = visible_events(user).exclude(recurrence="none", end__lt=timezone.now() - FEED_HISTORY)
    cal = calendar_for(events, _("Mist calendar"), lambda e: absolute_event_url(request, e))
    return ics_response(request, cal, "mist.ics")


@private_page
@member_required
def my_calendar(request):
    preference = NoticePreference.objects.filter(user=request.user).first() or NoticePreference(
        user=request.user, language=request.LANGUAGE_CODE[:2]
    )
    form = PreferenceForm(request.POST or None, instance=preference)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("Your choice is saved."))
            return redirect(request.path)
    new_token = request.session.pop(NEW_TOKEN_SESSION_KEY, None)
    feed_url = None
    if new_token:
        feed_url = absolute_url(reverse("members_area:calendar:feed", args=[new_token]), request)
    return render(
        request,
        "members_area/calendar/my_calendar.html",
        {
            "page": None,
            "form": form,
            "nav": "mine",
            "token": FeedToken.objects.filter(user=request.user).first(),
            "feed_url": feed_url,
            "webcal_url": feed_url and "webcal://" + feed_url.split("://", 1)[1],
        },
        status=400 if form.errors else 200,
    )


@private_page
@member_required
@require_POST
def renew_token(request):
    """A new address; the old one answers 404 at once. Shown once, on the next page."""
    request.session[NEW_TOKEN_SESSION_KEY] = FeedToken.renew_for(request.user)
    return redirect("members_area:calendar:my_calendar")
