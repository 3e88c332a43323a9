"""The staff register: for every member, what she signed and what she still must sign."""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Prefetch

from members_area import roles
from members_area.models import MembershipPeriod, SignableDocument, Signature
from members_area.obligations import published_versions


@dataclass
class RegisterRow:
    user: object
    roles: list
    cells: list = field(default_factory=list)  # one (must_sign, version, signature) per document

    @property
    def missing(self):
        return [cell for cell in self.cells if cell[0] and cell[1] and cell[2] is None]


def register_rows(role=None):
    """Rows for every person holding a member role (or the given role), in name order.

    A fixed number of queries whatever the number of people: everything is prefetched."""
    wanted = [role] if role else [r.value for r in roles.MEMBER_ROLES]
    users = (
        get_user_model()
        .objects.filter(groups__name__in=wanted)
        .distinct()
        .order_by("last_name", "first_name", "username")
        .prefetch_related(
            "groups",
            Prefetch(
                "membership_periods",
                queryset=MembershipPeriod.objects.filter(left_on__isnull=True),
                to_attr="open_periods",
            ),
            Prefetch(
                "signatures",
                queryset=Signature.objects.order_by("pk"),
                to_attr="all_signatures",
            ),
        )
    )
    documents = list(
        SignableDocument.objects.filter(requires_signature=True).prefetch_related(
            published_versions()
        )
    )
    rows = []
    for user in users:
        names = {group.name for group in user.groups.all()}
        user._mist_roles = {r for r in roles.Role if r.value in names}
        since = max((p.joined_on for p in user.open_periods), default=None)
        signed = {
            s.version_id: s
            for s in user.all_signatures
            if since is None or s.signed_at.date() >= since
        }
        row = RegisterRow(user=user, roles=sorted(user._mist_roles, key=list(roles.Role).index))
        for document in documents:
            version = document.published_versions[0] if document.published_versions else None
            row.cells.append(
                (
                    document.must_be_signed_by(user),
                    version,
                    signed.get(version.pk) if version else None,
                )
            )
        rows.append(row)
    return documents, rows
