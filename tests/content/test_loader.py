"""The demo loader: running it again changes nothing, anywhere; the data files follow their
conventions (every text in both languages, never both in one string)."""

import io
from pathlib import Path

import pytest
import yaml
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def snapshot():
    from wagtail_localize.models import StringTranslation

    models = [
        Page,
        Revision,
        get_image_model(),
        get_document_model(),
        get_user_model(),
        StringTranslation,
        apps.get_model("home", "Person"),
        apps.get_model("home", "FooterText"),
        apps.get_model("projects", "Organisation"),
        apps.get_model("projects", "Theme"),
        apps.get_model("podcasts", "AudioFile"),
        apps.get_model("members_area", "DocumentVersion"),
        apps.get_model("members_calendar", "Event"),
        apps.get_model("members_calendar", "EventException"),
        apps.get_model("enquiries", "AppointmentRequest"),
        apps.get_model("enquiries", "TrainingQuoteRequest"),
    ]
    counts = {model.__name__: model.objects.count() for model in models}
    counts["live revisions"] = sorted(
        Page.objects.filter(depth__gt=1).values_list("live_revision_id", flat=True)
    )
    return counts


def test_running_the_loader_again_changes_nothing():
    before = snapshot()
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == before


def data_files():
    return sorted(ROOT.glob("*/demo_content/*.yaml"))


def pairs_in(value):
    if isinstance(value, dict):
        if set(value) == {"fr", "en"}:
            yield value
        else:
            for item in value.values():
                yield from pairs_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from pairs_in(item)


def test_every_app_with_pages_has_its_data_folder():
    folders = {path.parent.parent.name for path in data_files()}
    assert {"home", "projects", "podcasts", "enquiries", "members_area"} <= folders


@pytest.mark.parametrize(
    "path", data_files(), ids=lambda path: f"{path.parent.parent.name}/{path.name}"
)
def test_data_files_give_each_text_in_both_languages_separately(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for pair in pairs_in(data):
        assert str(pair["fr"]).strip() and str(pair["en"]).strip(), pair
        for text in (str(pair["fr"]), str(pair["en"])):
            assert " / " not in text, f"both languages in one string? {text!r}"
