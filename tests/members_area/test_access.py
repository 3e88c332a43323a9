"""Every members' URL for every role: the rule of roles.py, and private headers on every answer."""

import pytest
from django.urls import reverse
from django.utils import translation

from members_area.models import Invitation
from members_area.roles import Role

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


# Invitations in the admin: the bylaws' rule of roles.py (roles_invitable_by), per role.
ALL_ROLES = [role.value for role in Role]

# The bylaws' governance, written out by hand: inviter → roles she may invite at.
# None: no access to the admin's invitations at all.
EXPECTED = {
    "member": None,
    "active_member": None,
    "salaried_team": ["member", "active_member"],
    "board": None,  # the board may invite the direction, but has no admin access
    "direction": ["member", "active_member", "salaried_team", "board"],
    "editor": ALL_ROLES,
}


@pytest.fixture
def inviter(request, make_user):
    role = request.param
    if role == "editor":
        return role, make_user(None, username="editor-user", is_staff=True, is_superuser=True)
    return role, make_user(role, username=f"inviter-{role}")


def offered_roles(html):
    return [role for role in ALL_ROLES if f'value="{role}"' in html]


@pytest.mark.parametrize("inviter", list(EXPECTED), indirect=True)
def test_who_may_invite_at_which_role(client, inviter):
    role, user = inviter
    client.force_login(user)
    form = client.get(reverse("invitations:add"))
    allowed = EXPECTED[role]
    if allowed is None:
        assert form.status_code in (302, 403)
    else:
        assert form.status_code == 200
        assert offered_roles(form.content.decode()) == allowed
    for target in ALL_ROLES:
        email = f"{target}@example.org"
        client.post(
            reverse("invitations:add"),
            {"email": email, "first_name": "Ada", "last_name": "Eze", "role": target},
        )
        created = Invitation.objects.filter(email=email).exists()
        assert created == (allowed is not None and target in allowed), (role, target)
