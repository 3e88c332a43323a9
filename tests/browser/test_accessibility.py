"""axe-core scan (the copy shipped inside axe-playwright-python: nothing is downloaded) of every
page type in both languages on the phone and in French on the desktop, plus the login page, an
error page and the members' pages as a logged-in member.

The pages are not a fixed list: the test server reports, for each Wagtail page type, its first
live page in each language, so a page type added later is scanned without touching this file.
The members' pages are found by following the links of the members' home page.

Rule: no violation of serious or critical impact. Moderate ones fail too, unless listed in
ACCEPTED_MODERATE with the reason. A summary of every scan is written to
screenshots/axe-<lang>-<viewport>.json for a person to read."""

import json
import re
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import SCREENSHOTS, SITE_LOGIN_TEMPLATE, open_context

pytestmark = pytest.mark.browser

BLOCKING_IMPACTS = {"serious", "critical"}
# rule id → why a moderate violation of it is accepted. Empty: none is.
ACCEPTED_MODERATE = {}
# Violations found in templates this suite's owner may not edit, reported to their owners
# (see the browser-tests note). (rule, regex on the path) → where and how to fix. They are
# listed in screenshots/axe-*.json as "known" and do not fail the scan; remove an entry once
# fixed. Anything else serious fails.
# Violations in other people's templates, accepted with a reason until fixed: none now.
KNOWN_ELSEWHERE: dict = {}
MAX_MEMBER_PAGES = 12
# Members' links not worth scanning: files, logging out, account settings owned by allauth.
SKIPPED_MEMBER_LINKS = (".ics", ".pdf", "logout", "deconnexion", "download", "telecharger")

axe = Axe()


def scan(page, url):
    """Open url and run axe; returns a list of (url, rule id, impact, help, targets)."""
    response = page.goto(url)
    assert response is not None and response.status < 500, f"{url} answered {response.status}"
    page.wait_for_load_state("load")
    results = axe.run(page)
    found = []
    for violation in results.response["violations"]:
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]][:5]
        found.append(
            {
                "url": url,
                "rule": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "targets": targets,
            }
        )
    return found


def public_urls(site_server, lang):
    urls = {}
    for page_type, by_lang in sorted(site_server.inventory["pages"].items()):
        if lang in by_lang:
            urls[page_type] = by_lang[lang]["url"]
    if SITE_LOGIN_TEMPLATE.exists():
        urls["login"] = site_server.route("login", lang)
    urls["404 page"] = f"/{lang}/no-such-page-for-axe/"
    return urls


def shape(path):
    """/en/members/calendar/event/3/20261202T130000Z/ → /en/members/calendar/event/#/#/:
    one page of each kind is enough."""
    return re.sub(r"\d[\dTZ]*", "#", path)


def member_urls(page, site_server, lang):
    """The members' home and the members' pages reached from it in two clicks, one page of each
    kind (bounded)."""
    home = site_server.route("members", lang)
    urls = {}
    queue = [home]
    while queue and len(urls) < MAX_MEMBER_PAGES:
        path = queue.pop(0)
        if shape(path) in urls:
            continue
        page.goto(path)
        if page.locator("input[name=password]").count():
            return {}
        urls[shape(path)] = path
        if path.count("/") > home.count("/") + 1:
            continue  # second level: scanned, not followed
        for href in page.eval_on_selector_all("main a[href]", "els => els.map(e => e.href)"):
            target = urlsplit(href).path
            if target.startswith(home) and not any(w in href for w in SKIPPED_MEMBER_LINKS):
                queue.append(target)
    return {f"members {key}": path for key, path in urls.items()}


def known_elsewhere(violation):
    return any(
        violation["rule"] == rule and re.search(pattern, violation["url"])
        for rule, pattern in KNOWN_ELSEWHERE
    )


def blocking(violations):
    return [
        v
        for v in violations
        if not known_elsewhere(v)
        and (
            v["impact"] in BLOCKING_IMPACTS
            or (v["impact"] == "moderate" and v["rule"] not in ACCEPTED_MODERATE)
        )
    ]


# On the phone (the victims' screen) in both languages; on the desktop, whose layout differs
# (navigation, columns) but whose English pages differ from the French ones only by their
# words, in French.
SCANS = [("phone", "fr"), ("phone", "en"), ("desktop", "fr")]


@pytest.mark.parametrize(
    "viewport, lang", SCANS, ids=[f"{viewport}-{lang}" for viewport, lang in SCANS]
)
def test_no_serious_accessibility_violation(browser, site_server, member_login, viewport, lang):
    context = open_context(browser, site_server, viewport, bypass_csp=True)
    try:
        page = context.new_page()
        scanned = {}
        violations = []
        for name, url in public_urls(site_server, lang).items():
            scanned[name] = url
            violations += scan(page, url)
        if site_server.status(site_server.route("members", lang)) != 404:
            member_login(page, lang)
            for name, url in member_urls(page, site_server, lang).items():
                scanned[name] = url
                violations += scan(page, url)
        assert not context.external_requests, context.external_requests
    finally:
        context.close()

    SCREENSHOTS.mkdir(exist_ok=True)
    report = {
        "scanned": scanned,
        "violations": violations,
        "known": [v for v in violations if known_elsewhere(v)],
    }
    (SCREENSHOTS / f"axe-{lang}-{viewport}.json").write_text(json.dumps(report, indent=2))
    problems = blocking(violations)
    assert not problems, "\n".join(
        f"{v['impact']}: {v['rule']} on {v['url']} ({v['help']}) at {v['targets']}"
        for v in problems
    )
    # The scan really covered the site: every public page type, not just a home page.
    assert {"home.HomePage", "home.ContentPage", "home.TeamPage"} <= set(scanned)
