"""Every journey walks (issue 17): a visitor who only follows links from /fr/ or /en/ reaches
every page of the sitemap and every form, the forms and the members' login are at most two
links from each home page, and no link leads to the other language except the switcher."""

import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from enquiries.models import AppointmentPage, MembershipInterestPage, TrainingQuotePage

pytestmark = pytest.mark.django_db

SKIPPED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/podcast-audio/")
MAX_PAGES = 400


class LinkParser(HTMLParser):
    """The links of a page, each marked as inside the language switcher or not."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []  # (href, in_switcher)
        self._stack = []  # for each open element: whether it opened the switcher

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        opens_switcher = "language-switcher" in (attrs.get("class") or "").split()
        if tag not in VOID_ELEMENTS:
            self._stack.append(opens_switcher)
        if tag == "a" and attrs.get("href"):
            self.links.append((attrs["href"], any(self._stack) or opens_switcher))

    def handle_endtag(self, tag):
        if tag not in VOID_ELEMENTS and self._stack:
            self._stack.pop()


VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"}
VOID_ELEMENTS |= {"source", "track", "wbr"}


def page_links(html):
    parser = LinkParser()
    parser.feed(html)
    return parser.links


def language_of(path):
    match = re.match(r"^/(fr|en)/", path)
    return match.group(1) if match else None


def login_path(language):
    with translation.override(language):
        return reverse("account_login")


class Walk:
    """Breadth-first walk over links from one home page: the depth (in links) of each address
    reached, the pages' links, and the addresses whose response is a redirect."""

    def __init__(self, start):
        self.client = Client()
        self.depth = {start: 0}
        self.links = {}
        self.redirects = {}
        queue = deque([start])
        while queue and len(self.links) < MAX_PAGES:
            path = queue.popleft()
            response = self.client.get(path)
            self.client.cookies.clear()
            if response.status_code in (301, 302):
                target = urlsplit(response["Location"]).path
                self.redirects[path] = target
                self._reach(target, self.depth[path], queue, follow=False)
                continue
            if response.status_code != 200 or "text/html" not in response["Content-Type"]:
                continue
            links = page_links(response.content.decode())
            self.links[path] = links
            for href, _in_switcher in links:
                parts = urlsplit(urljoin(path, href))
                if parts.scheme not in ("http", "https", "") or parts.netloc not in (
                    "",
                    "testserver",
                ):
                    continue
                if parts.path.startswith(SKIPPED_PREFIXES) or parts.path.endswith(
                    ("/feed/", "/flux/", "/transcript/", ".ics", ".xml")
                ):
                    continue
                # Query strings: only the pages of a listing (filters would multiply addresses).
                query = parts.query if re.fullmatch(r"page=\d+", parts.query or "") else ""
                target = parts.path + (f"?{query}" if query else "")
                self._reach(target, self.depth[path] + 1, queue)

    def _reach(self, path, depth, queue, follow=True):
        if path in self.depth:
            return
        self.depth[path] = depth
        # The members' area is walked up to its door (the login page), not inside.
        if follow and not path.startswith(login_path(language_of(path) or "fr")):
            queue.append(path)


@pytest.fixture(scope="module")
def walks(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return {language: Walk(f"/{language}/") for language in ("fr", "en")}


def sitemap_paths():
    response = Client().get("/sitemap.xml")
    assert response.status_code == 200
    return {urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", response.text)}


def test_following_links_reaches_every_page_of_the_sitemap(walks):
    reached = set(walks["fr"].depth) | set(walks["en"].depth)
    sitemap = sitemap_paths()
    assert len(sitemap) > 50
    assert sorted(sitemap - reached) == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_each_language_alone_reaches_all_its_pages(walks, language):
    """Even without the switcher, a visitor stays in her language and misses nothing."""
    walk = walks[language]
    own = {path for path in sitemap_paths() if language_of(path) == language}
    assert sorted(own - set(walk.depth)) == []


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("form", [AppointmentPage, TrainingQuotePage, MembershipInterestPage])
def test_each_form_is_at_most_two_links_from_the_home_page(walks, language, form):
    page = form.objects.live().get(locale__language_code=language)
    depth = walks[language].depth.get(page.url)
    assert depth is not None, f"{page.url} is not reached from /{language}/"
    assert depth <= 2, (page.url, depth)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_members_login_is_at_most_two_links_from_the_home_page(walks, language):
    login = login_path(language)
    walk = walks[language]
    depths = [depth for path, depth in walk.depth.items() if path.startswith(login)]
    assert depths, f"no link from /{language}/ leads to {login}"
    assert min(depths) <= 2


@pytest.mark.parametrize("language,other", [("fr", "en"), ("en", "fr")])
def test_no_link_leads_to_the_other_language_except_the_switcher(walks, language, other):
    crossing = []
    for walk in walks.values():
        for path, links in walk.links.items():
            if language_of(path) != language:
                continue
            for href, in_switcher in links:
                target = urlsplit(urljoin(path, href))
                if target.netloc in ("", "testserver") and language_of(target.path) == other:
                    if not in_switcher:
                        crossing.append(f"{path} → {href}")
    assert crossing == []


def test_the_check_above_sees_a_crossing_link_outside_the_switcher():
    html = (
        '<nav class="language-switcher"><ul><li><a href="/en/">English</a></li></ul></nav>'
        '<p><a href="/en/about-us/">About</a><br><img src="x" alt=""></p>'
    )
    assert page_links(html) == [("/en/", True), ("/en/about-us/", False)]
