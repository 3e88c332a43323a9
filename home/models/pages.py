"""Page types of the public shell: home, generic content, team, timeline."""

from http import HTTPMethod

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import (
    RICH_TEXT_FEATURES,
    BaseStreamBlock,
    CallToActionBlock,
    DocumentsBlock,
    KeyFigureBlock,
    LinkBlock,
)


class BasePage(Page):
    """What every public page shares: an introduction and a place in the footer."""

    introduction = models.TextField(
        blank=True, verbose_name=_("Introduction"), help_text=_("One or two short sentences.")
    )
    show_in_footer = models.BooleanField(
        default=False,
        verbose_name=_("Show in footer"),
        help_text=_("Legal notice, privacy, accessibility, safety advice…"),
    )

    # The page's address sits under its title, where editors and translators see it
    # (issue 18), instead of in the "Promote" tab.
    content_panels = Page.content_panels + [FieldPanel("slug")]
    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=gettext_lazy("For search engines"),  # Wagtail's own wording and catalogue
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=gettext_lazy("For site menus")),
        FieldPanel("show_in_footer"),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    class Meta:
        abstract = True

    def get_meta_description(self):
        return self.search_description or self.introduction

    def fragment_cache_variant(self, request):
        """What, besides the page and its address, its cached fragments depend on (see
        mist_site/caching/templatetags/page_fragments.py): "" for a page that shows the same
        to everyone; None (rendered every time) once a query string is added, which a page
        type that reads one must turn into a bounded, checked variant."""
        return "" if not request.GET else None

    def get_cache_key_components(self):
        # Wagtail's key (id, address, publication time), plus the live revision itself.
        return [*super().get_cache_key_components(), self.live_revision_id]


# Pages that only show content answer GET and HEAD; anything else gets the site's 405 page.
READ_ONLY_METHODS = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]


class HomePage(BasePage):
    mission = RichTextField(features=RICH_TEXT_FEATURES, verbose_name=_("Mission statement"))
    key_facts = StreamField([("fact", KeyFigureBlock())], blank=True, verbose_name=_("Key facts"))
    highlight_title = models.CharField(
        max_length=200, blank=True, verbose_name=_("Highlight title")
    )
    highlight_text = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, verbose_name=_("Highlight text")
    )
    highlight_link = StreamField(
        [("link", LinkBlock())], blank=True, max_num=1, verbose_name=_("Highlight link")
    )
    calls_to_action = StreamField(
        [("call_to_action", CallToActionBlock())], blank=True, verbose_name=_("Calls to action")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("mission"),
        FieldPanel("key_facts"),
        FieldPanel("highlight_title"),
        FieldPanel("highlight_text"),
        FieldPanel("highlight_link"),
        FieldPanel("calls_to_action"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("mission")]
    parent_page_types = ["wagtailcore.Page"]

    allowed_http_methods = READ_ONLY_METHODS

    class Meta:
        verbose_name = _("Home page")


class ContentPage(BasePage):
    """About, services, become a member, legal notice, privacy, accessibility, safety advice…"""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.ContentPage", "home.TeamPage"]

    allowed_http_methods = READ_ONLY_METHODS

    class Meta:
        verbose_name = _("Content page")


class TeamPage(BasePage):
    """Lists the Person snippets of the page's language, board first, then staff."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ContentPage"]
    max_count_per_parent = 1

    allowed_http_methods = READ_ONLY_METHODS

    class Meta:
        verbose_name = _("Team page")

    def get_context(self, request, *args, **kwargs):
        from home.models.snippets import Person

        def groups():
            people = list(Person.objects.filter(locale_id=self.locale_id).select_related("photo"))
            return [
                (label, [p for p in people if p.group == value])
                for value, label in Person.Group.choices
            ]

        context = super().get_context(request, *args, **kwargs)
        # Lazy: read when the body is rendered, not when it comes from the cache.
        context["groups"] = SimpleLazyObject(groups)
        return context


class TimelineEntryBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    precision = blocks.ChoiceBlock(
        choices=[("day", _("Day")), ("month", _("Month")), ("year", _("Year"))],
        default="day",
        label=_("Date precision"),
        help_text=_("Show only the month or the year when the exact day is not known."),
    )
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, required=False, label=_("Text"))
    documents = DocumentsBlock(required=False)
    links = blocks.ListBlock(LinkBlock(), required=False, label=_("Links"))

    class Meta:
        icon = "date"
        template = "components/blocks/timeline_entry.html"
        label = _("Timeline entry")


class TimelinePage(BasePage):
    """Dated entries (advocacy timelines), shown oldest first."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("Text above the timeline"))
    entries = StreamField(
        [("entry", TimelineEntryBlock())], blank=True, verbose_name=_("Timeline entries")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("entries"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("entries")]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []

    allowed_http_methods = READ_ONLY_METHODS

    class Meta:
        verbose_name = _("Timeline page")

    def sorted_entries(self):
        return sorted(self.entries, key=lambda entry: entry.value["date"])
