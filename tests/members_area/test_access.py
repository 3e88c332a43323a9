"""Every members' URL for every role: the rule of roles.py, and private headers on every answer."""

import pytest
from django.urls import reverse
from django.utils import translation

ALLOWED, DENIED, HIDDEN = 200, 403, 404

# url key → expected status per role (anonymous is always sent to the login page).
MATRIX = {
    "home": dict.fromkeys(
        ["member", "active_member", "salaried_team", "board", "direction", "editor"], ALLOWED
    ),
    "general_bylaws": dict.fromkeys(
        ["member", "active_member", "salaried_team", "board", "direction", "editor"], ALLOWED
    ),
    "general_bylaws_v1": dict.fromkeys(
        ["member", "active_member", "salaried_team", "board", "direction", "editor"], ALLOWED
    ),
    "active_bylaws": {
        "member": DENIED,
        "active_member": ALLOWED,
        "salaried_team": ALLOWED,
        "board": DENIED,
        "direction": ALLOWED,
        "editor": ALLOWED,
    },
    "confidentiality": {
        "member": DENIED,
        "active_member": DENIED,
        "salaried_team": ALLOWED,
        "board": DENIED,
        "direction": ALLOWED,
        "editor": ALLOWED,
    },
    "someone_elses_receipt": {
        "member": HIDDEN,
        "active_member": HIDDEN,
        "salaried_team": ALLOWED,
        "board": HIDDEN,
        "direction": ALLOWED,
        "editor": ALLOWED,
    },
    **{
        key: {
            "member": DENIED,
            "active_member": DENIED,
            "salaried_team": ALLOWED,
            "board": DENIED,
            "direction": ALLOWED,
            "editor": ALLOWED,
        }
        for key in ["register", "register_csv", "check_receipt"]
    },
}


@pytest.fixture
def urls(make_user, general_bylaws, sign):
    someone = make_user("member", username="someone-else", first_name="Ama", last_name="Ofori")
    receipt = sign(someone, general_bylaws)
    return {
        "home": reverse("members_area:home"),
        "general_bylaws": reverse("members_area:document", args=["general-bylaws"]),
        "general_bylaws_v1": reverse("members_area:document_version", args=["general-bylaws", 1]),
        "active_bylaws": reverse("members_area:document", args=["active-members-bylaws"]),
        "confidentiality": reverse("members_area:document", args=["confidentiality-agreement"]),
        "someone_elses_receipt": reverse("members_area:receipt", args=[receipt.public_id]),
        "register": reverse("members_area:register"),
        "register_csv": reverse("members_area:register_csv"),
        "check_receipt": reverse("members_area:check_receipt") + f"?hash={receipt.chain_hash}",
    }


def assert_private(response):
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert "noindex" in response["X-Robots-Tag"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_url_for_every_role(role_client, urls, language):
    with translation.override(language):
        for key, expected_by_role in MATRIX.items():
            url = urls[key]
            response = role_client.get(url)
            if role_client.role == "anonymous":
                assert response.status_code == 302, key
                assert response["Location"].startswith(reverse("account_login")), key
            else:
                assert response.status_code == expected_by_role[role_client.role], (
                    key,
                    role_client.role,
                )
            assert_private(response)


def test_french_and_english_addresses(db):
    with translation.override("fr"):
        assert reverse("members_area:home") == "/fr/espace-membres/"
        assert reverse("account_login") == "/fr/compte/login/"
        assert reverse("members_area:register") == "/fr/espace-membres/registre/"
    with translation.override("en"):
        assert reverse("members_area:home") == "/en/members/"
        assert reverse("account_login") == "/en/account/login/"


def test_pages_carry_noindex_meta_and_lang(member_client):
    for language, url in [("fr", "/fr/espace-membres/"), ("en", "/en/members/")]:
        html = member_client.get(url).content.decode()
        assert f'<html lang="{language}">' in html
        assert '<meta name="robots" content="noindex' in html


@pytest.mark.parametrize(
    "url", ["/fr/compte/login/", "/en/account/login/", "/en/account/password/reset/"]
)
def test_account_pages_use_the_site_layout_and_are_private(db, client, url):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="skip-link"' in html
    assert 'class="site-header"' in html
    assert "quick-exit" in html
    assert '<meta name="robots" content="noindex' in html
    assert_private(response)


def test_login_page_is_translated(db, client):
    html = client.get("/fr/compte/login/").content.decode()
    assert "Se connecter" in html
    assert "téléphone ou un ordinateur partagé" in html
