"""The translation workflow editors use (issue 18): a new translation is a draft; figures are
copied, not translated; an English page behind its French source says so in the listing and
is updated from there; deleting or unpublishing a French page takes its translation along."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, TranslationSource

from home.blocks import KeyFigureBlock
from home.models import ContentPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, make_user):
    client.force_login(make_user(None, username="ed", is_staff=True, is_superuser=True))
    return client


@pytest.fixture
def french_page(home_fr):
    page = ContentPage(
        title="Chiffres",
        slug="chiffres",
        body=[
            ("paragraph", "<p>Texte à traduire</p>"),
            ("key_figures", [{"number": "66", "label": "maraudes communes"}]),
        ],
    )
    home_fr.add_child(instance=page)
    page.save_revision().publish()
    return ContentPage.objects.get(pk=page.pk)


def translate(editor, page):
    english = Locale.objects.get(language_code="en")
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = editor.post(url, {"locales": [english.pk]})
    assert response.status_code == 302, response.content[:500]
    return ContentPage.objects.get(translation_key=page.translation_key, locale=english)


def test_a_new_translation_is_a_draft(editor, french_page):
    english = translate(editor, french_page)
    assert not english.live
    assert editor.get(f"/en/{english.slug}/").status_code == 404


def test_figures_are_copied_not_offered_for_translation(editor, french_page):
    translate(editor, french_page)
    source = TranslationSource.objects.get_for_instance(french_page)
    strings = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert "Texte à traduire" in strings and "maraudes communes" in strings
    assert "66" not in strings


def figures(page):
    return [item["number"] for block in page.body if block.block_type == "key_figures"
            for item in block.value]  # fmt: skip


def publish_new_figure(page, number):
    page = ContentPage.objects.get(pk=page.pk)
    body = page.body.raw_data
    for block in body:
        if block["type"] == "key_figures":
            block["value"][0]["value"]["number"] = number
    page.body = body
    page.save_revision().publish()


def test_english_page_behind_its_source_is_marked_and_updated_in_one_action(
    editor, french_page, django_capture_on_commit_callbacks
):
    english = translate(editor, french_page)
    listing = f"/admin/pages/{english.get_parent().pk}/"
    assert "Pas à jour" not in editor.get(listing).content.decode()

    publish_new_figure(french_page, "77")

    html = editor.get(listing).content.decode()
    assert "Pas à jour : mettre à jour depuis le français" in html
    source = TranslationSource.objects.get_for_instance(french_page)
    update_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert update_url in html

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(update_url, {"publish_translations": "on"})
    assert response.status_code == 302
    english = ContentPage.objects.get(pk=english.pk)
    assert english.live and figures(english) == ["77"]
    assert "Pas à jour" not in editor.get(listing).content.decode()


def test_deleting_a_french_page_deletes_its_translation_after_one_confirmation(editor, french_page):
    english = translate(editor, french_page)
    url = reverse("wagtailadmin_pages:delete", args=[french_page.pk])
    confirm = editor.get(url).content.decode()
    assert "traduction" in confirm  # the confirmation says the translation goes too
    editor.post(url)
    assert not Page.objects.filter(pk__in=[french_page.pk, english.pk]).exists()


def test_unpublishing_a_french_page_unpublishes_its_translation(editor, french_page):
    english = translate(editor, french_page)
    english.save_revision().publish()
    url = reverse("wagtailadmin_pages:unpublish", args=[french_page.pk])
    assert "traduction" in editor.get(url).content.decode()
    editor.post(url)
    assert not Page.objects.get(pk=english.pk).live


def test_deleting_an_english_page_leaves_the_french_one(editor, french_page):
    english = translate(editor, french_page)
    editor.post(reverse("wagtailadmin_pages:delete", args=[english.pk]))
    assert Page.objects.filter(pk=french_page.pk).exists()
    assert not Page.objects.filter(pk=english.pk).exists()


def test_key_figure_number_is_a_synchronised_block():
    assert KeyFigureBlock().child_blocks["number"].get_translatable_segments("66") == []


def test_moving_a_french_page_moves_its_translation(editor, french_page, home_fr):
    english = translate(editor, french_page)
    destination = Page.objects.child_of(home_fr).exclude(pk=french_page.pk).first()
    destination_en = destination.get_translation(english.locale)
    url = reverse("wagtailadmin_pages:move_confirm", args=[french_page.pk, destination.pk])
    assert "traduction" in editor.get(url).content.decode()  # the confirmation says so
    editor.post(url)
    assert Page.objects.get(pk=french_page.pk).get_parent().pk == destination.pk
    assert Page.objects.get(pk=english.pk).get_parent().pk == destination_en.pk
