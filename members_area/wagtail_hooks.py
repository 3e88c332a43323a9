from wagtail import hooks
from wagtail.permissions import register_permission_policy

from members_area.admin_views import AppendOnlyPermissionPolicy, MembersViewSetGroup
from members_area.models import Signature

register_permission_policy(Signature, AppendOnlyPermissionPolicy(Signature))


@hooks.register("register_admin_viewset")
def register_members_viewsets():
    return MembersViewSetGroup()
