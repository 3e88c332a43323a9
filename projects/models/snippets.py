"""Translatable snippets a project points to: the organisations that fund it or work with
it, and the themes it belongs to. Each exists once per language; the English project page
points to the English snippets (wagtail-localize maps them when it translates a page)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField


@register_snippet
class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A funder or a partner. One snippet for both roles: the same organisation funds one
    project and works on another (ECPAT France does both), and the role belongs to the link
    between a project and the organisation, not to the organisation."""

    class Kind(models.TextChoices):
        PUBLIC = "public", _("Public body")
        EUROPEAN = "european", _("European Union programme")
        FOUNDATION = "foundation", _("Foundation or fund")
        PROFESSIONAL = "professional", _("Professional body")
        ASSOCIATION = "association", _("Association or NGO")
        COMPANY = "company", _("Company")

    name = models.CharField(max_length=200, verbose_name=_("Name"))
    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("Kind"))
    country = models.CharField(
        max_length=100, blank=True, verbose_name=_("Country"), help_text=_("In words, e.g. France.")
    )
    website = models.URLField(blank=True, verbose_name=_("Web address"))

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("country"), FieldPanel("website")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # Said explicitly rather than left to wagtail-localize's defaults.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("kind"),
        TranslatableField("country"),
        SynchronizedField("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Organisation (funder or partner)")
        verbose_name_plural = _("Organisations (funders and partners)")
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_snippet
class Theme(TranslatableMixin, models.Model):
    """A small taxonomy editors can grow: access to rights, mental health, prevention…"""

    name = models.CharField(max_length=80, verbose_name=_("Name"))
    slug = models.SlugField(
        max_length=80,
        allow_unicode=False,
        verbose_name=_("Slug"),
        help_text=_("Used in the address of a filtered project list, e.g. mental-health."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [TranslatableField("name"), TranslatableField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Project theme")
        verbose_name_plural = _("Project themes")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")
        ]

    def __str__(self):
        return self.name
