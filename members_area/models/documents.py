"""Documents members read and sign (bylaws, confidentiality agreement), kept as numbered versions.

A version that anyone has signed is frozen; publishing a change makes a new version; every old
version stays readable."""

import hashlib

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from members_area import roles


class Audience(models.TextChoices):
    MEMBERS = "members", _("All members")
    ACTIVE_MEMBERS = "active_members", _("Active members")
    FILE_READERS = "file_readers", _("People who may read personal files")


# Who may read a document, and who must sign it (see roles.py for the role sets).
READERS = {
    Audience.MEMBERS: roles.MEMBER_ROLES,
    Audience.ACTIVE_MEMBERS: roles.ACTIVE_ROLES,
    Audience.FILE_READERS: roles.FILE_READER_ROLES | roles.STAFF_ROLES,
}
SIGNERS = {
    Audience.MEMBERS: roles.MEMBER_ROLES,
    Audience.ACTIVE_MEMBERS: {roles.Role.ACTIVE_MEMBER},
    Audience.FILE_READERS: roles.FILE_READER_ROLES,
}


class SignableDocumentQuerySet(models.QuerySet):
    def readable_by(self, user):
        held = roles.roles_of(user)
        return self.filter(audience__in=[a for a, r in READERS.items() if held & r])

    def to_be_signed_by(self, user):
        held = roles.roles_of(user)
        return self.filter(
            requires_signature=True, audience__in=[a for a, r in SIGNERS.items() if held & r]
        )


class SignableDocument(models.Model):
    slug = models.SlugField(_("slug"), unique=True)
    title_fr = models.CharField(_("title in French"), max_length=200)
    title_en = models.CharField(_("title in English"), max_length=200)
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices)
    requires_signature = models.BooleanField(
        _("requires a signature"),
        default=True,
        help_text=_("Untick for documents members only read, such as the welcome booklet."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = SignableDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("document to sign")
        verbose_name_plural = _("documents to sign")

    def __str__(self):
        return self.title

    @property
    def title(self):
        return self.title_en if get_language() == "en" else self.title_fr

    def is_readable_by(self, user):
        return roles.has_any_role(user, READERS[self.audience])

    def must_be_signed_by(self, user):
        return self.requires_signature and roles.has_any_role(user, SIGNERS[self.audience])

    @property
    def current_version(self):
        """The published version with the highest number (cached per instance)."""
        if not hasattr(self, "_current_version"):
            self._current_version = (
                self.versions.filter(status=DocumentVersion.Status.PUBLISHED)
                .order_by("-number")
                .first()
            )
        return self._current_version

    def publish_new_version(self, text_fr, text_en, effective_date=None):
        """A change to the text never touches a signed version: it becomes the next number."""
        last = self.versions.order_by("-number").first()
        version = DocumentVersion.objects.create(
            document=self,
            number=(last.number + 1) if last else 1,
            effective_date=effective_date or timezone.localdate(),
            text_fr=text_fr,
            text_en=text_en,
            status=DocumentVersion.Status.PUBLISHED,
        )
        self.__dict__.pop("_current_version", None)
        return version


FROZEN_FIELDS = ("document_id", "number", "effective_date", "text_fr", "text_en")


class DocumentVersion(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    document = models.ForeignKey(
        SignableDocument,
        on_delete=models.PROTECT,
        related_name="versions",
        verbose_name=_("document"),
    )
    number = models.PositiveIntegerField(_("version number"))
    effective_date = models.DateField(_("effective date"), default=timezone.localdate)
    text_fr = models.TextField(
        _("text in French"), help_text=_("Plain text; a blank line starts a new paragraph.")
    )
    text_en = models.TextField(_("text in English"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["document", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="unique_version_number")
        ]
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")

    def __str__(self):
        return _("%(document)s, version %(number)s") % {
            "document": self.document.title if self.document_id else "?",
            "number": self.number,
        }

    def save(self, *args, **kwargs):
        self.clean()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.has_signatures():
            raise ValidationError(_("A signed version is kept for ever."))
        return super().delete(*args, **kwargs)

    @property
    def is_published(self):
        return self.status == self.Status.PUBLISHED

    def text_in(self, language):
        return self.text_en if language == "en" else self.text_fr

    def sha256_in(self, language):
        """The hash a signature records: the exact text shown in that language."""
        return hashlib.sha256(self.text_in(language).encode("utf-8")).hexdigest()

    def has_signatures(self):
        return self.pk is not None and self.signatures.exists()

    def clean(self):
        if not self.has_signatures():
            return
        stored = DocumentVersion.objects.get(pk=self.pk)
        changed = [f for f in FROZEN_FIELDS if getattr(stored, f) != getattr(self, f)]
        if changed or stored.status != self.status:
            raise ValidationError(
                _(
                    "This version has been signed, so it can no longer change. "
                    "Publish a new version instead."
                )
            )
