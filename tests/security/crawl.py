"""A small crawler of the public site (anonymous visitor), for the privacy and robustness tests."""

import re
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

from django.test import Client

PRIVATE_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/")
MAX_PAGES = 250
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")\s]+)", re.I)
EXECUTABLE_SCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript"}


class PageParser(HTMLParser):
    """Collects links to follow, every resource the page loads, inline code and form fields."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.resources = []  # (tag, attribute, url)
        self.inline_scripts = []
        self.inline_styles = []
        self.style_attributes = []
        self.get_fields = set()
        self.post_forms = []  # (action, {field names})
        self.has_post_form = False
        self._in = None
        self._in_get_form = False
        self._in_post_form = False

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        for name in ("src", "poster", "data", "action", "formaction"):
            if attrs.get(name):
                self.resources.append((tag, name, attrs[name]))
        for name in ("srcset", "imagesrcset"):
            for candidate in attrs.get(name, "").split(","):
                if candidate.strip():
                    self.resources.append((tag, name, candidate.split()[0]))
        if tag == "link" and attrs.get("href"):
            # Every <link> but plain navigation links (alternate, canonical…) loads something.
            rels = set(attrs.get("rel", "").lower().split())
            if not rels <= {"alternate", "canonical", "next", "prev", "author", "license"}:
                self.resources.append((tag, "href", attrs["href"]))
        if attrs.get("style"):
            self.style_attributes.append(attrs["style"])
        if tag == "script" and not attrs.get("src"):
            if attrs.get("type", "").lower() in EXECUTABLE_SCRIPT_TYPES:
                self._in = "script"
        if tag == "style":
            self._in = "style"
        if tag == "form":
            method = attrs.get("method", "get").lower()
            self.has_post_form |= method == "post"
            self._in_get_form = method == "get"
            self._in_post_form = method == "post"
            if method == "post":
                self.post_forms.append((attrs.get("action", ""), set()))
        if tag in ("input", "select", "textarea") and attrs.get("name"):
            if self._in_get_form:
                self.get_fields.add(attrs["name"])
            elif self._in_post_form:
                self.post_forms[-1][1].add(attrs["name"])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._in = None
        if tag == "form":
            self._in_get_form = False
            self._in_post_form = False

    def handle_data(self, data):
        if self._in == "script" and data.strip():
            self.inline_scripts.append(data)
        elif self._in == "style" and data.strip():
            self.inline_styles.append(data)


class CrawledPage:
    def __init__(self, url, response, parser):
        self.url = url
        self.response = response
        self.parser = parser


def is_internal(url):
    parts = urlsplit(url)
    return parts.scheme in ("", "http", "https") and parts.netloc in ("", "testserver")


def foreign_host(url):
    """The other host a URL points at, or None when it stays on the site."""
    url = url.strip()
    if url.startswith(("data:", "blob:", "#", "mailto:", "tel:")):
        return None
    parts = urlsplit(url)
    if parts.netloc and parts.netloc != "testserver":
        return parts.netloc
    if parts.scheme not in ("", "http", "https"):
        return parts.scheme
    return None


def sitemap_paths(client):
    """Every page the sitemap lists: pages no link leads to (a form page) are crawled too."""
    response = client.get("/sitemap.xml")
    if response.status_code != 200:
        return []
    locations = re.findall(r"<loc>([^<]+)</loc>", response.content.decode())
    return [urlsplit(location).path for location in locations]


def crawl(start=("/fr/", "/en/"), limit=MAX_PAGES):
    """Public HTML pages reachable from the home pages or listed in the sitemap, and the query
    names seen in links."""
    client = Client()
    queue = list(dict.fromkeys([*start, *sitemap_paths(client)]))
    seen = set(queue)
    pages = []
    query_names = set()
    while queue and len(pages) < limit:
        url = queue.pop(0)
        response = client.get(url)
        client.cookies.clear()
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        parser = PageParser()
        parser.feed(response.content.decode())
        pages.append(CrawledPage(url, response, parser))
        for href in parser.links:
            if not is_internal(href):
                continue
            absolute = urljoin(url, href)
            parts = urlsplit(absolute)
            query_names.update(name for name, _ in parse_qsl(parts.query))
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if parts.path.startswith(PRIVATE_PREFIXES) or is_private_path(parts.path):
                continue
            if path not in seen:
                seen.add(path)
                queue.append(path)
    return pages, query_names


def is_private_path(path):
    from django.urls import Resolver404, resolve

    try:
        match = resolve(path)
    except Resolver404:
        return False
    return "members_area" in match.namespaces or match.func.__module__.startswith("allauth.")
