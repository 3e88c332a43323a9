"""French typography, applied to French HTML pages as they leave the site.

French puts a narrow no-break space (U+202F) before ; ! ? and inside « », a no-break space
(U+00A0) before :, and writes "1er" for the first day of a month. Editors, translators and
templates cannot be trusted to type invisible characters, and a line must never start with a
lone « ? ». So one response filter fixes the visible text of every French page, whatever wrote
it (rich text, StreamField, interface strings, form errors), instead of a template filter that
every template would have to remember. It runs inside the caches (the cached and the fresh page
are the same bytes) and only touches text between tags: never tags or their attributes, URLs,
entities' spelling of markup, or the inside of <script>, <style>, <pre>, <code>, <textarea>.
English pages are left untouched."""

import html
import re

from django.utils import translation

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"  # no-break space

# A tag, a comment, or an element whose text is code or typed data (kept byte for byte).
TOKENS = re.compile(
    r"(<!--.*?-->|<(script|style|pre|code|textarea|kbd|samp)\b[^>]*>.*?</\2\s*>|<[^>]*>)",
    re.S | re.I,
)
# Tags that do not break a line of text: punctuation after them still follows the word before.
INLINE_TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "data", "del", "dfn", "em", "i", "ins", "label",
    "mark", "q", "s", "small", "span", "strong", "sub", "sup", "time", "u",
}  # fmt: skip
TAG_NAME = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9-]*)")
# Runs that are not prose: web and mail addresses.
PROTECTED = re.compile(r"(?:https?://|www\.)[^\s<>«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PLACEHOLDER = "\ue000"
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
FIRST_OF_MONTH = re.compile(rf"(?<![\w.,])1[ {NBSP}{NNBSP}]({MONTHS})\b")
# What may come right before the space of a punctuation mark: a word, a figure, a closing
# quote or bracket; not a space, an opening bracket or another mark ("?!" stays together).
WORD_END = r"[^\s(\[«;:!?'\"/]"
# Spaces (or none) before ; ! ? become one narrow no-break space. The mark must end a group of
# words (a space, the end of the run or closing punctuation after it): "?id=3" is left alone.
BEFORE_TALL = re.compile(rf"(?<={WORD_END})\s*([;!?])(?=[\s»)\].,;:!?…'\"]|$)")
# The same before a colon, with a no-break space; "10:30" and "http:" are left alone.
BEFORE_COLON = re.compile(rf"(?<={WORD_END})\s*:(?=[\s»)\]]|$)")
OPENING = re.compile(r"«\s*")
CLOSING = re.compile(r"(?<=\S)\s*»")


def fix_text(text, before=""):
    """French spacing in one run of plain text. `before` is the character shown just before it
    (the end of the previous run, across inline tags such as <a> or <strong>)."""
    # Addresses are set aside behind a placeholder (a private-use character, which counts as
    # the end of a word for the spacing around it), then put back.
    kept = PROTECTED.findall(text)
    fixed = _fix_prose(PROTECTED.sub(PLACEHOLDER, text)) if kept else _fix_prose(text)
    for address in kept:
        fixed = fixed.replace(PLACEHOLDER, address, 1)
    # A run that starts with a mark right after a word of the previous run.
    if fixed and before and re.match(WORD_END, before) and fixed[0] in ";!?:»":
        fixed = (NBSP if fixed[0] == ":" else NNBSP) + fixed
    return fixed


def _fix_prose(text):
    if not text:
        return text
    text = OPENING.sub("«" + NNBSP, text)
    text = CLOSING.sub(NNBSP + "»", text)
    text = BEFORE_TALL.sub(lambda match: NNBSP + match.group(1), text)
    text = BEFORE_COLON.sub(NBSP + ":", text)
    return FIRST_OF_MONTH.sub(r"1er \1", text)


def french_typography(markup):
    """Apply French spacing to the text between the tags of an HTML document."""
    out = []
    before = ""
    position = 0
    for token in TOKENS.finditer(markup):
        text = markup[position : token.start()]
        if text:
            fixed, before = _fix_node(text, before)
            out.append(fixed)
        tag = token.group()
        name = TAG_NAME.match(tag)
        if token.group(2) or name is None or name.group(1).lower() not in INLINE_TAGS:
            before = ""  # a block, a line break, code: the text after starts afresh
        out.append(tag)
        position = token.end()
    if position < len(markup):
        out.append(_fix_node(markup[position:], before)[0])
    return "".join(out)


def _fix_node(raw, before):
    """One text node of the markup: (its new markup, the last character it shows)."""
    text = html.unescape(raw) if "&" in raw else raw
    if not any(mark in text for mark in ";!?:«»1"):
        return raw, text[-1:]
    fixed = fix_text(text, before)
    if fixed == text:
        return raw, text[-1:]
    # Back to markup: only &, < and > need escaping in text; the spaces stay characters.
    return html.escape(fixed, quote=False), fixed[-1:]


class FrenchTypographyMiddleware:
    """Runs French typography over French HTML pages of the public site and members' area
    (never the Wagtail admin, whose French is Wagtail's own)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            translation.get_language() == "fr"
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not request.path.startswith(("/admin/", "/django-admin/"))
            and response.status_code != 304
        ):
            charset = response.charset or "utf-8"
            fixed = french_typography(response.content.decode(charset))
            response.content = fixed.encode(charset)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
