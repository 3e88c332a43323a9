from wagtail import hooks
from wagtail.permissions import register_permission_policy

from members_area.admin_views import (
    AppendOnlyPermissionPolicy,
    MembersViewSetGroup,
    register_menu_item,
)
from members_area.models import Signature

register_permission_policy(Signature, AppendOnlyPermissionPolicy(Signature))


@hooks.register("register_admin_viewset")
def register_members_viewsets():
    return MembersViewSetGroup()


@hooks.register("register_members_menu_item")
def register_register_menu_item():
    return register_menu_item()
