"""Values that are not prose (years, numbers, dates, addresses, e-mails, choices, booleans,
images, names) are copied from the French page or snippet, never offered for translation."""

import pytest
from django.db import models
from wagtail.fields import RichTextField, StreamField
from wagtail.models import get_page_models, get_translatable_models
from wagtail_localize.fields import TranslatableField, get_translatable_fields

from home.models import Person
from podcasts.models import EpisodePage, PodcastPage

PROJECT_APPS = {"home", "projects", "podcasts", "enquiries", "members_area"}
PROSE = (StreamField, RichTextField, models.TextField, models.CharField)
NAMES = {Person: ["name"], PodcastPage: ["author", "owner_name"], EpisodePage: ["speakers"]}


def project_models():
    found = {*get_page_models(), *get_translatable_models()}
    # Sorted: parallel test workers must collect the same list in the same order.
    return sorted(
        (model for model in found if model._meta.app_label in PROJECT_APPS),
        key=lambda model: model.__name__,
    )


@pytest.mark.parametrize("model", project_models(), ids=lambda model: model.__name__)
def test_only_prose_is_translated(model):
    for field in get_translatable_fields(model):
        if not isinstance(field, TranslatableField):
            continue
        db_field = model._meta.get_field(field.field_name)
        if db_field.is_relation:
            continue  # translatable snippets (themes, funders) are translated as objects
        assert isinstance(db_field, PROSE), f"{model.__name__}.{field.field_name}"
        assert not db_field.choices, f"{model.__name__}.{field.field_name} has choices"
        assert field.field_name not in NAMES.get(model, []), f"{model.__name__}.{field.field_name}"
