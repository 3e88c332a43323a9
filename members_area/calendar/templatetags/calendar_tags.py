"""{% upcoming_events_for user 3 %}: the next dates a member may see, for the members' home."""

from datetime import timedelta

from django import template
from django.utils import timezone

from ..models import Event
from ..recurrence import occurrences_between

register = template.Library()


@register.inclusion_tag("members_area/calendar/tags/upcoming_events.html")
def upcoming_events_for(user, limit=3):
    now = timezone.now()
    end = now + timedelta(days=60)
    events = Event.objects.visible_to(user).with_exceptions().may_happen_between(now, end)
    occurrences = [o for o in occurrences_between(events, now, end) if not o.is_cancelled]
    return {"occurrences": occurrences[: int(limit)]}
