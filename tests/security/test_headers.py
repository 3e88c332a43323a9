"""Security headers on a public page, the login page, a members' page and the admin."""

import pytest
from django.urls import reverse

PERMISSIONS_DENIED = ["camera=()", "microphone=()", "geolocation=()", "interest-cohort=()"]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    for feature in PERMISSIONS_DENIED:
        assert feature in response["Permissions-Policy"]


def assert_strict_policy(response):
    csp = directives(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/fr/", "/en/", "/fr/qui-sommes-nous/"])
def test_public_page_headers(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert_common_headers(response)
    assert_strict_policy(response)
    assert "no-store" not in response.get("Cache-Control", "")
    assert not response.cookies


@pytest.mark.django_db
def test_not_found_page_has_the_headers_too(client):
    response = client.get("/fr/there-is-no-such-page/")
    assert response.status_code == 404
    assert_common_headers(response)
    assert_strict_policy(response)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_login_page_headers(client, language):
    from django.utils import translation

    with translation.override(language):
        url = reverse("account_login")
    response = client.get(url)
    assert response.status_code == 200
    assert_common_headers(response)
    assert_strict_policy(response)
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]
    csrf = response.cookies["csrftoken"]
    assert csrf["httponly"] and csrf["samesite"] == "Lax"


@pytest.mark.django_db
def test_session_cookie_after_login_is_httponly_and_lax(client, make_user, clean_rate_limits):
    make_user("member", username="cookie-user")
    response = client.post(
        reverse("account_login"),
        {"login": "cookie-user", "password": "correct horse battery staple"},
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["httponly"] and session["samesite"] == "Lax"


@pytest.mark.django_db
def test_admin_page_has_its_own_policy(client, make_user):
    client.force_login(make_user(None, username="admin-editor", is_staff=True, is_superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_common_headers(response)
    csp = directives(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]  # the admin frames its own previews
    assert csp["object-src"] == ["'none'"]
    assert all("://" not in source for values in csp.values() for source in values)
    assert "no-store" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]


@pytest.mark.django_db
def test_documents_keep_wagtails_own_sandbox_policy(client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model().objects.create(
        title="Note", file=ContentFile(b"plain text\n", name="note.txt")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["Content-Disposition"].startswith("attachment")
