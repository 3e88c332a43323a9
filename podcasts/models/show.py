"""The show: one PodcastPage per language, its episodes below it, its RSS feed at feed/."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from mist_site.seo.addresses import absolute_url, page_url
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail_localize.fields import SynchronizedField

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage
from podcasts.apple_categories import CATEGORY_CHOICES, SUBCATEGORY_CHOICES, subcategory_fits

# Apple's limits for show artwork.
COVER_MIN_SIDE = 1400
COVER_MAX_SIDE = 3000


def language_guid(base, language_code):
    """A stable UUID per show (or episode) and language: the French and English feeds are
    two feeds, so they must not share a guid, and neither may ever change."""
    return str(uuid.uuid5(base, language_code))


class PodcastPage(RoutablePageMixin, BasePage):
    class ShowType(models.TextChoices):
        EPISODIC = "episodic", _("Episodic (newest first)")
        SERIAL = "serial", _("Serial (listen in order)")

    description = RichTextField(features=RICH_TEXT_FEATURES, verbose_name=_("Description"))
    cover = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Cover art"),
        help_text=_("Square JPEG or PNG, between 1400×1400 and 3000×3000 pixels."),
    )
    author = models.CharField(max_length=255, verbose_name=_("Author"))
    owner_name = models.CharField(max_length=255, verbose_name=_("Owner name"))
    owner_email = models.EmailField(
        verbose_name=_("Owner e-mail"),
        help_text=_("Podcast directories write here. Use a team address, never a personal one."),
    )
    apple_category = models.CharField(
        max_length=50, choices=CATEGORY_CHOICES, verbose_name=_("Apple category")
    )
    apple_subcategory = models.CharField(
        max_length=50, choices=SUBCATEGORY_CHOICES, blank=True, verbose_name=_("Subcategory")
    )
    explicit = models.BooleanField(default=False, verbose_name=_("Explicit content"))
    show_type = models.CharField(
        max_length=10, choices=ShowType.choices, default=ShowType.EPISODIC, verbose_name=_("Type")
    )
    guid = models.UUIDField(default=uuid.uuid4, editable=False, verbose_name=_("Podcast GUID"))

    # "Listen in" links: the show's page in each app or directory, once it is listed there.
    # Each language's show is its own feed, so its own listing: the links are per page.
    apple_podcasts_url = models.URLField(blank=True, verbose_name=_("Apple Podcasts"))
    spotify_url = models.URLField(blank=True, verbose_name=_("Spotify"))
    deezer_url = models.URLField(blank=True, verbose_name=_("Deezer"))
    antennapod_url = models.URLField(blank=True, verbose_name=_("AntennaPod"))
    pocket_casts_url = models.URLField(blank=True, verbose_name=_("Pocket Casts"))
    podcast_addict_url = models.URLField(blank=True, verbose_name=_("Podcast Addict"))
    LISTEN_LINK_FIELDS = [
        "apple_podcasts_url",
        "spotify_url",
        "deezer_url",
        "antennapod_url",
        "pocket_casts_url",
        "podcast_addict_url",
    ]

    # Names are the same in every language (issue 18).
    override_translatable_fields = [SynchronizedField("author"), SynchronizedField("owner_name")]
    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("description"),
        FieldPanel("cover"),
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldPanel("owner_name"),
                FieldPanel("owner_email"),
                FieldPanel("apple_category"),
                FieldPanel("apple_subcategory"),
                FieldPanel("explicit"),
                FieldPanel("show_type"),
            ],
            heading=_("Podcast directories"),
        ),
        MultiFieldPanel(
            [FieldPanel(name) for name in LISTEN_LINK_FIELDS],
            heading=_("Listen in podcast apps"),
            help_text=_(
                "The show's address in each app, once it is listed there (https only). "
                "Only the filled ones are shown on the show page."
            ),
        ),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["podcasts.EpisodePage"]

    class Meta:
        verbose_name = _("Podcast show")

    def clean(self):
        super().clean()
        errors = {}
        for name in self.LISTEN_LINK_FIELDS:
            if getattr(self, name) and not getattr(self, name).startswith("https://"):
                errors[name] = _("Use the app's https:// address.")
        if not subcategory_fits(self.apple_category, self.apple_subcategory):
            errors["apple_subcategory"] = _("This subcategory belongs to another category.")
        if self.cover_id:
            width, height = self.cover.width, self.cover.height
            if width != height or not COVER_MIN_SIDE <= width <= COVER_MAX_SIDE:
                errors["cover"] = _(
                    "The cover art is %(width)s×%(height)s pixels. Podcast apps need a square "
                    "image between 1400×1400 and 3000×3000 pixels."
                ) % {"width": width, "height": height}
        if errors:
            raise ValidationError(errors)

    @property
    def language_code(self):
        return self.locale.language_code

    @property
    def feed_guid(self):
        return language_guid(self.guid, self.language_code)

    def episodes(self):
        from podcasts.models.episode import EpisodePage

        return EpisodePage.objects.child_of(self).live().public().in_feed_order()

    def seasons(self, episodes):
        """[(season number, [episodes newest first]), …], newest season first."""
        grouped = {}
        for episode in episodes:
            grouped.setdefault(episode.season, []).append(episode)
        return sorted(grouped.items(), key=lambda item: item[0], reverse=True)

    def listen_links(self):
        """[(app name, url)] of the filled links, in the order editors see them."""
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.LISTEN_LINK_FIELDS
            if getattr(self, name)
        ]

    def feed_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("feed")

    def get_meta_description(self):
        return self.search_description or self.introduction

    def get_cached_paths(self):
        # Purged with the show (wagtail.contrib.frontend_cache): the feed lists every episode.
        return ["/", self.reverse_subpage("feed")]

    @path("")
    def show(self, request):
        episodes = list(self.episodes().select_related("audio"))
        return self.render(
            request,
            context_overrides={
                "seasons": self.seasons(episodes),
                # Newest first: the player plays the latest episode, whatever the show type.
                "latest_episode": episodes[0] if episodes else None,
            },
        )

    @path("feed/", name="feed")
    def feed(self, request):
        """The RSS feed: podcast apps poll it often and it lists every episode, so its body
        is kept per content generation and address (its links are absolute)."""
        from mist_site.caching.generation import content_generation, page_cache

        from podcasts.feeds import feed_context

        key = f"mist:feed:{content_generation()}:{self.pk}:{absolute_url('/', request)}"

        def render_feed():
            return render_to_string("podcasts/feed.xml", feed_context(self, request), request)

        body = (
            page_cache.get_or_set(key, render_feed, 24 * 3600)
            if settings.PAGE_FRAGMENT_CACHE
            else render_feed()
        )
        return HttpResponse(body, content_type="application/rss+xml; charset=utf-8")

    def get_structured_data(self, request):
        data = {
            "@context": "https://schema.org",
            "@type": "PodcastSeries",
            "name": self.title,
            "description": self.introduction,
            "url": page_url(self, request),
            "inLanguage": self.language_code,
            # The association publishes the show: its home page in this language is its url.
            "author": {
                "@type": "Organization",
                "name": self.author,
                "url": page_url(self.get_parent(), request),
            },
            "webFeed": absolute_url(self.feed_url(request), request),
        }
        if self.cover_id:
            data["image"] = absolute_url(self.cover.file.url, request)
        return data
