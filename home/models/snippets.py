"""Translatable snippets of the public shell: people and the footer text."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from home.blocks import RICH_TEXT_FEATURES


@register_snippet
class Person(TranslatableMixin, index.Indexed, models.Model):
    """A board or staff member shown on the team page. Peer members are never named."""

    class Group(models.TextChoices):
        BOARD = "board", _("Board")
        STAFF = "staff", _("Team")

    name = models.CharField(max_length=120, verbose_name=_("Name"))
    role = models.CharField(max_length=200, verbose_name=_("Role"))
    group = models.CharField(max_length=10, choices=Group.choices, verbose_name=_("Group"))
    bio = models.TextField(blank=True, verbose_name=_("Short biography"))
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Photo"),
    )
    sort_order = models.PositiveSmallIntegerField(default=0, verbose_name=_("Order"))

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("group"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("sort_order"),
    ]
    # A person's name is the same in every language (issue 18).
    override_translatable_fields = [SynchronizedField("name")]
    search_fields = [index.SearchField("name"), index.SearchField("role")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Person")
        verbose_name_plural = _("People")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


@register_snippet
class FooterText(TranslatableMixin, models.Model):
    body = RichTextField(features=RICH_TEXT_FEATURES, verbose_name=_("Footer text"))

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Footer text")
        verbose_name_plural = _("Footer texts")

    def __str__(self):
        return str(_("Footer text")) + f" ({self.locale})"
