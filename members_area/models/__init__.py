from .documents import DocumentVersion, SignableDocument
from .invitations import Invitation
from .membership import MembershipPeriod
from .signatures import Signature

__all__ = [
    "DocumentVersion",
    "Invitation",
    "MembershipPeriod",
    "Signature",
    "SignableDocument",
]
