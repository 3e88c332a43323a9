"""Members: one logs in, sees she must sign the bylaws, signs, and opens her receipt; another
reads the calendar, opens an event and downloads it to her phone's calendar."""

import re

import pytest

pytestmark = pytest.mark.browser

SIGNER_NAME = "Awa Diallo"  # her account's first and last name (tests/browser/site_setup.py)


def members_area_url(site_server, name, lang):
    url = site_server.route(name, lang)
    assert site_server.status(url) != 404, url
    return url


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_member_signs_the_bylaws_and_gets_her_receipt(
    page, site_server, member_login, viewport, lang
):
    home = members_area_url(site_server, "members", lang)
    member_login(page, lang, username=f"browser-signer-{lang}-{viewport}")
    page.goto(home)
    assert page.locator("html").get_attribute("lang") == lang

    # Her home page says what she must sign.
    to_sign = page.locator("main .members-todo a")
    assert to_sign.count() >= 1, "a new member has nothing to sign"
    before = to_sign.count()
    with page.expect_navigation():
        to_sign.first.click()
    document_url = page.url

    # A mistake first: the name typed does not match her account.
    form = page.locator("main form:has([name=typed_name])")
    form.locator("[name=typed_name]").fill("Somebody Else")
    form.locator("input[type=checkbox]").check()
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    assert page.locator("main .errorlist").count() >= 1
    assert page.url == document_url

    form = page.locator("main form:has([name=typed_name])")
    form.locator("[name=typed_name]").fill(SIGNER_NAME.upper())  # case does not matter
    form.locator("input[type=checkbox]").check()
    with page.expect_navigation():
        form.locator("button[type=submit]").click()

    # Signed: she is shown her receipt, or the document now links to it.
    if page.locator("main code.hash").count() == 0:
        with page.expect_navigation():
            page.locator("main .sign-box a").first.click()
    hashes = page.locator("main code.hash").all_inner_texts()
    assert hashes and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes), hashes
    # She can keep it: the receipt prints to a PDF (what "Print → Save as PDF" gives her).
    pdf = page.pdf() if viewport == "desktop" else b"%PDF skipped on phone"
    assert pdf.startswith(b"%PDF")

    page.goto(home)
    assert page.locator("main .members-todo a").count() == before - 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_member_reads_the_calendar_and_downloads_an_event(page, site_server, member_login, lang):
    calendar = members_area_url(site_server, "calendar", lang)
    member_login(page, lang)
    page.goto(calendar)
    assert page.locator("html").get_attribute("lang") == lang
    events = page.locator("main .occurrence h3 a")
    assert events.count() >= 1, "the demo calendar shows nothing coming up"
    title = events.first.inner_text()
    with page.expect_navigation():
        events.first.click()
    assert page.locator("main h1").inner_text() == title

    ics_link = page.locator("main a[href$='.ics']").first
    with page.expect_download() as download_info:
        ics_link.click()
    download = download_info.value
    content = open(download.path(), encoding="utf-8").read()
    assert download.suggested_filename.endswith(".ics")
    assert content.startswith("BEGIN:VCALENDAR")
    assert "BEGIN:VEVENT" in content and "BEGIN:VTIMEZONE" in content
    assert title.split()[0] in content.replace("\r\n ", "")
