"""The checks behind `manage.py check_content`. Each returns a list of readable problems.

Texts are read where wagtail-localize keeps them: each translatable text of a page is a
segment of its source, and its translation is a StringTranslation in the other locale."""

import re

from django.conf import settings
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, ReferenceIndex

# Small words that say which language a sentence is in ("a", "on", "de"… are left out:
# they exist in both).
FRENCH_WORDS = {
    "le", "la", "les", "des", "du", "et", "pour", "avec", "une", "un", "est", "sont", "dans",
    "sur", "nous", "vous", "qui", "que", "au", "aux", "leur", "elles", "ce", "cette",
}  # fmt: skip
ENGLISH_WORDS = {
    "the", "and", "of", "to", "for", "with", "is", "are", "in", "we", "you", "who", "that",
    "an", "this", "from", "their", "they", "our", "your",
}  # fmt: skip
NAMES = {"title", "slug"}
PLACEHOLDERS = re.compile(
    r"lorem ipsum|\bTODO\b|\bTBD\b|\bXXX\b|\?\?|\[\.\.\.\]|placeholder|à compléter|"
    r"to be completed|texte à venir|coming soon",
    re.IGNORECASE,
)


def all_problems():
    return [
        *missing_translations(),
        *language_problems(),
        *placeholder_problems(),
        *link_problems(),
        *image_problems(),
    ]


def language_of(text):
    """'fr', 'en' or None when a text is too short or mixed to tell."""
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    french = sum(word in FRENCH_WORDS for word in words)
    english = sum(word in ENGLISH_WORDS for word in words)
    if french >= 2 and french > 2 * english:
        return "fr"
    if english >= 2 and english > 2 * french:
        return "en"
    return None


def content_pages():
    return Page.objects.filter(depth__gt=1).exclude(locale=None)


def missing_translations():
    problems = []
    locales = list(Locale.objects.filter(language_code__in=_languages()))
    for page in content_pages().filter(locale__language_code=settings.LANGUAGE_CODE):
        translations = {p.locale_id: p for p in page.get_translations(inclusive=False)}
        for locale in locales:
            if locale.pk == page.locale_id:
                continue
            translated = translations.get(locale.pk)
            if translated is None:
                problems.append(f"{page.url_path}: no {locale.language_code} translation")
            elif translated.alias_of_id:
                problems.append(f"{translated.url_path}: not translated yet (a copy of the French)")
    return problems


def language_problems():
    """A translated text still in the source language, or a source text in the other
    language. Titles and slugs may stay as they are (a project's, a film's or a show's own
    name, an address)."""
    from wagtail_localize.models import StringSegment, StringTranslation, Translation

    problems = []
    for translation in Translation.objects.select_related("source", "target_locale"):
        source = translation.source
        if not issubclass(source.specific_content_type.model_class(), Page):
            continue
        target_language = translation.target_locale.language_code
        source_language = source.locale.language_code
        page = source.get_source_instance()
        segments = StringSegment.objects.filter(source=source).select_related("string", "context")
        translated = dict(
            StringTranslation.objects.filter(
                locale=translation.target_locale,
                translation_of__in=[segment.string_id for segment in segments],
            ).values_list("translation_of_id", "data")
        )
        for segment in segments:
            text = _plain(segment.string.data)
            path = segment.context.path
            if path in NAMES:
                continue
            english = translated.get(segment.string_id)
            if english is None:
                if language_of(text) == source_language:
                    problems.append(
                        f"{page.url_path} ({path}): no {target_language} text, the "
                        f"{target_language} page shows “{_short(text)}”"
                    )
                continue
            if language_of(_plain(english)) == source_language:
                problems.append(
                    f"{page.url_path} ({path}): the {target_language} text is in "
                    f"{source_language}: “{_short(english)}”"
                )
            if language_of(text) == target_language:
                problems.append(
                    f"{page.url_path} ({path}): the {source_language} text is in "
                    f"{target_language}: “{_short(text)}”"
                )
    return problems


def placeholder_problems():
    from wagtail_localize.models import StringSegment, StringTranslation

    problems = []
    segments = StringSegment.objects.select_related("string", "source")
    for segment in segments:
        if PLACEHOLDERS.search(_plain(segment.string.data)):
            problems.append(
                f"{segment.source.object_repr}: placeholder text “{_short(segment.string.data)}”"
            )
    for translated in StringTranslation.objects.all():
        if PLACEHOLDERS.search(_plain(translated.data)):
            problems.append(f"placeholder text in a translation: “{_short(translated.data)}”")
    for page in content_pages():
        if PLACEHOLDERS.search(page.title):
            problems.append(f"{page.url_path}: placeholder in the title “{page.title}”")
    return problems


def link_problems():
    """Every page chooser and rich-text link leads to a live page in the same language."""
    from django.contrib.contenttypes.models import ContentType

    page_type = ContentType.objects.get_for_model(Page)
    problems = []
    references = ReferenceIndex.objects.filter(
        base_content_type=page_type, to_content_type=page_type
    )
    pages = Page.objects.in_bulk(
        {int(ref.object_id) for ref in references} | {int(ref.to_object_id) for ref in references}
    )
    for reference in references:
        page = pages.get(int(reference.object_id))
        if page is None or not page.live:
            continue
        target = pages.get(int(reference.to_object_id))
        where = f"{page.url_path} ({reference.content_path})"
        if target is None:
            problems.append(f"{where}: links to a page that no longer exists")
        elif not target.live:
            problems.append(f"{where}: links to an unpublished page ({target.url_path})")
        elif target.locale_id != page.locale_id:
            problems.append(f"{where}: links to a page in another language ({target.url_path})")
    return problems


def image_problems():
    return [
        f"image “{image.title}”: no alternative text (description)"
        for image in get_image_model().objects.filter(description="")
    ]


def _languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _plain(text):
    return re.sub(r"<[^>]+>", " ", str(text))


def _short(text, length=70):
    text = " ".join(_plain(text).split())
    return text if len(text) <= length else text[: length - 1] + "…"
