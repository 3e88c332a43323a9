"""Template tags of the members' area."""

from django import template
from django.apps import apps
from django.template.loader import render_to_string

register = template.Library()


def calendar_tag_available(engine):
    """True when the calendar app is installed and provides {% upcoming_events_for %}."""
    if not apps.is_installed("members_area.calendar"):
        return False
    library = engine.template_libraries.get("calendar_tags")
    return library is not None and "upcoming_events_for" in library.tags


@register.simple_tag(takes_context=True)
def upcoming_talk_groups(context, user, limit=3):
    """The calendar's next events if the calendar app provides them; a short note otherwise,
    so the members' home works with or without the calendar."""
    engine = context.template.engine
    name = (
        "members_area/includes/upcoming_events.html"
        if calendar_tag_available(engine)
        else "members_area/includes/no_events.html"
    )
    return render_to_string(name, {"user": user, "limit": limit}, request=context.get("request"))


@register.simple_tag(takes_context=True)
def next_after_mfa_set_up(context):
    """Where the person was going when she was asked to set up two-step verification."""
    from members_area.two_factor import next_after_set_up

    request = context.get("request")
    return next_after_set_up(request) if request is not None else None
