"""Language prefixes, redirects and the site's own error pages."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "accept,expected",
    [("en-GB,en;q=0.9", "/en/"), ("fr-FR,fr;q=0.9", "/fr/"), ("de-DE", "/fr/"), ("", "/fr/")],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept} if accept else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    "url,text,lang",
    [
        ("/fr/nexiste-pas/", "Page introuvable", "fr"),
        ("/en/does-not-exist/", "Page not found", "en"),
    ],
)
def test_404_is_the_sites_own_page_in_each_language(client, url, text, lang):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html and f'lang="{lang}"' in html and "data-quick-exit" in html


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_other_methods_on_content_pages_get_the_sites_405(client, method):
    response = getattr(client, method)("/en/about-us/")
    assert response.status_code == 405
    assert "Action not allowed" in response.content.decode()
    assert "GET" in response["Allow"]


@override_settings(DEBUG=False)
def test_500_page_exists_in_both_languages(client):
    from home.views import server_error

    response = server_error(None)
    html = response.content.decode()
    assert response.status_code == 500
    assert "Une erreur s'est produite" in html and "Something went wrong" in html


@pytest.mark.parametrize("url", ["/fr/%ff/", "/en/../../etc/passwd", "/fr/?page=%00", "/xx/"])
def test_odd_urls_never_give_500(client, url):
    assert client.get(url).status_code in {200, 301, 302, 404}


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Disallow: /admin/" in response.content.decode()
