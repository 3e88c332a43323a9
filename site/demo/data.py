"""Reading the demo data files: YAML with French and English side by side.

Conventions of the data files (see the README's "Demo content" section):
- `{fr: …, en: …}`: a text in both languages. The French text goes into the page; the pair is
  remembered so the English translation gets the English text through wagtail-localize.
- `{rich: [...]}`: rich text. Each item is a paragraph `{fr, en}`, or `{bullets: [...]}` /
  `{numbered: [...]}` (a list of `{fr, en}` items), or `{heading: {fr, en}}`.
- `{page: "path/of/french/slugs"}`: a link to another page (a page chooser), from the home page.
- `{image: key}` / `{document: key}`: an image or document described in the app's
  `images.yaml` / `documents.yaml` (and `{audio: key}`: a podcast's `audio.yaml`).
- `{type: …, value: …}`: a block of a StreamField (a list of blocks).
- Anything else (numbers, dates, names that are the same in both languages) is taken as is.
"""

import html
from functools import cache
from pathlib import Path

import yaml
from django.apps import apps

from .tools import Pairs

DATA_FOLDER = "demo_content"


def app_folder(app_label):
    return Path(apps.get_app_config(app_label).path) / DATA_FOLDER


@cache
def _read(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def read(app_label, name):
    """The parsed YAML file `<app>/demo_content/<name>.yaml`."""
    return _read(app_folder(app_label) / f"{name}.yaml")


class Unresolved(Exception):
    """A reference to a page that does not exist yet (the loader retries it at the end)."""


def is_pair(value):
    return isinstance(value, dict) and set(value) == {"fr", "en"}


class Reader:
    """Turns data-file values into French field values, collecting the English pairs.

    `resolve(kind, key)` is called for a one-key mapping whose key is one of `kinds`
    (`page`, `image`, `document`, and what the sections add, such as `audio`)."""

    def __init__(self, resolve, kinds, pairs=None):
        self.resolve = resolve
        self.kinds = kinds
        self.pairs = pairs or Pairs()

    def value(self, data):
        if is_pair(data):
            return self.text(data)
        if isinstance(data, dict):
            if set(data) == {"rich"}:
                return self.rich(data["rich"])
            if len(data) == 1 and next(iter(data)) in self.kinds:
                kind, key = next(iter(data.items()))
                return self.resolve(kind, key)
            if set(data) == {"type", "value"}:
                # A StreamField block, as (type, value): Wagtail then reads the value as
                # Python objects (pages, documents), not as stored ids.
                return (data["type"], self.value(data["value"]))
            return {key: self.value(item) for key, item in data.items()}
        if isinstance(data, list):
            return [self.value(item) for item in data]
        return data

    def text(self, pair):
        french, english = str(pair["fr"]).strip(), str(pair["en"]).strip()
        self.pairs.t(french, english)
        if "\n" in french:
            # wagtail-localize keeps a multi-line text as one segment with <br/> per line break.
            self.pairs.t(french.replace("\n", "<br/>"), english.replace("\n", "<br/>"))
        return french

    def rich(self, items):
        parts = []
        for item in items:
            if is_pair(item):
                parts.append(f"<p>{self._inline(item)}</p>")
            elif "heading" in item:
                parts.append(f"<h3>{self._inline(item['heading'])}</h3>")
            else:
                tag = "ol" if "numbered" in item else "ul"
                entries = item.get("numbered") or item.get("bullets")
                lis = "".join(f"<li>{self._inline(entry)}</li>" for entry in entries)
                parts.append(f"<{tag}>{lis}</{tag}>")
        return "".join(parts)

    def _inline(self, pair):
        # The pair is kept unescaped: tools._store_strings escapes the English itself.
        self.pairs.t(str(pair["fr"]).strip(), str(pair["en"]).strip())
        return html.escape(str(pair["fr"]).strip(), quote=False)


def french(data):
    """The French side of a value, without collecting anything (for lookups)."""
    return str(data["fr"]).strip() if is_pair(data) else data
