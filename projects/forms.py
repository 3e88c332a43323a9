"""The project archive's filter form: plain GET fields, validated like any Django form.
A value that does not validate is dropped and reported; the other filters still apply."""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from projects.models import ProjectPage

NOT_IN_LIST = _("This value is not in the list.")


class ProjectFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Search the projects"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, error_messages={"invalid_choice": NOT_IN_LIST}
    )
    theme = forms.ChoiceField(
        label=_("Theme"), required=False, error_messages={"invalid_choice": NOT_IN_LIST}
    )
    funder = forms.TypedChoiceField(
        label=_("Funder"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": NOT_IN_LIST},
    )
    partner = forms.TypedChoiceField(
        label=_("Partner"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": NOT_IN_LIST},
    )
    year = forms.TypedChoiceField(
        label=_("Year"),
        required=False,
        coerce=int,
        empty_value=None,
        error_messages={"invalid_choice": NOT_IN_LIST},
    )
    page = forms.IntegerField(min_value=1, max_value=100_000, required=False, label=_("Page"))

    filter_names = ("status", "theme", "funder", "partner", "year")

    def __init__(self, data, facets):
        # Own ids: the site header may hold another search box (id_q).
        super().__init__(data, auto_id="project-filter-%s")
        self.facets = facets
        self.set_choices(counts=None)

    def set_choices(self, counts):
        """Options for each select; with counts once they are known: "Mental health (3)"."""
        facets = self.facets
        values = {
            "status": list(ProjectPage.Status.choices),
            "theme": list(facets.themes.items()),
            "funder": list(facets.funders.items()),
            "partner": list(facets.partners.items()),
            "year": [(year, str(year)) for year in facets.years()],
        }
        everything = {
            "status": _("All"),
            "theme": _("All themes"),
            "funder": _("All funders"),
            "partner": _("All partners"),
            "year": _("All years"),
        }
        for name, options in values.items():
            if counts is not None:
                options = [(value, f"{label} ({counts[name][value]})") for value, label in options]
            self.fields[name].choices = [("", everything[name]), *options]

    def valid_filters(self):
        """The filters that validated and are set, by name (the search text apart)."""
        self.is_valid()
        return {
            name: self.cleaned_data[name]
            for name in self.filter_names
            if name in self.cleaned_data and self.cleaned_data[name] not in (None, "")
        }

    def search_text(self):
        """The words of the search, nothing else: quotes, operators, parentheses and stars
        are full-text syntax in SQLite and PostgreSQL, and a visitor types plain text."""
        self.is_valid()
        return " ".join(re.findall(r"\w+", self.cleaned_data.get("q") or ""))

    def page_number(self):
        self.is_valid()
        return self.cleaned_data.get("page") or 1

    def ignored(self):
        """[(label, reason)] for each value that was dropped."""
        self.is_valid()
        return [
            (self.fields[name].label, " ".join(str(message) for message in messages))
            for name, messages in self.errors.items()
        ]
