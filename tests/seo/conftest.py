"""Helpers of the SEO tests: read <head> the way a crawler does."""

from html.parser import HTMLParser

import pytest


class HeadReader(HTMLParser):
    """Collects <title>, <link>, <meta> and JSON-LD scripts of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.titles = []
        self.links = []
        self.metas = []
        self.json_ld = []
        self.anchors = []
        self._in_title = False
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self._in_title = True
            self.titles.append("")
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "meta":
            self.metas.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")
        elif tag == "a" and attrs.get("href"):
            self.anchors.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_title:
            self.titles[-1] += data
        elif self._in_json_ld:
            self.json_ld[-1] += data

    def links_with_rel(self, rel):
        return [link for link in self.links if link.get("rel") == rel]

    def meta(self, key):
        """Every content of <meta property=key> or <meta name=key>."""
        return [
            meta.get("content")
            for meta in self.metas
            if meta.get("property") == key or meta.get("name") == key
        ]


def read_head(response):
    reader = HeadReader()
    reader.feed(response.content.decode())
    return reader


@pytest.fixture
def public_pages(db):
    """Every live public page of both language trees."""
    from wagtail.models import Page

    from home.models import HomePage

    pages = []
    for home in HomePage.objects.live():
        pages.extend(Page.objects.live().public().descendant_of(home, inclusive=True))
    return pages
