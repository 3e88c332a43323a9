"""What each person must sign now: the current version of every document her roles require,
unless she signed it since her current membership period began."""

from dataclasses import dataclass

from django.db.models import Prefetch

from members_area.models import DocumentVersion, SignableDocument, Signature


@dataclass
class DocumentStatus:
    document: SignableDocument
    version: DocumentVersion | None
    signature: Signature | None
    must_sign: bool

    @property
    def to_sign(self):
        return self.must_sign and self.version is not None and self.signature is None


def published_versions():
    return Prefetch(
        "versions",
        queryset=DocumentVersion.objects.filter(status=DocumentVersion.Status.PUBLISHED).order_by(
            "-number"
        ),
        to_attr="published_versions",
    )


def statuses_for(user, documents=None):
    """One DocumentStatus per document she may read, in the documents' order."""
    if documents is None:
        documents = SignableDocument.objects.readable_by(user).prefetch_related(
            published_versions()
        )
    signed = {
        s.version_id: s
        for s in Signature.objects.valid_for(user).select_related("version").order_by("pk")
    }
    statuses = []
    for document in documents:
        version = document.published_versions[0] if document.published_versions else None
        statuses.append(
            DocumentStatus(
                document=document,
                version=version,
                signature=signed.get(version.pk) if version else None,
                must_sign=document.must_be_signed_by(user),
            )
        )
    return statuses


def documents_to_sign(user):
    return [status for status in statuses_for(user) if status.to_sign]
