"""Tools the demo loaders of every app share: idempotent page creation, translation into
English through wagtail-localize itself, and images drawn locally (no downloads)."""

import html
import io
import re

from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

SOURCE_LANGUAGE = "fr"
TARGET_LANGUAGE = "en"


class Pairs:
    """Collects French → English pairs while the French content is written.

    `t("Bonjour", "Hello")` returns the French text and remembers the English one, so each
    sentence is written once, next to its translation. `p()` and `ul()` do the same for rich
    text, where wagtail-localize cuts one segment per paragraph or list item."""

    def __init__(self):
        self.mapping = {}

    def t(self, fr, en):
        self.mapping[_key(fr)] = en
        return fr

    def p(self, *pairs):
        return "".join(f"<p>{self.t(fr, en)}</p>" for fr, en in pairs)

    def ul(self, *pairs, ordered=False):
        tag = "ol" if ordered else "ul"
        items = "".join(f"<li>{self.t(fr, en)}</li>" for fr, en in pairs)
        return f"<{tag}>{items}</{tag}>"

    def update(self, other):
        self.mapping.update(other.mapping)


def _key(text):
    return re.sub(r"\s+", " ", html.unescape(str(text))).strip()


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def ensure_locales():
    return locale(SOURCE_LANGUAGE), locale(TARGET_LANGUAGE)


def french_home():
    from home.models import HomePage

    return HomePage.objects.filter(locale__language_code=SOURCE_LANGUAGE).first()


def child_by_slug(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def ensure_page(parent, model, slug, **fields):
    """Return the child page with this slug, creating and publishing it if it is missing.
    An existing page is left exactly as it is: running the loader again changes nothing."""
    existing = child_by_slug(parent, slug)
    if existing is not None:
        return existing, False
    page = model(slug=slug, locale_id=parent.locale_id, **fields)
    normalise_streams(page)
    with transaction.atomic():
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page, True


def normalise_streams(instance):
    """Store StreamField values in Wagtail's block format (list items with ids): raw demo
    data in the simple format would hide list items from wagtail-localize's extraction."""
    from wagtail.fields import StreamField

    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            # Iterating converts every child; get_prep_value alone would return raw data as is.
            children = list(getattr(instance, field.name))
            setattr(instance, field.name, [child.get_prep_value() for child in children])


def translate(instance, pairs, target=TARGET_LANGUAGE):
    """Translate a French page or snippet into `target` through wagtail-localize, so the
    editor later finds a normal, synchronised translation in the admin. Strings without a
    pair (names, addresses) keep the French text. Returns the translated instance."""
    from wagtail_localize.models import Translation, TranslationSource

    target_locale = locale(target)
    existing = instance.get_translation_or_none(target_locale)
    if existing is not None and not getattr(existing, "alias_of_id", None):
        return existing.specific if isinstance(existing, Page) else existing

    mapping = pairs.mapping if isinstance(pairs, Pairs) else pairs
    # Read the saved row back: StreamField list items only get their block format (which
    # wagtail-localize needs to extract their strings) once stored.
    instance = type(instance).objects.get(pk=instance.pk)
    if isinstance(instance, Page):
        instance = instance.specific
    with transaction.atomic():
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=target_locale
        )
        _store_strings(source, target_locale, mapping)
        translation.save_target(publish=True)
    result = instance.get_translation(target_locale)
    return result.specific if isinstance(result, Page) else result


def refresh_translation(instance, pairs, target=TARGET_LANGUAGE):
    """Re-apply the English strings after the French source changed (new links, new blocks)."""
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(instance)
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=locale(target))
    translation.source = source
    existing_mapping = pairs.mapping if isinstance(pairs, Pairs) else pairs
    _store_strings(source, locale(target), existing_mapping)
    translation.save_target(publish=True)


def _store_strings(source, target_locale, mapping):
    from wagtail_localize.models import StringSegment, StringTranslation

    segments = StringSegment.objects.filter(source=source).select_related("string")
    for segment in segments:
        english = mapping.get(_key(segment.string.data))
        if english is None:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=target_locale,
            context=segment.context,
            defaults={
                "data": english if "<" in english else html.escape(english, quote=False),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )


def ensure_image(title, description, colours, size=(1200, 800), shape="circles"):
    """A Wagtail image drawn with Pillow: soft colour fields, no text. `description` is
    the alternative text."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    width, height = size
    picture = PILImage.new("RGB", size, colours[0])
    draw = ImageDraw.Draw(picture)
    for index, colour in enumerate(colours[1:], start=1):
        radius = int(min(width, height) * (0.55 - 0.12 * index))
        cx = int(width * (0.25 + 0.22 * index)) % width
        cy = int(height * (0.35 + 0.15 * index)) % height
        if shape == "circles":
            draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=colour)
        else:
            draw.rectangle(
                (cx - radius, cy - radius // 2, cx + radius, cy + radius // 2), fill=colour
            )
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "image"
    image = Image(title=title, description=description)
    image.file = ImageFile(buffer, name=f"{slug}.jpg")
    image.save()
    return image


def link_translations_to_translated_pages(target=TARGET_LANGUAGE):
    """Point the page links of each translated page at the pages of its own language.

    wagtail-localize keeps page choosers (calls to action, an episode's project…) pointing at
    the French page unless the translation overrides them, as an editor would in its
    translation editor. The demo does the same once every page exists: an override per link
    whose page has a translation, then the translation is saved again. Idempotent."""
    import json

    from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation

    target_locale = locale(target)
    for translation in Translation.objects.filter(target_locale=target_locale).select_related(
        "source"
    ):
        source = translation.source
        if not issubclass(source.specific_content_type.model_class(), Page):
            continue
        model = source.specific_content_type.model_class()
        changed = False
        segments = OverridableSegment.objects.filter(source=source).select_related("context")
        for segment in segments:
            if not _is_page_reference(model, segment.context.path):
                continue
            page = Page.objects.filter(pk=segment.data).first()
            if page is None or page.locale_id == target_locale.pk:
                continue
            translated = page.get_translations().filter(locale=target_locale).first()
            if translated is None:
                continue
            override, created = SegmentOverride.objects.get_or_create(
                locale=target_locale,
                context=segment.context,
                defaults={"data_json": json.dumps(translated.pk)},
            )
            if created or override.data != translated.pk:
                override.data_json = json.dumps(translated.pk)
                override.save()
                changed = True
        if changed:
            translation.save_target(publish=True)


def _is_page_reference(model, path):
    """Whether a segment path names a page: a foreign key to a page, or a StreamField block
    called "page" (the page choosers of home/blocks.py)."""
    from django.db.models import ForeignKey

    field_name, _sep, rest = path.partition(".")
    try:
        field = model._meta.get_field(field_name)
    except Exception:
        return False
    if isinstance(field, ForeignKey):
        return issubclass(field.related_model, Page)
    return rest.endswith(".page") or rest == "page"
