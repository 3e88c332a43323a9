"""What the RSS feed of a show says: RSS 2.0, Apple's iTunes tags, Podcasting 2.0 tags."""

from email.utils import format_datetime

from django.utils.html import strip_tags
from mist_site.seo.addresses import absolute_url, page_url


def rfc2822(value):
    return format_datetime(value)


def feed_context(show, request):

    def absolute(location):
        return absolute_url(location, request)

    episodes = list(show.episodes().select_related("audio"))
    items = [
        {
            "episode": episode,
            "link": page_url(episode, request),
            "guid": episode.feed_guid_in(show.language_code),
            "pub_date": rfc2822(episode.publication_date),
            "enclosure_url": absolute(episode.audio.url),
            "transcript_url": absolute(episode.transcript_url(request)),
            "show_notes": episode.show_notes,
        }
        for episode in episodes
    ]
    last = max((episode.publication_date for episode in episodes), default=None)
    return {
        "show": show,
        "link": page_url(show, request),
        "feed_url": absolute(show.feed_url(request)),
        "cover_url": absolute(show.cover.file.url),
        "description": plain_text(show.description) or show.introduction,
        "language": show.language_code,
        "last_build_date": rfc2822(last) if last else "",
        "items": items,
    }


def plain_text(rich_text):
    """Rich text as one plain paragraph: directories show descriptions without HTML."""
    return " ".join(strip_tags(rich_text.replace("</p>", "</p> ")).split())
