"""The benchmark's content multiplier: copies in both languages, linked as translations."""

import pytest
from django.core.management import call_command

from projects.models import ProjectPage

pytestmark = pytest.mark.django_db


def test_multiply_demo_copies_projects_in_both_languages_as_translations():
    before = {
        code: ProjectPage.objects.filter(locale__language_code=code).count()
        for code in ("fr", "en")
    }
    call_command("multiply_demo", "2", stdout=open("/dev/null", "w"))  # noqa: SIM115
    for code in ("fr", "en"):
        assert ProjectPage.objects.filter(locale__language_code=code).count() == 2 * before[code]
    copy = ProjectPage.objects.filter(locale__language_code="fr", slug__contains="-copie-2").first()
    english = copy.get_translations().get()
    assert english.slug.endswith("-copy-2") and english.live
