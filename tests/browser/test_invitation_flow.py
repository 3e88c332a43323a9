"""Issue 18's admin journey: the direction invites a member in the admin (after her password
and her authenticator code), copies the link shown once, the member accepts and signs the
bylaws, and her signature shows the same Paris time in the register, the receipt and the CSV."""

import csv
import io
import json
import re

import pytest

from tests.authenticator import current_code

pytestmark = pytest.mark.browser

INVITER = "browser-inviter"
INVITEE = {"first_name": "Blessing", "last_name": "Okoro", "email": "blessing@example.org"}
PARIS_TIME = re.compile(r"\d{1,2} \w+ \d{4}, \d{2}:\d{2} \(UTC[+-]\d{2}:\d{2}\)")


def make_inviter(site_server):
    """A direction account with an authenticator app, made in the server's own database."""
    out = site_server.manage(
        "shell",
        "-c",
        "import json\n"
        "from allauth.account.models import EmailAddress\n"
        "from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret\n"
        "from django.contrib.auth.models import Group, User\n"
        f"user, new = User.objects.get_or_create(username={INVITER!r},"
        f" defaults={{'email': '{INVITER}@example.org', 'first_name': 'Inès',"
        " 'last_name': 'Moreau'})\n"
        f"user.set_password({site_server.password!r}); user.save()\n"
        "user.groups.add(Group.objects.get(name='direction'))\n"
        "from allauth.mfa.models import Authenticator\n"
        "Authenticator.objects.filter(user=user).delete()\n"
        "secret = generate_totp_secret(); TOTP.activate(user, secret)\n"
        "print(json.dumps({'secret': secret}))\n",
    )
    return json.loads(out.strip().splitlines()[-1])["secret"]


def log_in_with_code(page, site_server, secret):
    page.goto(site_server.route("login", "fr"))
    page.locator("input[name=login]").fill(INVITER)
    page.locator("input[name=password]").fill(site_server.password)
    with page.expect_navigation():
        page.locator("form:has(input[name=password]) [type=submit]").click()
    # A browser and a server under load: the code must stay valid for a good while.
    page.locator("input[name=code]").fill(current_code(secret, seconds_needed=10))
    with page.expect_navigation():
        page.locator("form:has(input[name=code]) [type=submit]:not([form])").click()
    assert page.locator("input[name=code]").count() == 0, f"second factor refused: {page.url}"


@pytest.mark.parametrize("viewport", ["desktop"], indirect=False)
def test_invite_copy_accept_sign_and_find_the_same_time(browser, site_server, viewport):
    from tests.browser.conftest import open_context, screenshot_path

    secret = make_inviter(site_server)
    # A French-speaking editor: her browser asks for French, so the admin speaks French.
    staff = open_context(browser, site_server, viewport, accept_downloads=True, locale="fr-FR")
    staff.grant_permissions(["clipboard-read", "clipboard-write"])
    admin = staff.new_page()
    log_in_with_code(admin, site_server, secret)

    # Invite: the form explains the roles and the limit, and offers only what she may grant.
    admin.goto("/admin/invitations/new/")
    assert "Roots" in admin.locator("main").inner_text()
    roles = admin.locator("select[name=role] option").evaluate_all("o => o.map(x => x.value)")
    assert "direction" not in roles and "member" in roles
    for name, value in INVITEE.items():
        admin.locator(f"input[name={name}]").fill(value)
    admin.locator("select[name=role]").select_option("member")
    with admin.expect_navigation():
        admin.locator("form#w-editor-form [type=submit]").first.click()

    # The link, shown once, copied with the button.
    link = admin.locator("#invitation-link").input_value()
    assert "/invitation/" in link
    admin.get_by_role("button", name="Copier le lien").click()
    admin.wait_for_function("document.getElementById('invitation-link-status').textContent")
    assert admin.evaluate("navigator.clipboard.readText()") == link
    admin.reload()
    assert admin.locator("#invitation-link").count() == 0

    # She accepts, chooses her password and signs the bylaws.
    member_context = open_context(browser, site_server, viewport, locale="fr-FR")
    member = member_context.new_page()
    member.goto(link)
    member.locator("input[name=password1]").fill("une longue phrase 2026")
    member.locator("input[name=password2]").fill("une longue phrase 2026")
    with member.expect_navigation():
        member.locator("main form [type=submit]").click()
    with member.expect_navigation():
        member.locator("main .members-todo a").first.click()
    form = member.locator("main form:has([name=typed_name])")
    form.locator("[name=typed_name]").fill(f"{INVITEE['first_name']} {INVITEE['last_name']}")
    form.locator("input[type=checkbox]").check()
    with member.expect_navigation():
        form.locator("button[type=submit]").click()
    member_context.close()

    # Her signature: one Paris time, with its offset, in the list, the receipt and the CSV.
    admin.goto(site_server.route("members", "fr") + "registre/?role=member")
    row = admin.locator("tr", has_text=f"{INVITEE['first_name']} {INVITEE['last_name']}")
    in_list = PARIS_TIME.search(row.inner_text()).group(0)
    admin.screenshot(path=screenshot_path("register", viewport, "fr"), full_page=True)
    # The last column is not cut: the table fits its scrolling box, or the box scrolls.
    box = admin.locator(".table-scroll").evaluate(
        "el => ({scroll: el.scrollWidth, client: el.clientWidth,"
        " overflow: getComputedStyle(el).overflowX})"
    )
    assert box["scroll"] <= box["client"] or box["overflow"] in ("auto", "scroll"), box
    with admin.expect_navigation():
        row.locator("a").first.click()
    in_detail = PARIS_TIME.search(admin.locator("main").inner_text()).group(0)
    admin.goto(site_server.route("members", "fr") + "registre/?role=member")
    with admin.expect_download() as download:
        admin.get_by_role("link", name="Télécharger en CSV").click()
    text = open(download.value.path(), encoding="utf-8-sig").read()
    line = next(r for r in csv.reader(io.StringIO(text)) if INVITEE["last_name"] in r)
    in_csv = next(cell for cell in line if PARIS_TIME.fullmatch(cell))
    assert in_list == in_detail == in_csv

    # The admin's list of signatures shows the same time, and its last column is not cut.
    admin.goto("/admin/signatures/")
    assert in_list in admin.locator("main").inner_text()
    admin.screenshot(path=screenshot_path("admin-signatures", viewport, "fr"), full_page=True)
    right = admin.locator("main table").evaluate("t => t.getBoundingClientRect().right")
    assert right <= admin.viewport_size["width"], right
    external = staff.external_requests + member_context.external_requests
    staff.close()
    assert not external, f"the site asked other hosts: {external}"
