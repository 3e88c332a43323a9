"""Roles named as in the bylaws, and who may see what. The one place access rules live.

A person's roles are Django groups with these names. Views use the decorators and mixins
below; tests walk every URL for every role against them."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    MEMBER = "member", _("Member")
    ACTIVE_MEMBER = "active_member", _("Active member")
    SALARIED_TEAM = "salaried_team", _("Salaried team")
    BOARD = "board", _("Board")
    DIRECTION = "direction", _("Direction")


# Roles that count as a member of the association for the members' area.
MEMBER_ROLES = {Role.MEMBER, Role.ACTIVE_MEMBER, Role.SALARIED_TEAM, Role.BOARD, Role.DIRECTION}
# Roles that may see what is reserved to active members (their bylaws, their events).
ACTIVE_ROLES = {Role.ACTIVE_MEMBER, Role.SALARIED_TEAM, Role.DIRECTION}
# Roles that run the association day to day (registers, counts of answers).
STAFF_ROLES = {Role.SALARIED_TEAM, Role.DIRECTION}
# What the staff roles may do in the Wagtail admin (app label, permission codename). Their
# groups get exactly these after every migrate (members_area/groups.py), on any server.
STAFF_ADMIN_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("members_area", "add_invitation"),
    ("members_area", "view_invitation"),
    ("members_area", "add_signature"),
    ("members_area", "view_signature"),
    ("members_area", "view_signabledocument"),
    ("members_area", "add_documentversion"),
    ("members_area", "change_documentversion"),
    ("members_area", "view_documentversion"),
    ("members_area", "add_membershipperiod"),
    ("members_area", "change_membershipperiod"),
    ("members_area", "view_membershipperiod"),
]


def roles_of(user):
    """The set of Role values a user holds (cached on the user object for the request)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    cached = getattr(user, "_mist_roles", None)
    if cached is None:
        names = set(user.groups.values_list("name", flat=True))
        cached = {role for role in Role if role.value in names}
        if user.is_superuser:
            cached |= {Role.DIRECTION}
        user._mist_roles = cached
    return cached


def has_any_role(user, roles):
    return bool(roles_of(user) & set(roles))


def is_member(user):
    return has_any_role(user, MEMBER_ROLES)


def is_active_member(user):
    return has_any_role(user, ACTIVE_ROLES)


def is_staff_role(user):
    return has_any_role(user, STAFF_ROLES)


def role_required(roles):
    """Anonymous visitors go to the login page; logged-in people without the role get 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_any_role(request.user, roles):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


member_required = role_required(MEMBER_ROLES)
active_member_required = role_required(ACTIVE_ROLES)
staff_required = role_required(STAFF_ROLES)


# Confidentiality section of the bylaws: who may read a person's personal file.
class FileAccess(models.TextChoices):
    NONE = "none", _("No access")
    WHEN_ACCOMPANYING = "when_accompanying", _("Access when accompanying the person")
    FULL = "full", _("Access")


PERSONAL_FILE_ACCESS = {
    Role.MEMBER: FileAccess.NONE,
    Role.ACTIVE_MEMBER: FileAccess.NONE,
    Role.SALARIED_TEAM: FileAccess.WHEN_ACCOMPANYING,
    Role.BOARD: FileAccess.NONE,
    Role.DIRECTION: FileAccess.FULL,
}


def may_read_personal_file(user, accompanies_the_person=False):
    """The bylaws' rule: direction always; salaried team only for people they accompany."""
    for role in roles_of(user):
        access = PERSONAL_FILE_ACCESS[role]
        if access == FileAccess.FULL:
            return True
        if access == FileAccess.WHEN_ACCOMPANYING and accompanies_the_person:
            return True
    return False


def may_ever_read_personal_files(user):
    """Whoever may read some personal file signs the confidentiality agreement."""
    return any(PERSONAL_FILE_ACCESS[role] != FileAccess.NONE for role in roles_of(user))


FILE_READER_ROLES = {role for role, access in PERSONAL_FILE_ACCESS.items() if access != "none"}


def may_see_signature(user, signature):
    """A signature and its receipt: the person who signed, and the staff who keep the register."""
    return signature.user_id == user.pk or is_staff_role(user)


# Governance section of the bylaws: the members elect the board, the board elects the bureau,
# which recruits the direction, which recruits the staff; a member joins by meeting a team
# member; an active member is accepted by the Roots group, and the team records it. So an
# invitation at a role may come only from the role that grants it (the superuser, who runs the
# site, may invite at any role). Members and active members invite nobody.
INVITABLE_BY = {
    Role.SALARIED_TEAM: {Role.MEMBER, Role.ACTIVE_MEMBER},
    Role.DIRECTION: {Role.MEMBER, Role.ACTIVE_MEMBER, Role.SALARIED_TEAM, Role.BOARD},
    Role.BOARD: {Role.DIRECTION},
}


def roles_invitable_by(user):
    """The roles this person may invite someone at, in the order of Role."""
    if getattr(user, "is_superuser", False):
        return list(Role)
    allowed = set()
    for role in roles_of(user):
        allowed |= INVITABLE_BY.get(role, set())
    return [role for role in Role if role in allowed]


def may_invite_at(user, role):
    return role in roles_invitable_by(user)
