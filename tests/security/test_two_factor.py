"""Two-step verification: required for the team, the board, the direction and admin users."""

import pytest
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import ResolverMatch, resolve, reverse
from django.utils.http import urlencode

from members_area.two_factor import MFARequiredMiddleware, mfa_required_for
from tests.authenticator import current_code

PASSWORD = "correct horse battery staple"


def with_totp(user):
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def url_name(location):
    return resolve(location.split("?")[0]).url_name


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "fields", "required"),
    [
        ("member", {}, False),
        ("active_member", {}, False),
        ("salaried_team", {}, True),
        ("board", {}, True),
        ("direction", {}, True),
        ("member", {"is_staff": True}, True),
        (None, {"is_superuser": True}, True),
    ],
)
def test_who_must_use_a_second_factor(make_user, role, fields, required):
    assert mfa_required_for(make_user(role, username=f"u-{role}", **fields)) is required


@pytest.mark.django_db
def test_admin_user_with_a_wagtail_permission_but_not_staff_must_use_it(make_user):
    from django.contrib.auth.models import Group, Permission

    editors = Group.objects.create(name="Some editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user = make_user(None, username="plain-editor")
    user.groups.add(editors)
    assert mfa_required_for(user)


def members_request(user, namespace="members_area"):
    request = RequestFactory().get("/en/members/somewhere/")
    request.user = user
    request.session = {}
    request._messages = type("M", (), {"add": lambda *a, **k: None})()
    request.resolver_match = ResolverMatch(lambda r: None, (), {}, namespaces=[namespace])
    return request


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["salaried_team", "board", "direction"])
def test_members_area_sends_governing_roles_to_the_set_up_page(mfa_enforced, make_user, role):
    user = make_user(role)
    middleware = MFARequiredMiddleware(lambda request: HttpResponse())
    response = middleware.process_view(members_request(user), None, (), {})
    assert response.status_code == 302
    assert url_name(response["Location"]) == "mfa_activate_totp"
    with_totp(user)
    # Having the app is not enough: this session must have given its code.
    request = members_request(user)
    response = middleware.process_view(request, None, (), {})
    assert url_name(response["Location"]) == "mfa_reauthenticate"
    record_authentication(request, user, "mfa", type="totp")
    assert middleware.process_view(request, None, (), {}) is None


@pytest.mark.django_db
def test_members_keep_the_choice(mfa_enforced, make_user):
    middleware = MFARequiredMiddleware(lambda request: HttpResponse())
    assert middleware.process_view(members_request(make_user("member")), None, (), {}) is None


@pytest.mark.django_db
def test_public_pages_are_not_guarded(mfa_enforced, client, make_user):
    client.force_login(make_user("direction"))
    assert client.get("/fr/").status_code == 200


@pytest.mark.django_db
def test_admin_without_second_factor_goes_to_set_up_then_back(
    mfa_enforced, client, make_user, clean_rate_limits
):
    """Issue 18: one sign-in (allauth's, the members' door) for the admin, the password asked
    once, and after setting up the app the way back to where the editor was going."""
    make_user(None, username="editor-2fa", is_staff=True, is_superuser=True)
    response = client.get("/admin/pages/")
    login_url = response["Location"]
    assert url_name(login_url) == "account_login"
    assert "administration" in client.get(login_url).content.decode()  # the editors' heading
    response = client.post(login_url, {"login": "editor-2fa", "password": PASSWORD})
    assert response["Location"] == "/admin/pages/"
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert url_name(response["Location"]) == "mfa_activate_totp"
    set_up = client.get(response["Location"])
    assert set_up.status_code == 200, "a fresh login does not ask for the password again"
    # Setting the app up means typing one of its codes: this session has passed it.
    secret = set_up.context["form"].secret
    done = client.post(response["Location"], {"code": current_code(secret)})
    assert url_name(done["Location"]) == "mfa_view_recovery_codes"
    codes_page = client.get(done["Location"]).content.decode()
    assert 'href="/admin/pages/"' in codes_page  # the way back to where she was going
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.django_db
def test_an_app_set_up_in_another_session_still_asks_for_its_code(mfa_enforced, client, make_user):
    user = make_user(None, username="editor-2fa", is_staff=True, is_superuser=True)
    secret = with_totp(user)
    client.force_login(user)  # a session opened with the password alone, by any door
    response = client.get("/admin/pages/")
    assert url_name(response["Location"]) == "mfa_reauthenticate"
    client.post(response["Location"], {"code": "000000"})
    assert client.get("/admin/pages/").status_code == 302
    back = client.post(response["Location"], {"code": current_code(secret)})
    assert back["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


@pytest.mark.django_db
def test_admin_logout_stays_open_without_second_factor(mfa_enforced, client, make_user):
    client.force_login(make_user(None, username="leaving", is_staff=True, is_superuser=True))
    response = client.post(reverse("wagtailadmin_logout"))
    assert response.status_code == 302
    assert url_name(response["Location"]) != "mfa_activate_totp"
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_login_asks_for_the_code_then_lets_in(mfa_enforced, client, make_user, clean_rate_limits):
    user = make_user("direction", username="director", is_staff=True, is_superuser=True)
    secret = with_totp(user)
    login_url = reverse("account_login") + "?" + urlencode({"next": "/admin/"})
    response = client.post(login_url, {"login": "director", "password": PASSWORD})
    assert url_name(response["Location"]) == "mfa_authenticate"
    assert "_auth_user_id" not in client.session  # the password alone does not log in

    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert wrong.status_code == 200 and "_auth_user_id" not in client.session

    response = client.post(reverse("mfa_authenticate"), {"code": current_code(secret)})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


@pytest.mark.django_db
def test_a_recovery_code_is_the_spare_key(client, make_user, clean_rate_limits):
    user = make_user("board", username="board-member")
    with_totp(user)
    code = RecoveryCodes.activate(user).get_unused_codes()[0]
    client.post(reverse("account_login"), {"login": "board-member", "password": PASSWORD})
    response = client.post(reverse("mfa_authenticate"), {"code": code})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)
