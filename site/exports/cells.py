"""One value → one cell, the same on screen, in CSV and in the spreadsheet."""

import datetime
import zoneinfo

from django.conf import settings
from django.db import models
from django.utils import dateformat
from django.utils.encoding import force_str
from django.utils.translation import gettext as _

# OWASP "CSV injection": a cell starting with one of these is read as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(text):
    """Prefix a quote so that spreadsheet software shows the text instead of running it."""
    if isinstance(text, str) and text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text


def local_time_text(moment):
    """'2 décembre 2026, 18:04 (UTC+01:00)': Paris time, its offset, month in the reader's
    language, no seconds. One wording for every listing, detail page and export."""
    if moment is None:
        return ""
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    if isinstance(moment, datetime.datetime):
        local = moment.astimezone(zone) if moment.tzinfo else moment.replace(tzinfo=zone)
        offset = local.utcoffset()
        sign = "-" if offset < datetime.timedelta(0) else "+"
        minutes = abs(int(offset.total_seconds())) // 60
        return _("%(date)s, %(time)s (UTC%(offset)s)") % {
            "date": dateformat.format(local, "j F Y"),
            "time": dateformat.format(local, "H:i"),
            "offset": f"{sign}{minutes // 60:02d}:{minutes % 60:02d}",
        }
    return dateformat.format(moment, "j F Y")


def reader_text(value):
    """What a reader expects to see: labels, yes/no, local times; never codes or 'None'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if isinstance(value, datetime.date):
        return local_time_text(value)
    if isinstance(value, models.Choices):
        return force_str(value.label)
    if isinstance(value, list | tuple | set):
        return ", ".join(reader_text(item) for item in value)
    if isinstance(value, int | float):
        return value
    return force_str(value)


def model_value(instance, field_name):
    """The reader's text for a field of a model instance: a choice's label, not its code."""
    display = getattr(instance, f"get_{field_name}_display", None)
    if callable(display):
        return reader_text(display())
    value = instance
    for part in field_name.split("__"):
        value = getattr(value, part, None)
        if callable(value) and not isinstance(value, models.Manager):
            value = value()
    if isinstance(value, models.Manager):
        value = [str(item) for item in value.all()]
    return reader_text(value)
