"""Events of the members' calendar and the exceptions to their recurrence.

Titles and descriptions are two plain fields per language rather than wagtail-localize's
TranslatableMixin: an event is one fact (one time, one place, one set of answers, one UID in
every phone's calendar) whose words only differ. Two rows per event would have to keep times,
recurrence, exceptions and answers in step for nothing."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from members_area.roles import is_active_member

from .choices import SPOKEN_LANGUAGES, Audience, EventKind, PlaceKind, Recurrence


def in_language(instance, field):
    """The English text when the page is in English and it was written, else the French."""
    if (get_language() or "fr").startswith("en"):
        english = getattr(instance, f"{field}_en")
        if english:
            return english
    return getattr(instance, f"{field}_fr")


class EventQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Active members' and working groups' events are hidden from the other members."""
        if is_active_member(user):
            return self
        return self.filter(audience=Audience.ALL_MEMBERS)

    def may_happen_between(self, start, end):
        """Events that can have an occurrence in [start, end): a cheap pre-filter in SQL, the
        exact answer comes from recurrence.occurrences_between()."""
        single = models.Q(recurrence=Recurrence.NONE, end__gt=start)
        repeated = ~models.Q(recurrence=Recurrence.NONE) & (
            models.Q(repeat_until__isnull=True)
            | models.Q(repeat_until__gte=timezone.localtime(start).date())
        )
        # A moved occurrence can land in the window from outside the event's own dates.
        moved = models.Q(exceptions__new_start__lt=end, exceptions__new_end__gt=start)
        return self.filter(models.Q(start__lt=end) & (single | repeated) | moved).distinct()

    def with_exceptions(self):
        return self.prefetch_related("exceptions")


class Event(ClusterableModel):
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    title_fr = models.CharField(_("title in French"), max_length=150)
    title_en = models.CharField(
        _("title in English"), max_length=150, blank=True, help_text=_("Empty: French is shown.")
    )
    description_fr = models.TextField(_("description in French"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    start = models.DateTimeField(_("start"), help_text=_("Paris time."))
    end = models.DateTimeField(_("end"), help_text=_("Paris time."))
    recurrence = models.CharField(
        _("repeats"), max_length=20, choices=Recurrence.choices, default=Recurrence.NONE
    )
    repeat_until = models.DateField(_("repeats until"), null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField(
        _("number of times"), null=True, blank=True, help_text=_("Instead of an end date.")
    )
    place_kind = models.CharField(
        _("place"), max_length=10, choices=PlaceKind.choices, default=PlaceKind.ADDRESS
    )
    address = models.TextField(_("address"), blank=True)
    online_url = models.URLField(
        _("online meeting link"), blank=True, help_text=_("Shown only to logged-in members.")
    )
    # A short list of codes from SPOKEN_LANGUAGES (checkboxes in the admin form).
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    facilitators = models.CharField(
        _("facilitators"), max_length=200, blank=True, help_text=_("First names or pseudonyms.")
    )
    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.ALL_MEMBERS
    )
    working_group = models.CharField(
        _("working group"),
        max_length=100,
        blank=True,
        help_text=_("Its name, when the audience is a working group."),
    )
    capacity = models.PositiveSmallIntegerField(_("places"), null=True, blank=True)
    cancelled = models.BooleanField(_("cancelled"), default=False)
    cancellation_reason = models.CharField(_("reason for cancelling"), max_length=200, blank=True)
    # iCalendar SEQUENCE: phones replace their copy only when it grows.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["start"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self):
        return f"{self.title_fr} ({timezone.localtime(self.start):%d/%m/%Y %H:%M})"

    @property
    def title(self):
        return in_language(self, "title")

    @property
    def description(self):
        return in_language(self, "description")

    @property
    def duration(self):
        return self.end - self.start

    @property
    def is_online(self):
        return self.place_kind == PlaceKind.ONLINE

    @property
    def is_for_active_members(self):
        return self.audience != Audience.ALL_MEMBERS

    def language_names(self):
        names = dict(SPOKEN_LANGUAGES)
        return [str(names[code]) for code in self.languages if code in names]

    def save(self, *args, **kwargs):
        # Occurrences are named by their start to the second (URLs, answers, RECURRENCE-ID).
        self.start = self.start.replace(second=0, microsecond=0)
        self.end = self.end.replace(second=0, microsecond=0)
        super().save(*args, **kwargs)

    def clean(self):
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The end must come after the start.")
        if self.recurrence == Recurrence.NONE and (self.repeat_until or self.repeat_count):
            errors["recurrence"] = _("Choose how it repeats, or leave the end of repeats empty.")
        if self.repeat_until and self.repeat_count:
            errors["repeat_count"] = _("Give an end date or a number of times, not both.")
        if (
            self.repeat_until
            and self.start
            and self.repeat_until < timezone.localtime(self.start).date()
        ):
            errors["repeat_until"] = _("The repeats cannot end before the first time.")
        if self.place_kind == PlaceKind.ONLINE and not self.online_url:
            errors["online_url"] = _("Give the link of the online meeting.")
        if self.place_kind == PlaceKind.ADDRESS and not self.address:
            errors["address"] = _("Give the address.")
        if self.audience == Audience.WORKING_GROUP and not self.working_group:
            errors["working_group"] = _("Name the working group.")
        if self.cancelled and not self.cancellation_reason:
            errors["cancellation_reason"] = _("Say why it is cancelled.")
        unknown = set(self.languages or []) - {c for c, _n in SPOKEN_LANGUAGES}
        if not isinstance(self.languages, list) or unknown:
            errors["languages"] = _("Unknown language codes: %(codes)s") % {
                "codes": ", ".join(sorted(map(str, unknown)))
            }
        if errors:
            raise ValidationError(errors)


class EventException(models.Model):
    """One occurrence of a repeating event, cancelled or moved to another time."""

    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="exceptions")
    original_start = models.DateTimeField(
        _("date and time it was planned"), help_text=_("Paris time, as first planned.")
    )
    cancelled = models.BooleanField(_("cancelled"), default=False)
    new_start = models.DateTimeField(_("new start"), null=True, blank=True)
    new_end = models.DateTimeField(_("new end"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["original_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "original_start"], name="one_exception_per_occurrence"
            )
        ]
        verbose_name = _("change to one date")
        verbose_name_plural = _("changes to one date")

    def __str__(self):
        return f"{timezone.localtime(self.original_start):%d/%m/%Y %H:%M}"

    @property
    def is_move(self):
        return not self.cancelled and self.new_start is not None

    def clean(self):
        if self.cancelled and self.new_start:
            raise ValidationError(_("An occurrence is either cancelled or moved, not both."))
        if not self.cancelled and not self.new_start:
            raise ValidationError(_("Tick cancelled, or give the new start."))
        if self.new_start and self.new_end and self.new_end <= self.new_start:
            raise ValidationError({"new_end": _("The end must come after the start.")})
