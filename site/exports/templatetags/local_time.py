from django import template
from mist_site.exports.cells import local_time_text

register = template.Library()


@register.filter
def local_time(moment):
    """{{ signature.signed_at|local_time }} → '2 décembre 2026, 18:04 (UTC+01:00)'."""
    return local_time_text(moment)
