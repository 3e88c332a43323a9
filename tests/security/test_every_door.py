"""Every door into an account, found by walking the URLconf (Wagtail's and allauth's patterns
included), holds the second factor and the rate limit (issue 16, item 1 and "Done when").

For a staff account that has an authenticator app, every URL of the project is tried:
- from a fresh browser and from a session opened with the password alone, the URL's own
  password form (when it shows one) is filled in and posted, and every URL is also sent the
  credentials blindly; after that, neither the register (page and CSV) nor /admin/ open;
- where a password form accepted the password (and once for a blind post and for the session
  opened without the code), the code is then given in the same session and both open (so the
  test proves the doors lead somewhere, not that everything is shut);
- each URL that shows a password form and refuses a wrong one refuses the right password and
  code after repeated failures, even when the failures used the e-mail address, the attempt
  the username, and each came from another IP address (the limit follows the account).
"""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.core.cache import caches
from django.test import Client
from django.urls import NoReverseMatch, Resolver404, URLResolver, get_resolver, resolve, reverse
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import translation

from tests.authenticator import current_code

PASSWORD = "correct horse battery staple"  # tests/conftest.py make_user
FAILURES = 6  # more than allauth's "5/300s/key" (settings.ACCOUNT_RATE_LIMITS)
SAMPLE_VALUES = ["1", "x", "x/", "00000000-0000-0000-0000-000000000000", "1-x"]


# --- the URLconf, walked -----------------------------------------------------------------


class Door:
    def __init__(self, name, route, kwarg_names, positional, localized):
        self.name, self.route = name, route
        self.kwarg_names, self.positional, self.localized = kwarg_names, positional, localized

    def __repr__(self):
        return self.name or self.route


def arguments_of(pattern):
    if isinstance(pattern, RoutePattern):
        return list(pattern.converters), 0
    if isinstance(pattern, RegexPattern):
        regex = pattern.regex
        return list(regex.groupindex), regex.groups - len(regex.groupindex)
    return [], 0


def every_pattern(patterns=None, prefix="", namespace="", names=(), positional=0, local=False):
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        own_names, own_positional = arguments_of(entry.pattern)
        all_names = (*names, *own_names)
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            is_local = local or isinstance(entry.pattern, LocalePrefixPattern)
            yield from every_pattern(
                entry.url_patterns, route, inner, all_names, positional + own_positional, is_local
            )
        else:
            name = f"{namespace}{entry.name}" if entry.name else None
            yield Door(name, route, all_names, positional + own_positional, local)


def url_of(door, secrets):
    """An address of the pattern: the real secrets where the staff account has some (reset
    key, invitation, restrictions…), else the first sample value that reverses."""
    if door.name is None:
        return "/" + re.sub(r"\^|\$|\.\*", "", door.route).replace("(", "").replace(")", "")
    for sample in SAMPLE_VALUES:
        for use_secrets in (True, False):
            kwargs = {
                name: secrets.get(name, sample) if use_secrets else sample
                for name in door.kwarg_names
            }
            try:
                return reverse(door.name, args=[sample] * door.positional, kwargs=kwargs)
            except NoReverseMatch:
                continue
    raise AssertionError(f"no address could be built for {door!r}")


def every_url(secrets):
    urls = {}
    for door in every_pattern():
        for language in [code for code, _ in settings.LANGUAGES] if door.localized else ["fr"]:
            with translation.override(language):
                urls[url_of(door, secrets)] = door
    return urls


# --- forms --------------------------------------------------------------------------------


class FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []  # [{"action", "fields": [(name, type, value)]}]
        self._form = None

    def handle_starttag(self, tag, attrs):
        attrs = {key: value or "" for key, value in attrs}
        if tag == "form" and attrs.get("method", "get").lower() == "post":
            self._form = {"action": attrs.get("action", ""), "fields": []}
            self.forms.append(self._form)
        elif tag in ("input", "textarea", "select") and self._form and attrs.get("name"):
            kind = attrs.get("type", "text").lower() if tag == "input" else tag
            self._form["fields"].append((attrs["name"], kind, attrs.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def password_form(response):
    if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
        return None
    parser = FormParser()
    parser.feed(response.content.decode(errors="replace"))
    for form in parser.forms:
        if any(kind == "password" for _, kind, _ in form["fields"]):
            return form
    return None


def filled(form, identifier, password):
    data = {}
    for name, kind, value in form["fields"]:
        if kind == "password":
            data[name] = password
        elif kind in ("text", "email") and re.search(r"login|user|email", name):
            data[name] = identifier
        elif kind in ("hidden", "text", "email"):
            data[name] = value
    return data


BLIND_FIELDS = ["login", "username", "email", "password", "password1", "password2", "oldpassword"]


# --- the account and what it may open -----------------------------------------------------


@pytest.fixture
def staff(make_user, mfa_enforced, clean_rate_limits):
    user = make_user("direction", username="door-keeper", is_staff=True, is_superuser=True)
    user.totp_secret = generate_totp_secret()
    TOTP.activate(user, user.totp_secret)
    return user


def secrets_of(user):
    """The real keys the account has, so the doors they open are tried for real."""
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

    from members_area.models import Invitation

    page = Page.objects.filter(depth__gt=2).live().first()
    page_restriction = PageViewRestriction.objects.create(
        page=page, restriction_type="password", password=PASSWORD
    )
    collection = Collection.get_first_root_node().add_child(name="Door test")
    Document.objects.create(title="door", collection=collection)
    document_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password=PASSWORD
    )
    invitation = Invitation.objects.create(
        email=user.email, first_name="Door", last_name="Keeper", role="direction"
    )
    return {
        # allauth's password reset link, Django's (Wagtail admin's) one
        "uidb36": user_pk_to_url_str(user),
        "key": default_token_generator.make_token(user),
        "token": invitation.make_token(),
        "page_view_restriction_id": str(page_restriction.pk),
        "page_id": str(page.pk),
        "restriction_id": str(document_restriction.pk),
    }


def private_urls():
    with translation.override("fr"):
        return [
            reverse("members_area:register"),
            reverse("members_area:register_csv"),
            reverse("wagtailadmin_home"),
        ]


def opened(client):
    return [url for url in private_urls() if client.get(url).status_code == 200]


def url_name(url):
    """The name of a URL of either language (resolve only knows the active one's prefix)."""
    for language, _ in settings.LANGUAGES:
        with translation.override(language):
            try:
                return resolve(urlsplit(url).path).url_name
            except Resolver404:
                continue
    return None


def give_the_code(client, user):
    """Where the site now asks for the code (login's second step, or the code for a session
    opened without it), give it, as the owner of the app would."""
    response = client.get(private_urls()[0])
    location = response.get("Location", "") if response.status_code == 302 else ""
    if url_name(location) not in ("mfa_authenticate", "mfa_reauthenticate"):
        location = reverse("mfa_authenticate")
    client.post(location, {"code": current_code(user.totp_secret)})
    return True


def password_accepted(client, response):
    """The door took the password: the session is logged in, or allauth asks for the code."""
    if "_auth_user_id" in client.session:
        return True
    location = response.get("Location", "") if response.status_code in (301, 302) else ""
    return bool(location) and url_name(location) == "mfa_authenticate"


def start(kind, user):
    client = Client(raise_request_exception=False, REMOTE_ADDR="198.51.100.1")
    if kind == "password-only session":
        # A session opened by some door with the password alone: no code given in it.
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    return client


def try_door(client, url, user, identifier, password, ip):
    """Fills the URL's password form if it shows one, else sends the credentials blindly."""
    page = client.get(url, REMOTE_ADDR=ip)
    form = password_form(page)
    if form is not None:
        target = urljoin(url, form["action"] or url)
        return form, client.post(target, filled(form, identifier, password), REMOTE_ADDR=ip)
    blind = dict.fromkeys(BLIND_FIELDS, password) | {"login": identifier, "username": identifier}
    blind["email"] = user.email
    return None, client.post(url, blind, REMOTE_ADDR=ip)


def fresh_start(user):
    """Each door from zero: no counted failures, the account's own password (a reset or an
    invitation tried before may have changed it)."""
    caches["default"].clear()
    user.set_password(PASSWORD)
    user.save(update_fields=["password"])


# --- the test -----------------------------------------------------------------------------


@pytest.mark.django_db
def test_no_door_opens_the_register_or_the_admin_without_the_code_in_this_session(staff):
    urls = every_url(secrets_of(staff))
    assert len(urls) > 300, "the whole URLconf is walked"
    password_doors, opened_with_the_code, leaks, proved = set(), set(), [], set()
    for kind in ("fresh browser", "password-only session"):
        for url, door in sorted(urls.items()):
            fresh_start(staff)
            client = start(kind, staff)
            form, response = try_door(client, url, staff, staff.username, PASSWORD, "198.51.100.1")
            if form is not None:
                password_doors.add((kind, url))
            if opened(client):
                leaks.append((kind, url, door, opened(client)))
                continue
            # The code then opens what the door led to. A password-only session was logged in
            # before the door: giving the code there proves the same thing at every URL, so it
            # is given once, and again only where the URL itself took the password.
            if form is None and kind in proved:
                continue
            if password_accepted(client, response) and give_the_code(client, staff):
                if set(opened(client)) == set(private_urls()):
                    opened_with_the_code.add((kind, repr(door)))
                    proved.add(kind)
    assert leaks == [], "these doors open private pages without the code in this session"

    # The walk found the real doors, and the code given in the same session opens them.
    door_names = {url_name(url) for _, url in password_doors}
    assert {"account_login", "wagtailcore_authenticate_with_password"} <= door_names
    assert ("fresh browser", "account_login") in opened_with_the_code
    assert any(kind == "password-only session" for kind, _ in opened_with_the_code)


@pytest.mark.django_db
def test_the_rate_limit_holds_on_every_door_that_checks_a_password(staff):
    urls = every_url(secrets_of(staff))
    checked = []
    for url in sorted(urls):
        fresh_start(staff)
        client = start("fresh browser", staff)
        form, response = try_door(client, url, staff, staff.email, "wrong password", "10.0.0.1")
        if form is None or password_accepted(client, response):
            continue  # no password form here, or one that sets a password (reset, invitation)
        for attempt in range(2, FAILURES + 1):
            try_door(client, url, staff, staff.email, "wrong password", f"10.0.0.{attempt}")
        try_door(client, url, staff, staff.username, PASSWORD, "10.0.1.1")
        give_the_code(client, staff)
        assert opened(client) == [], url
        checked.append(url_name(url))
    assert "account_login" in checked
