import re
from datetime import date

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .models import (
    SPOKEN_LANGUAGES,
    Answer,
    AnswerStatus,
    Event,
    EventKind,
    NoticePreference,
)
from .recurrence import is_planned


class FilterForm(forms.Form):
    """Filters of the list and the grid (a GET form). Unknown values are dropped, not fatal."""

    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *EventKind.choices]
    )
    language = forms.ChoiceField(
        label=_("Language spoken"),
        required=False,
        choices=[("", _("All languages")), *SPOKEN_LANGUAGES],
    )

    def filters(self):
        """(kind, language) that are valid; a bad one counts as no filter."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return data.get("kind") or "", data.get("language") or ""

    def apply(self, occurrences):
        kind, language = self.filters()
        return [
            occ
            for occ in occurrences
            if (not kind or occ.event.kind == kind)
            and (not language or language in occ.event.languages)
        ]

    @property
    def is_active(self):
        return any(self.filters())


MONTH_PATTERN = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_month(params, today):
    """The month asked for by ?month=YYYY-MM (or ?year=&month=), and whether it was bad.

    Returns (first day of the month, ok). Anything unreadable gives this month and ok=False."""
    month_value = (params.get("month") or "").strip()
    year_value = (params.get("year") or "").strip()
    if not month_value and not year_value:
        return today.replace(day=1), True
    match = MONTH_PATTERN.match(month_value)
    try:
        if match:
            year, month = int(match[1]), int(match[2])
        else:
            year = int(year_value) if year_value else today.year
            month = int(month_value) if month_value else 1
        if not 2000 <= year <= 2100:
            raise ValueError
        return date(year, month, 1), True
    except (TypeError, ValueError, OverflowError):
        return today.replace(day=1), False


class AnswerForm(forms.ModelForm):
    status = forms.ChoiceField(choices=AnswerStatus.choices, widget=forms.RadioSelect)

    class Meta:
        model = Answer
        fields = ["status", "reason"]
        widgets = {"reason": forms.TextInput(attrs={"autocomplete": "off"})}


class PreferenceForm(forms.ModelForm):
    class Meta:
        model = NoticePreference
        fields = ["email_notices", "language"]


class EventAdminForm(WagtailAdminModelForm):
    """Languages as checkboxes instead of a raw JSON list; a change to one date must name a
    date the event really has, or it would silently change nothing."""

    languages = forms.MultipleChoiceField(
        label=_("languages spoken"),
        choices=SPOKEN_LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def is_valid(self):
        valid = super().is_valid()
        formset = self.formsets.get("exceptions") if hasattr(self, "formsets") else None
        if not valid or formset is None:
            return valid
        schedule = Event(
            **{
                name: self.cleaned_data.get(name)
                for name in ("start", "end", "recurrence", "repeat_until", "repeat_count")
            }
        )
        for form in formset.forms:
            data = getattr(form, "cleaned_data", {})
            planned = data.get("original_start")
            if planned and not data.get("DELETE") and not is_planned(schedule, planned):
                form.add_error("original_start", _("The event has no date at this day and time."))
                valid = False
        return valid
