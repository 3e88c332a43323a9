"""French typography (issue 17): every French page's visible text has a narrow no-break space
before ; ! ? and inside « », a no-break space before :, whatever wrote it; English is left as
it is, and so are attributes, addresses and code."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.test import Client

from home.typography import french_typography

pytestmark = pytest.mark.django_db

NNBSP = "\u202f"
NBSP = "\u00a0"
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "legend", "li", "main", "nav", "ol", "option", "p", "section", "summary",
    "table", "td", "th", "title", "tr", "ul",
}  # fmt: skip
HIDDEN_TEXT = {"script", "style", "pre", "code", "textarea", "template"}


class VisibleText(HTMLParser):
    """The text a reader sees: text nodes in order, a line break at each block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TEXT:
            self.hidden += 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TEXT:
            self.hidden -= 1
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    return "".join(parser.parts)


ADDRESSES = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A mark that ends a group of words, right after a word: what must come before it.
TALL_MARK = re.compile(r"(\S)(\s?)([;!?])(?=\s|$|[»).,])")
COLON = re.compile(r"([^\s\d])(\s?)(:)(?=\s|$)|(\d)(\s?)(:)(?=\s)")
OPENING = re.compile(r"«(\s?)")
CLOSING = re.compile(r"(\s?)»")


def spacing_mistakes(text):
    """Each place of `text` where French spacing is wrong, with a few characters around."""
    text = ADDRESSES.sub("ADDRESS", text)
    mistakes = []

    def note(match, space, wanted):
        if space != wanted:
            start = max(match.start() - 25, 0)
            mistakes.append(text[start : match.end() + 5].replace("\n", " ⏎ "))

    for match in TALL_MARK.finditer(text):
        if match.group(1) in ";!?:(«[":
            continue  # "?!", "(?)": no space inside a cluster of marks
        note(match, match.group(2), NNBSP)
    for match in COLON.finditer(text):
        note(match, match.group(2) if match.group(1) else match.group(5), NBSP)
    for match in OPENING.finditer(text):
        note(match, match.group(1), NNBSP)
    for match in CLOSING.finditer(text):
        if match.start() > 0 and text[match.start() - 1] != "\n":
            note(match, match.group(1), NNBSP)
    return mistakes


def french_pages():
    """Every French page of the sitemap, the forms and a few pages outside it."""
    client = Client()
    sitemap = client.get("/sitemap.xml").content.decode()
    paths = [urlsplit(loc).path for loc in re.findall(r"<loc>([^<]+)</loc>", sitemap)]
    paths = [path for path in paths if path.startswith("/fr/")]
    return [*paths, "/fr/recherche/?q=traite", "/fr/page-qui-n-existe-pas/", "/fr/compte/login/"]


def test_every_french_page_has_french_spacing_in_its_visible_text(client):
    paths = french_pages()
    assert len(paths) > 40
    mistakes = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        found = spacing_mistakes(visible_text(response.content.decode()))
        if found:
            mistakes[path] = found
    assert mistakes == {}


def test_the_check_above_spots_ordinary_and_missing_spaces():
    assert len(spacing_mistakes("Épisode 10: la Libye")) == 1
    assert len(spacing_mistakes("Thème : santé")) == 1
    assert len(spacing_mistakes("Pourquoi ? Oui! « Non »")) == 4
    assert spacing_mistakes(f"Pourquoi{NNBSP}?! «{NNBSP}Non{NNBSP}» 10:30 https://a.fr/?q") == []


def test_english_pages_are_left_as_they_are(client):
    html = client.get("/en/privacy/").content.decode()
    assert NNBSP not in visible_text(html)
    assert "Write to us:" in visible_text(html)


def test_attributes_scripts_and_addresses_keep_their_characters(client):
    html = client.get("/fr/").content.decode()
    for value in re.findall(r'content="([^"]*)"', html):
        assert NNBSP not in value and NBSP not in value
    for script in re.findall(r"<script[^>]*>(.*?)</script>", html, re.S):
        assert NNBSP not in script and NBSP not in script


@pytest.mark.parametrize(
    "before,after",
    [
        ("<p>Épisode 10: la Libye</p>", f"<p>Épisode 10{NBSP}: la Libye</p>"),
        ("<p>Thème : santé ; droits !</p>", f"<p>Thème{NBSP}: santé{NNBSP}; droits{NNBSP}!</p>"),
        ("<p>«Plus que leurs histoires »</p>", f"<p>«{NNBSP}Plus que leurs histoires{NNBSP}»</p>"),
        (
            "<p><strong>Attention</strong>: lisez</p>",
            f"<p><strong>Attention</strong>{NBSP}: lisez</p>",
        ),
        ("<p>le 1 janvier 2021, le 11 mars</p>", "<p>le 1er janvier 2021, le 11 mars</p>"),
        ("<p>À 10:30, l&#x27;association ?</p>", f"<p>À 10:30, l'association{NNBSP}?</p>"),
        ("<p>Voir https://a.fr/?q=1 ou a@b.org</p>", "<p>Voir https://a.fr/?q=1 ou a@b.org</p>"),
        ('<a title="Thème: x" href="/?a=b">x</a>', '<a title="Thème: x" href="/?a=b">x</a>'),
        ("<script>a = {b: 1}; c()</script>", "<script>a = {b: 1}; c()</script>"),
        ("<pre>a: b</pre><code>x ?</code>", "<pre>a: b</pre><code>x ?</code>"),
        ("<textarea>Typed: kept</textarea>", "<textarea>Typed: kept</textarea>"),
        ("<p>Pourquoi ?!</p><p>a &amp; b</p>", f"<p>Pourquoi{NNBSP}?!</p><p>a &amp; b</p>"),
        ("<p>&lt;b&gt; : x</p>", f"<p>&lt;b&gt;{NBSP}: x</p>"),
    ],
)
def test_french_typography_of_markup(before, after):
    assert french_typography(before) == after


def test_the_first_of_the_month_in_a_french_date():
    """Dates rendered by Django in French ("1 juin 2023") read "1er juin 2023"."""
    html = french_typography("<time>1 juin 2023</time> <time>21 juin 2023</time>")
    assert html == "<time>1er juin 2023</time> <time>21 juin 2023</time>"


def test_interface_strings_of_french_pages_get_the_spacing_too(client):
    html = client.get("/fr/").content.decode()
    assert f"Écrivez-nous{NBSP}:" in html  # the footer's interface string
    assert f"Vous avez besoin d'aide{NNBSP}?" in html  # content (a call to action)


def test_the_response_length_and_validators_follow_the_new_text(client):
    response = client.get("/fr/contact/")
    if response.has_header("Content-Length"):
        assert int(response["Content-Length"]) == len(response.content)
