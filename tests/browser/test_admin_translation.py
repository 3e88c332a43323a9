"""An editor works in the admin (issue 18): previews of every page type in both languages (the
editor's side panel on two of them); a French page translated into English stays a draft until
published; a changed figure marks the English page out of date and is updated in one action;
deleting a French page takes its translation along after one confirmation.

The editor logs in through the members' login form. The browser-test server runs the test
settings, where MIST_MFA_REQUIRED is off (the second factor itself is proven in
tests/security); everything after the login is the admin as editors use it."""

import json
import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from .conftest import screenshot_path

pytestmark = pytest.mark.browser

EDITOR = "browser-editor"
PASSWORD = "browser-editor-password-2026"

SETUP = f"""
import json
from django.contrib.auth.models import User
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation
user, _ = User.objects.get_or_create(username="{EDITOR}", defaults=dict(
    email="editor@example.org", is_staff=True, is_superuser=True))
user.set_password("{PASSWORD}"); user.save()
profile = UserProfile.get_for_user(user); profile.preferred_language = "fr"; profile.save()
pages = {{}}
for page in Page.objects.filter(depth__gt=2, locale__language_code="fr").order_by("path"):
    key = page.specific_class.__name__
    if key in pages:
        continue
    english = page.get_translation_or_none(Page.objects.filter(
        locale__language_code="en").first().locale)
    translation = Translation.objects.filter(source__object_id=page.translation_key,
        target_locale__language_code="en").first()
    pages[key] = dict(fr=page.pk, en=english.pk if english else None,
                      translation=translation.pk if translation else None,
                      fr_url=page.url, en_url=english.url if english else None,
                      en_parent=english.get_parent().pk if english else None)
home = Page.objects.get(depth=2, locale__language_code="fr")
print(json.dumps(dict(pages=pages, home_fr=home.pk)))
"""


@pytest.fixture(scope="module")
def admin_site(site_server):
    out = site_server.manage("shell", "-c", SETUP)
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def editor_page(browser, site_server, admin_site):
    from .conftest import open_context

    context = open_context(browser, site_server, "desktop")
    context.set_default_timeout(20_000)
    page = context.new_page()
    page.goto(site_server.route("login", "fr") + "?next=/admin/")
    page.locator("input[name=login]").fill(EDITOR)
    page.locator("input[name=password]").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("form:has(input[name=password]) [type=submit]").click()
    page.goto("/admin/")
    assert page.url.endswith("/admin/"), page.url
    yield page
    external = list(context.external_requests)
    context.close()
    assert not external, f"the admin asked other hosts: {external}"


def open_preview_panel(page):
    page.locator('[data-side-panel-toggle="preview"]').click()
    frame = page.frame_locator("#w-preview-iframe")
    frame.locator("main").first.wait_for(state="attached")
    return frame


# The side panel is the same script for every page type: it is opened on two, and every page
# type's preview is fetched by the editor's own browser session.
SIDE_PANEL_TYPES = {"ContentPage", "EpisodePage"}


def html_lang(body):
    return re.search(r"<html[^>]*\blang=\"([^\"]+)\"", body).group(1)


def test_preview_of_every_page_type_in_both_languages(editor_page, admin_site, site_server):
    page = editor_page
    assert SIDE_PANEL_TYPES <= set(admin_site["pages"])
    for name, ids in admin_site["pages"].items():
        # French: the side panel of the page editor.
        if name in SIDE_PANEL_TYPES:
            page.goto(f"/admin/pages/{ids['fr']}/edit/")
            frame = open_preview_panel(page)
            assert frame.locator("html").get_attribute("lang") == "fr", name
        # The preview address allows framing only by the admin.
        response = page.request.get(f"/admin/pages/{ids['fr']}/edit/preview/")
        assert response.headers["x-frame-options"] == "SAMEORIGIN", name
        assert "frame-ancestors 'self'" in response.headers["content-security-policy"], name
        # The draft as the "Voir le brouillon" button shows it, in preview mode.
        response = page.request.get(f"/admin/pages/{ids['fr']}/view_draft/")
        assert response.status == 200, name
        assert html_lang(response.text()) == "fr", name
        assert "<main" in response.text(), name
        # English: the translation editor's preview.
        if ids["translation"]:
            url = f"/admin/localize/translate/{ids['translation']}/preview/"
            response = page.request.get(url)
            assert response.status == 200, (name, url)
            assert html_lang(response.text()) == "en", name


def add_image_and_link(page):
    """An image block (first image of the library) and a paragraph linking to a page."""
    page.locator("button.c-sf-add-button").first.click()
    page.get_by_role("option", name="Image", exact=True).click()
    page.get_by_role("button", name=re.compile("Choisir une image")).first.click()
    page.locator(".modal a[data-chooser-modal-choice]").first.click()
    page.locator("input[name$='-alt_text']").first.fill("Une image de démonstration")
    page.locator("button.c-sf-add-button").last.click()
    page.get_by_role("option", name="Paragraphe", exact=True).click()
    editor = page.locator(".public-DraftEditor-content").last
    editor.click()
    editor.type("Voir la page")
    page.keyboard.press("Control+a")
    page.keyboard.press("Control+k")
    page.locator(".modal a.choose-page").first.click()
    page.locator(".modal").last.wait_for(state="hidden")


def wait_for_the_draft(page):
    """Wagtail's autosave keeps the editor's changes as a draft by itself, about a second
    after a change, and a new page gets its edit address from its first save. Publishing
    while a save is on its way posts the page twice (a new one is refused: "slug already in
    use"; it failed so under load): wait for the edit address and for no save under way."""
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    page.wait_for_timeout(1500)  # a change is noticed (every 0.5 s) and its save starts
    page.locator("#w-autosave-indicator:not([data-w-autosave-state-value=saving])").wait_for(
        state="attached"
    )


def publish(page):
    wait_for_the_draft(page)
    page.locator("[data-w-dropdown-target='toggle'], .dropdown-toggle").last.click()
    page.locator("button[name=action-publish]").click()
    # Wagtail goes back to the page listing once the page is published (a refused form stays
    # on the editor).
    try:
        page.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    except PlaywrightTimeoutError:
        page.screenshot(path=str(screenshot_path("admin-publish-refused", "desktop", "fr")))
        shown = page.locator(".messages, .error-message, .help-critical, [role=alert]")
        raise AssertionError(f"not published, the editor says: {shown.all_inner_texts()}") from None


def test_french_page_translated_published_updated_and_deleted(editor_page, admin_site, site_server):
    page = editor_page
    home = admin_site["home_fr"]
    # Create a French content page, preview it in the side panel, publish it.
    page.goto(f"/admin/pages/add/home/contentpage/{home}/")
    page.locator("#id_title").fill("Page du parcours")
    page.locator("#id_slug").fill("page-du-parcours")
    page.locator("#id_introduction").fill("Une introduction en français.")
    try:
        add_image_and_link(page)
    except Exception:
        page.screenshot(path=str(screenshot_path("admin-body-blocks", "desktop", "fr")))
        raise
    frame = open_preview_panel(page)
    frame.locator("text=Une introduction en français.").wait_for()
    frame.locator("main img").first.wait_for(state="attached")
    publish(page)
    assert site_server.status("/fr/page-du-parcours/") == 200
    page.goto("/fr/page-du-parcours/")
    assert page.locator("main img").count() >= 1
    assert page.locator("main a", has_text="Voir la page").count() == 1
    page.goto(f"/admin/pages/{home}/")

    # Translate it: the English page is a draft until the editor publishes it.
    row = page.locator("tr", has_text="Page du parcours")
    row.get_by_role("button", name=re.compile("Plus d.options")).click()
    page.get_by_role("link", name="Traduire cette page").click()
    page.locator("input[name=locales]").first.check()
    with page.expect_navigation():
        page.locator("input[type=submit]").click()
    assert "/submit/" not in page.url, page.url
    assert site_server.status("/en/page-du-parcours/") == 404

    # The translation editor: publish the English page; both addresses and the switcher work.
    # The answer to the form's POST means the server has published (waiting for the page to
    # be idle could return before the click's request had even left).
    with page.expect_response(lambda response: response.request.method == "POST"):
        page.get_by_role("button", name="Publier en anglais").click()
    assert site_server.status("/en/page-du-parcours/") == 200
    page.goto("/fr/page-du-parcours/")
    with page.expect_navigation():
        page.locator(".language-switcher a[hreflang=en]").click()
    assert page.url.endswith("/en/page-du-parcours/")

    # A new figure on a French project: the English project is marked out of date in the
    # page listing, and one action (update and publish) puts the figure live in English.
    project = admin_site["pages"]["ProjectPage"]
    page.goto(f"/admin/pages/{project['fr']}/edit/")
    figure = page.locator("input[name$='-number']").first
    figure.fill("4321")
    publish(page)
    page.goto(f"/admin/pages/{project['en_parent']}/")
    out_of_date = page.get_by_role("link", name=re.compile("Pas à jour"))
    assert out_of_date.count() == 1
    out_of_date.click()
    page.locator("input[name=publish_translations]").check()
    with page.expect_navigation():
        page.locator("input[type=submit]").click()
    for url in (project["fr_url"], project["en_url"]):
        page.goto(url)
        assert page.locator(".key-figure__number", has_text="4321").count() == 1, url
    page.goto(f"/admin/pages/{project['en_parent']}/")
    assert page.get_by_role("link", name=re.compile("Pas à jour")).count() == 0

    # Deleting the French page deletes its English translation after one confirmation.
    page.goto(f"/admin/pages/{home}/")
    row = page.locator("tr", has_text="Page du parcours")
    row.get_by_role("button", name=re.compile("Plus d.options")).click()
    page.get_by_role("link", name="Supprimer").click()
    page.wait_for_url("**/delete/**")
    page.screenshot(path=str(screenshot_path("admin-delete-confirmation", "desktop", "fr")))
    assert "traduction" in page.locator("main").inner_text(), page.locator("main").inner_text()
    page.locator("form [type=submit]").last.click()
    page.wait_for_url(f"**/admin/pages/{home}/")  # the listing, once the page is deleted
    assert site_server.status("/fr/page-du-parcours/") == 404
    assert site_server.status("/en/page-du-parcours/") == 404
