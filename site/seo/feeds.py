"""Atom feed of the advocacy timelines: one feed per language gathering the dated entries of
every live public TimelinePage of that language, newest first.

A Django feed view mounted in i18n_patterns (/fr/plaidoyer/flux/, /en/advocacy/feed/) rather
than a route on the page: the timelines are several pages (recommendations, collective) that
readers follow as one stream, and TimelinePage stays a plain page type."""

import datetime
import re
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale
from wagtail.rich_text import expand_db_html

from home.models import TimelinePage

from .addresses import absolute_url, page_url

MAX_ITEMS = 50


@dataclass
class FeedEntry:
    page: TimelinePage
    page_url: str
    block_id: str  # StreamField block ids survive edits and reordering: a stable entry id
    date: datetime.date
    title: str
    text: str

    @property
    def published(self):
        moment = datetime.datetime.combine(self.date, datetime.time(9, 0))
        return timezone.make_aware(moment, timezone.get_default_timezone())


def timeline_entries(request, locale):
    pages = TimelinePage.objects.live().public().filter(locale=locale).order_by("path")
    entries = []
    for page in pages:
        address = page_url(page, request)
        for block in page.entries:
            value = block.value
            text = value.get("text")
            entries.append(
                FeedEntry(
                    page=page,
                    page_url=address,
                    block_id=str(block.id),
                    date=value["date"],
                    title=value["title"],
                    text=absolute_links(request, expand_db_html(text.source)) if text else "",
                )
            )
    entries.sort(key=lambda entry: (entry.date, entry.page_url), reverse=True)
    return entries[:MAX_ITEMS]


def absolute_links(request, html):
    """Feed readers do not know the site's address: make its links absolute."""
    origin = absolute_url("/", request).rstrip("/")
    return re.sub(r'(href|src)="/(?!/)', rf'\1="{origin}/', html)


class TimelineFeed(Feed):
    feed_type = Atom1Feed
    title = _("Mist — advocacy timeline")
    subtitle = _("Hearings, contributions and letters of Mist and its partners, by date.")

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.get_active()

    def link(self, locale):
        """The page that lists the timelines (the advocacy page), else the home page."""
        first = TimelinePage.objects.live().public().filter(locale=locale).first()
        target = first.get_parent() if first else None
        if target is None:
            from home import navigation

            target = navigation.current_home(self.request)
        return target.get_url(self.request) if target else f"/{locale.language_code}/"

    def items(self, locale):
        return timeline_entries(self.request, locale)

    def item_title(self, entry):
        return entry.title

    def item_description(self, entry):
        return entry.text  # escaped by the feed generator, read as HTML (type="html")

    def item_link(self, entry):
        return entry.page_url

    def item_guid(self, entry):
        return f"{entry.page_url}#{entry.block_id}"

    def item_guid_is_permalink(self, entry):
        return False

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.page.last_published_at or entry.published

    def item_categories(self, entry):
        return [entry.page.title]
