"""One episode: numbers, notes, the shared audio file, its transcript, its project."""

import uuid

from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from mist_site.seo.addresses import absolute_url, page_url
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import RICH_TEXT_FEATURES
from home.models import BasePage
from podcasts.models.show import language_guid
from podcasts.panels import ProjectChooserPanel


class EpisodeQuerySet(PageQuerySet):
    def in_feed_order(self):
        """Newest first: highest season, then highest episode number."""
        return self.order_by("-season", "-episode_number", "-first_published_at")


EpisodeManager = PageManager.from_queryset(EpisodeQuerySet)


class EpisodePage(RoutablePageMixin, BasePage):
    season = models.PositiveSmallIntegerField(default=1, verbose_name=_("Season"))
    episode_number = models.PositiveSmallIntegerField(verbose_name=_("Episode number"))
    summary = models.TextField(
        verbose_name=_("Summary"), help_text=_("Two or three plain sentences, shown in apps.")
    )
    show_notes = RichTextField(
        features=RICH_TEXT_FEATURES, blank=True, verbose_name=_("Show notes")
    )
    audio = models.ForeignKey(
        "podcasts.AudioFile",
        on_delete=models.PROTECT,
        related_name="episodes",
        verbose_name=_("Audio file"),
        help_text=_(
            "Choose a recording, or upload one in the chooser's “Upload an audio file” tab "
            "(MP3 or M4A). The French and English pages of an episode share the same recording."
        ),
    )
    publication_date = models.DateTimeField(verbose_name=_("Publication date"))
    transcript = models.TextField(
        verbose_name=_("Transcript"),
        help_text=_("Everything that is said, for people who cannot or prefer not to listen."),
    )
    speakers = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("Speakers"),
        help_text=_(
            "First names or pseudonyms only, separated by commas. Never a surname: "
            "speakers may be in danger if they are recognised."
        ),
    )
    related_project = models.ForeignKey(
        # A Page key limited to projects.ProjectPage in the chooser: the projects app's model
        # is built in parallel, and this keeps podcasts' migrations free of a dependency on it.
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="episodes",
        verbose_name=_("Related project"),
    )
    guid = models.UUIDField(default=uuid.uuid4, editable=False, verbose_name=_("Episode GUID"))

    objects = EpisodeManager()

    # Names and numbers are the same in every language; the words around them are translated.
    override_translatable_fields = [
        SynchronizedField("speakers"),
        SynchronizedField("season"),
        SynchronizedField("episode_number"),
        SynchronizedField("publication_date"),
    ]

    # First names or pseudonyms are the same in every language (issue 18).
    override_translatable_fields = [SynchronizedField("speakers")]
    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("season"), FieldPanel("episode_number")]),
        FieldPanel("summary"),
        FieldPanel("audio"),
        FieldPanel("publication_date"),
        FieldPanel("speakers"),
        FieldPanel("show_notes"),
        FieldPanel("transcript"),
        MultiFieldPanel(
            [ProjectChooserPanel("related_project")],
            heading=_("Project"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("show_notes"),
        index.SearchField("transcript"),
    ]
    parent_page_types = ["podcasts.PodcastPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Podcast episode")
        ordering = ["-season", "-episode_number"]

    def get_meta_description(self):
        return self.search_description or self.summary

    @property
    def feed_guid(self):
        return self.feed_guid_in(self.locale.language_code)

    def feed_guid_in(self, language_code):
        """The feed passes its language in, so that listing episodes costs no locale query."""
        return language_guid(self.guid, language_code)

    @property
    def speaker_list(self):
        return [name.strip() for name in self.speakers.split(",") if name.strip()]

    def transcript_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("transcript")

    def get_cached_paths(self):
        # Purged with the episode (wagtail.contrib.frontend_cache): its transcript too.
        return ["/", self.reverse_subpage("transcript")]

    @path("")
    def episode(self, request):
        return self.render(request)

    @path("transcript/", name="transcript")
    def transcript_file(self, request):
        response = HttpResponse(self.transcript, content_type="text/plain; charset=utf-8")
        response["Content-Disposition"] = (
            f'inline; filename="{self.slug}-transcript-{self.locale.language_code}.txt"'
        )
        response["Content-Language"] = self.locale.language_code
        return response

    def get_structured_data(self, request):
        show = self.get_parent()
        data = {
            "@context": "https://schema.org",
            "@type": "PodcastEpisode",
            "name": self.title,
            "description": self.summary,
            "url": page_url(self, request),
            "inLanguage": self.locale.language_code,
            "episodeNumber": self.episode_number,
            "datePublished": self.publication_date.date().isoformat(),
            "partOfSeason": {"@type": "PodcastSeason", "seasonNumber": self.season},
            "partOfSeries": {
                "@type": "PodcastSeries",
                "name": show.title,
                "url": page_url(show, request),
            },
            # schema.org defines `transcript` on AudioObject, not on PodcastEpisode.
            "associatedMedia": {
                "@type": "AudioObject",
                "contentUrl": absolute_url(self.audio.url, request),
                "encodingFormat": self.audio.mime_type,
                "contentSize": str(self.audio.size),
                "duration": f"PT{self.audio.duration}S",
                "transcript": self.transcript,
            },
        }
        return data
