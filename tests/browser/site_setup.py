"""Run inside the browser-test server's own database:
`manage.py shell -c "from tests.browser.site_setup import build; build()"`.

Creates the accounts the journeys log in with, then prints (as JSON on the last line of
stdout) what the tests need to know about the site: for each page type, its first live page
in each language, and the addresses of the login and members' pages."""

import datetime
import json

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

PASSWORD = "browser-journey-password-2026"
# One fresh member per journey that changes her state (signing the bylaws), so that each
# language × viewport run starts from "not signed yet"; one reader for everything else.
MEMBERS = [
    "browser-reader",
    *(f"browser-signer-{lang}-{vp}" for lang in ("fr", "en") for vp in ("phone", "desktop")),
]
MEMBER_GROUPS = ["member", "active_member"]


def ensure_members():
    groups = [Group.objects.get_or_create(name=name)[0] for name in MEMBER_GROUPS]
    for username in MEMBERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
                "first_name": "Awa",
                "last_name": "Diallo",
            },
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
            start_membership(user)
        user.groups.add(*groups)


def start_membership(user):
    """A membership period from today, through the members' app when it has them."""
    try:
        from members_area.models import MembershipPeriod
    except ImportError:
        return
    MembershipPeriod.start(user, on=datetime.date.today())


def pages_by_type():
    """{"app.Model": {"fr": {"url", "title"}, "en": {...}}} for each page type with live pages."""
    found = {}
    pages = (
        Page.objects.live()
        .filter(depth__gt=1)
        .select_related("locale", "content_type")
        .order_by("path")
    )
    for page in pages:
        content_type = page.content_type
        key = f"{content_type.app_label}.{content_type.model_class().__name__}"
        by_lang = found.setdefault(key, {})
        lang = page.locale.language_code
        if lang not in by_lang:
            by_lang[lang] = {"url": page.get_url(), "title": page.title}
    return found


def translations():
    """{url: {lang: url of the same page in lang}} for every live page."""
    by_key = {}
    for page in Page.objects.live().filter(depth__gt=1).select_related("locale"):
        by_key.setdefault(page.translation_key, {})[page.locale.language_code] = page.get_url()
    return {url: urls for urls in by_key.values() for url in urls.values()}


def try_reverse(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def routes():
    result = {}
    for lang, _name in settings.LANGUAGES:
        with translation.override(lang):
            result[lang] = {
                "login": try_reverse("account_login"),
                "members": f"/{lang}/{gettext('members/')}",
                "calendar": f"/{lang}/{gettext('members/')}{gettext('calendar/')}",
            }
    return result


def build():
    """Add the journeys' accounts and print the inventory. The database is a copy of the test
    session's (tests/browser/conftest.py): migrated, with the demo content, built once."""
    main()


def main():
    ensure_members()
    inventory = {
        "pages": pages_by_type(),
        "translations": translations(),
        "routes": routes(),
        "members": {"usernames": MEMBERS, "password": PASSWORD},
    }
    print(json.dumps(inventory))
