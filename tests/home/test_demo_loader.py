import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from home.models import Person

pytestmark = pytest.mark.django_db


def counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Person.objects.count(),
        get_image_model().objects.count(),
    )


def test_running_the_loader_twice_changes_nothing():
    before = counts()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before


def test_with_migrate_the_loader_applies_the_migrations_first_in_the_same_process():
    """`make run` migrates and loads the demo in one process (Django starts once)."""
    from unittest import mock

    from mist_site.demo.management.commands import load_demo

    before = counts()
    with mock.patch.object(load_demo, "call_command", wraps=call_command) as called:
        call_command("load_demo", "--migrate", stdout=io.StringIO())
    assert called.call_args_list[0] == mock.call(
        "migrate", interactive=False, verbosity=0, skip_checks=False
    )
    assert counts() == before


def test_demo_tree_is_complete_in_both_languages():
    for language in ("fr", "en"):
        pages = Page.objects.filter(locale__language_code=language, depth__gt=1)
        assert pages.filter(alias_of__isnull=False).count() == 0
        assert pages.count() >= 14
    assert Page.objects.get(url_path="/home/about-us/").title == "About us"


def test_people_exist_in_both_languages_and_peer_members_are_not_named():
    assert Person.objects.filter(locale__language_code="fr").count() == 13
    assert Person.objects.filter(locale__language_code="en").count() == 13
