"""The home page's "latest episodes" slot: home/ includes the template, podcasts fills it."""

from django import template
from wagtail.models import Locale

from podcasts.models import EpisodePage

register = template.Library()


@register.inclusion_tag("podcasts/includes/latest_episodes.html")
def latest_episodes(count=3):
    episodes = (
        EpisodePage.objects.live()
        .public()
        .filter(locale=Locale.get_active())
        .select_related("audio")
        .order_by("-publication_date")[:count]
    )
    return {"episodes": list(episodes)}
