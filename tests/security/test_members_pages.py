"""Every page of the members' area and of the accounts: login required, never stored, noindex.

The members' URLs are read from members_area.urls, so pages added later are covered too."""

import pytest
from django.urls import URLPattern, URLResolver, reverse
from django.utils import translation

import members_area.urls


def url_names(patterns, namespace):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}" if pattern.namespace else namespace
            yield from url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name and not pattern.pattern.regex.groups:
            yield f"{namespace}:{pattern.name}"


MEMBER_URL_NAMES = sorted(set(url_names(members_area.urls.urlpatterns, "members_area")))
ACCOUNT_URL_NAMES = ["account_login", "account_reset_password", "account_change_password"]


def is_noindex(response):
    if response.get("X-Robots-Tag", "").find("noindex") >= 0:
        return True
    if response.streaming:  # a file (the register's spreadsheet): only its header can say it
        return False
    body = response.content.decode(errors="replace")
    return "noindex" in response.get("X-Robots-Tag", "") or (
        'name="robots"' in body and "noindex" in body
    )


@pytest.mark.django_db
@pytest.mark.parametrize("name", MEMBER_URL_NAMES)
@pytest.mark.parametrize("language", ["fr", "en"])
def test_members_pages_need_login_and_are_never_stored(client, make_user, name, language):
    with translation.override(language):
        url = reverse(name)
        login_url = reverse("account_login")
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith(login_url)
    client.force_login(make_user(None, username="root", is_staff=True, is_superuser=True))
    response = client.get(url)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert is_noindex(response)


@pytest.mark.django_db
@pytest.mark.parametrize("name", ACCOUNT_URL_NAMES)
def test_account_pages_are_never_stored_nor_indexed(client, make_user, name):
    client.force_login(make_user("member", username="account-pages"))
    response = client.get(reverse(name))
    assert response.status_code in (200, 302)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert is_noindex(response)
