"""`manage.py check_content`: the demo passes it, and each kind of problem it looks for is
reported when it is there."""

import io

import pytest
from django.core.management import CommandError, call_command
from mist_site.demo import content_checks
from wagtail.images import get_image_model
from wagtail.models import Page

from home.models import ContentPage

pytestmark = pytest.mark.django_db


def test_the_demo_content_passes_the_check():
    out = io.StringIO()
    call_command("check_content", stdout=out)
    assert "Content check passed." in out.getvalue()


def test_a_problem_fails_the_command_and_is_listed():
    image = get_image_model().objects.first()
    image.description = ""
    image.save()
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("check_content", stdout=out)
    assert f"image “{image.title}”: no alternative text" in out.getvalue()


def test_a_page_without_translation_is_reported(home_fr):
    page = ContentPage(title="Nouvelle page", slug="nouvelle-page")
    home_fr.add_child(instance=page)
    assert any(
        "nouvelle-page/: no en translation" in problem
        for problem in content_checks.missing_translations()
    )


def test_french_text_left_in_the_english_page_is_reported():
    from wagtail_localize.models import StringTranslation

    translation = StringTranslation.objects.filter(
        locale__language_code="en", context__path="introduction"
    ).first()
    translation.data = "Nous sommes une association de femmes pour les victimes et leurs droits."
    translation.save()
    problems = content_checks.language_problems()
    assert any("the en text is in fr" in problem for problem in problems)


def test_placeholder_text_is_reported(home_fr):
    page = home_fr.get_children().live().first()
    page.title = "TODO titre"
    page.save()
    assert any("TODO titre" in problem for problem in content_checks.placeholder_problems())


def test_a_link_to_a_page_of_the_other_language_is_reported(home_fr, home_en):
    """An English call to action that leads to a French page (wagtail-localize keeps page
    choosers on the French page unless the translation overrides them)."""
    english = Page.objects.get(url_path="/home/contact/").specific
    french_target = Page.objects.get(url_path="/accueil/devenir-membre/")
    body = english.body
    index = next(i for i, block in enumerate(body) if block.block_type == "call_to_action")
    value = body[index].value
    value["link"]["page"] = french_target
    english.body[index] = ("call_to_action", value)
    english.save()
    assert any(
        "/home/contact/" in problem and "another language" in problem
        for problem in content_checks.link_problems()
    )


def test_language_guess():
    assert content_checks.language_of("Nous aidons les victimes et leurs enfants.") == "fr"
    assert content_checks.language_of("We help the victims and their children.") == "en"
    assert content_checks.language_of("True Talk") is None
