"""Multiply listed demo pages (projects, episodes) for benchmarks and query-count checks:
`manage.py multiply_demo 10` makes ten of each, in French and English, linked as translations."""

import uuid

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import models, transaction


def fresh_unique_values(page):
    """New values for unique fields (guids…) that a copy must not share with its original."""
    values = {}
    for field in page._meta.concrete_fields:
        if field.unique and isinstance(field, models.UUIDField) and field.name != "translation_key":
            values[field.name] = uuid.uuid4()
    return values


class Command(BaseCommand):
    help = "Make N copies in all of the page types listed in DEMO_MULTIPLY_PAGE_TYPES."

    def add_arguments(self, parser):
        parser.add_argument("factor", type=int)

    def handle(self, factor, **options):
        for label in settings.DEMO_MULTIPLY_PAGE_TYPES:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            originals = list(
                model.objects.filter(locale__language_code="fr").exclude(slug__contains="-copie-")
            )
            made = 0
            for original in originals:
                for number in range(2, factor + 1):
                    made += self.copy_with_translations(original, number)
            self.stdout.write(f"{label}: {made} copies")

    @transaction.atomic
    def copy_with_translations(self, original, number):
        slug = f"{original.slug}-copie-{number}"
        if original.get_parent().get_children().filter(slug=slug).exists():
            return 0
        copy = original.copy(
            to=original.get_parent(),
            update_attrs={
                "slug": slug,
                "title": f"{original.title} ({number})",
                **fresh_unique_values(original),
            },
            copy_revisions=False,
            log_action=None,
        )
        for translation in original.get_translations().specific():
            translation.copy(
                to=translation.get_parent(),
                update_attrs={
                    "slug": f"{translation.slug}-copy-{number}",
                    "title": f"{translation.title} ({number})",
                    "translation_key": copy.translation_key,
                    **fresh_unique_values(translation),
                },
                copy_revisions=False,
                log_action=None,
                reset_translation_key=False,
            )
        return 1
