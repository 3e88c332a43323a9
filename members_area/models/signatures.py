"""Signatures: append-only rows, each chained by hash to the one before it.

A row is never updated or deleted (model, queryset and admin refuse). If a person's account is
deleted, her name and the date stay in the register."""

import datetime
import hashlib
import uuid

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .documents import DocumentVersion
from .membership import MembershipPeriod

GENESIS_HASH = "0" * 64


class AppendOnlyError(Exception):
    """Raised when code tries to change or remove a signature."""


class SignatureQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnlyError("Signatures are append-only.")

    def delete(self):
        raise AppendOnlyError("Signatures are append-only.")

    def valid_for(self, user):
        """Her signatures that count now: those made since her current membership began."""
        qs = self.filter(user=user)
        period = MembershipPeriod.objects.current_for(user)
        if period is not None:
            qs = qs.filter(signed_at__date__gte=period.joined_on)
        return qs

    def by_hash(self, value):
        value = (value or "").strip().lower()
        return self.filter(models.Q(chain_hash=value) | models.Q(text_sha256=value))

    def record(self, *, user, version, language, **details):
        """Create the signature unless a valid one exists already (a double submit).

        Returns (signature, created). The unique previous_hash keeps the chain a single line:
        two concurrent writers cannot both link to the same row, the loser retries."""
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    existing = self.valid_for(user).filter(version=version).first()
                    if existing is not None:
                        return existing, False
                    signature = Signature(
                        user=user,
                        signer_name=user.get_full_name() or user.get_username(),
                        version=version,
                        language=language,
                        text_sha256=version.sha256_in(language),
                        **details,
                    )
                    signature.link_to_chain()
                    signature.save()
                    return signature, True
            except IntegrityError:
                continue
        raise IntegrityError("Could not append the signature to the chain.")


class Signature(models.Model):
    class Method(models.TextChoices):
        ONLINE = "online", _("Online")
        PAPER = "paper", _("On paper, recorded by a staff member")

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="signatures",
        verbose_name=_("person"),
    )
    signer_name = models.CharField(_("name of the person"), max_length=300)
    typed_name = models.CharField(_("name typed when signing"), max_length=300, blank=True)
    version = models.ForeignKey(
        DocumentVersion,
        on_delete=models.PROTECT,
        related_name="signatures",
        verbose_name=_("document version"),
    )
    language = models.CharField(_("language shown"), max_length=5, choices=settings.LANGUAGES)
    text_sha256 = models.CharField(_("SHA-256 of the text shown"), max_length=64)
    signed_at = models.DateTimeField(_("signed at"), default=timezone.now)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("browser (user agent)"), max_length=500, blank=True)
    method = models.CharField(
        _("method"), max_length=10, choices=Method.choices, default=Method.ONLINE
    )
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="recorded_signatures",
        verbose_name=_("recorded by"),
    )
    recorded_by_name = models.CharField(_("recorded by (name)"), max_length=300, blank=True)
    previous_hash = models.CharField(
        _("hash of the previous signature"), max_length=64, unique=True
    )
    chain_hash = models.CharField(_("receipt hash"), max_length=64, unique=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_at", "-pk"]
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")

    def __str__(self):
        return f"{self.signer_name} — {self.version}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnlyError("A signature is never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnlyError("A signature is never deleted.")

    def link_to_chain(self):
        last = Signature.objects.order_by("-pk").values_list("chain_hash", flat=True).first()
        self.previous_hash = last or GENESIS_HASH
        self.chain_hash = self.compute_hash()

    def compute_hash(self):
        # The account id is left out: deleting an account (SET_NULL) must not break the chain.
        parts = [
            self.previous_hash,
            str(self.public_id),
            self.signer_name,
            self.typed_name,
            str(self.version_id),
            self.language,
            self.text_sha256,
            self.signed_at.astimezone(datetime.UTC).isoformat(),
            self.method,
            self.recorded_by_name,
        ]
        return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()

    @classmethod
    def verify_chain(cls, using="default"):
        """True when every row still matches its hash and links to the one before it."""
        return cls.first_break(using) is None

    @classmethod
    def first_break(cls, using="default"):
        """(signature, reason) for the first row that breaks the chain, or None when it holds."""
        previous = GENESIS_HASH
        for signature in cls.objects.using(using).order_by("pk").iterator():
            if signature.previous_hash != previous:
                return signature, "does not link to the signature before it"
            if signature.compute_hash() != signature.chain_hash:
                return signature, "was changed after signing (its hash does not match)"
            previous = signature.chain_hash
        return None
