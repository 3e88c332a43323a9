"""The bylaws' roles exist as groups on a fresh database, without the demo: staff can work
in the admin on a new installation (no shell needed)."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from members_area.groups import ensure_role_groups
from members_area.roles import STAFF_ADMIN_PERMISSIONS, STAFF_ROLES, Role


@pytest.mark.django_db
def test_migrate_makes_every_role_group_with_the_staff_permissions():
    Group.objects.all().delete()
    call_command("migrate", verbosity=0)  # post_migrate runs even with nothing to apply
    names = set(Group.objects.values_list("name", flat=True))
    assert {role.value for role in Role} <= names
    for role in STAFF_ROLES:
        granted = {
            (p.content_type.app_label, p.codename)
            for p in Group.objects.get(name=role.value).permissions.all()
        }
        assert set(STAFF_ADMIN_PERMISSIONS) <= granted, role
    for role in set(Role) - STAFF_ROLES:
        assert not Group.objects.get(name=role.value).permissions.exists(), role


@pytest.mark.django_db
def test_permissions_given_by_hand_are_kept():
    from django.contrib.auth.models import Permission

    groups = ensure_role_groups()
    extra = Permission.objects.get(codename="add_page")
    groups[Role.DIRECTION].permissions.add(extra)
    ensure_role_groups()
    assert groups[Role.DIRECTION].permissions.filter(pk=extra.pk).exists()
