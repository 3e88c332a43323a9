"""The bylaws' roles as Django groups, made on every server by `migrate` (not by the demo):
a new installation's staff can sign in to the admin and record departures at once."""

from django.contrib.auth.models import Group, Permission

from members_area.roles import STAFF_ADMIN_PERMISSIONS, STAFF_ROLES, Role


def ensure_role_groups(**kwargs):
    """One group per role; the staff roles get their admin permissions (added, never removed,
    so permissions the association gave by hand in the admin stay)."""
    groups = {role: Group.objects.get_or_create(name=role.value)[0] for role in Role}
    permissions = list(
        Permission.objects.filter(
            content_type__app_label__in={app for app, _codename in STAFF_ADMIN_PERMISSIONS},
            codename__in={codename for _app, codename in STAFF_ADMIN_PERMISSIONS},
        )
    )
    for role in STAFF_ROLES:
        groups[role].permissions.add(*permissions)
    return groups
