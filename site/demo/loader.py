"""Build pages and snippets from the data files, then translate them through wagtail-localize.

A page file holds a list of pages; each page is a mapping with the reserved keys `page` (the
model, "app.Model"), `slug`, `children` (pages below it) and `parent` (the path of French
slugs of its parent, when it is not the home page); every other key is a field of the page.
A page that exists (same parent, same French slug) is left exactly as it is, so running the
loader again changes nothing."""

from django.apps import apps
from wagtail.models import Page

from . import data
from .documents import ensure_pdf
from .tools import (
    child_by_slug,
    ensure_image,
    ensure_locales,
    ensure_page,
    french_home,
    link_translations_to_translated_pages,
    normalise_streams,
    refresh_translation,
    translate,
)

RESERVED = {"page", "slug", "children", "parent"}


class Loader:
    def __init__(self, stdout):
        self.stdout = stdout
        # kind of reference in the data files → function(key) giving the object.
        self.resolvers = {
            "page": self.page_at,
            "image": self.image,
            "document": self.document,
        }
        self.reader = data.Reader(self.resolve, self.resolvers)
        self.images = {}
        self.documents = {}
        self.snippets = {}
        self.pages = []  # every page met, in tree order (translated at the end)
        self.created_with_links = []  # new pages whose English links need the English targets
        self.deferred = []  # (page, {field: data}) links to pages that came later
        self._links_seen = False

    # References -------------------------------------------------------------------------
    def resolve(self, kind, key):
        if kind == "page":
            self._links_seen = True
        return self.resolvers[kind](key)

    def image(self, key):
        spec = self.images[key]
        return ensure_image(
            spec["title"],
            data.french(spec["alt"]),
            spec["colours"],
            size=tuple(spec.get("size", (1200, 800))),
            shape=spec.get("shape", "circles"),
        )

    def document(self, key):
        spec = self.documents[key]
        return ensure_pdf(spec["title"], spec["text"].splitlines())

    def page_at(self, path):
        """The French page at this path of slugs below the home page."""
        page = french_home()
        if page is None:
            raise data.Unresolved(path)
        for slug in [part for part in path.split("/") if part]:
            page = child_by_slug(page, slug)
            if page is None:
                raise data.Unresolved(path)
        return page

    def media(self, app_label):
        """Register the images and documents an app's data files may refer to."""
        folder = data.app_folder(app_label)
        if (folder / "images.yaml").exists():
            self.images.update(data.read(app_label, "images"))
        if (folder / "documents.yaml").exists():
            self.documents.update(data.read(app_label, "documents"))

    # Snippets ---------------------------------------------------------------------------
    def snippets_from(self, app_label, name):
        """A snippet file: `model`, `lookup` (the field that finds an existing one) and
        `items` (key → fields). Returns {key: French snippet}, each translated to English."""
        spec = data.read(app_label, name)
        model = apps.get_model(spec["model"])
        french_locale = ensure_locales()[0]
        found = {}
        for key, fields in spec["items"].items():
            values = self.reader.value(fields)
            lookup = {field: values[field] for field in spec["lookup"]}
            instance = model.objects.filter(locale=french_locale, **lookup).first()
            if instance is None:
                instance = model.objects.create(locale=french_locale, **values)
            translate(instance, self.reader.pairs)
            found[key] = instance
        self.snippets[(app_label, name)] = found
        return found

    # Pages ------------------------------------------------------------------------------
    def pages_from(self, app_label, name, parent_path="", relations=None):
        """Build the pages of `<app>/demo_content/<name>.yaml` below the page at
        `parent_path`. `relations` maps a data key to a function that turns its value into
        (field name, value), for fields that are not plain data (inline relations)."""
        for spec in data.read(app_label, name):
            parent = self.page_at(spec.get("parent", parent_path))
            self.build(parent, spec, relations or {})

    def build(self, parent, spec, relations):
        slug = self.reader.value(spec["slug"])
        page = child_by_slug(parent, slug)
        if page is None:
            page = self._create(parent, spec, slug, relations)
        self.pages.append(page)
        for child in spec.get("children", []):
            self.build(page, child, relations)
        return page

    def _create(self, parent, spec, slug, relations):
        model = apps.get_model(spec["page"])
        fields, later = {}, {}
        self._links_seen = False
        for name, value in spec.items():
            if name in RESERVED:
                continue
            if name in relations:
                field, fields[field] = relations[name](value)
                continue
            try:
                fields[name] = self.reader.value(value)
            except data.Unresolved:
                later[name] = value
        page, _created = ensure_page(parent, model, slug, **fields)
        if later:
            self.deferred.append((page, later))
        if self._links_seen or later:
            self.created_with_links.append(page)
        return page

    def finish(self):
        """Fill the links to pages built later, translate every page (French → English),
        then re-translate the new pages with links so they point to English pages."""
        for stale, later in self.deferred:
            # Read the page again: the copy in memory has an outdated count of children,
            # which publishing would write back (treebeard then sees no children).
            page = Page.objects.get(pk=stale.pk).specific
            for name, value in later.items():
                setattr(page, name, self.reader.value(value))
            normalise_streams(page)
            page.save_revision().publish()
        for page in self.pages:
            translate(page, self.reader.pairs)
        for page in self.created_with_links:
            refresh_translation(Page.objects.get(pk=page.pk).specific, self.reader.pairs)
        # Once every page exists in both languages, English links lead to English pages.
        link_translations_to_translated_pages()
        self.pages, self.deferred, self.created_with_links = [], [], []
