from django.shortcuts import render

from members_area.obligations import statuses_for
from members_area.roles import is_staff_role, member_required, roles_of


@member_required
def home(request):
    statuses = statuses_for(request.user)
    return render(
        request,
        "members_area/home.html",
        {
            "page": None,
            "to_sign": [s for s in statuses if s.to_sign],
            "documents": [s for s in statuses if s.document.requires_signature],
            "reading": [s for s in statuses if not s.document.requires_signature],
            "roles": roles_of(request.user),
            "is_staff_role": is_staff_role(request.user),
        },
    )
