"""Invitations, the only way in: staff invite a person; she gets a one-time link for a few days."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members_area.roles import Role

SIGNING_SALT = "members_area.invitation"


def invitation_max_age():
    return timedelta(days=getattr(settings, "MIST_INVITATION_DAYS", 5))


class Invitation(models.Model):
    email = models.EmailField(_("e-mail address"))
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    role = models.CharField(
        _("initial role"), max_length=20, choices=Role.choices, default=Role.MEMBER
    )
    nonce = models.CharField(max_length=64, default=secrets.token_urlsafe, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
        editable=False,
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now, editable=False)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations",
        verbose_name=_("account created"),
        editable=False,
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.first_name} {self.last_name} <{self.email}>"

    @property
    def expires_at(self):
        return self.created_at + invitation_max_age()

    @property
    def is_usable(self):
        return self.accepted_at is None and timezone.now() < self.expires_at

    def make_token(self):
        return signing.dumps({"i": self.pk, "n": self.nonce}, salt=SIGNING_SALT, compress=True)

    @classmethod
    def from_token(cls, token):
        """The invitation the token names if it is genuine, unexpired and unused, else None."""
        try:
            data = signing.loads(
                token, salt=SIGNING_SALT, max_age=invitation_max_age().total_seconds()
            )
        except signing.BadSignature:  # includes SignatureExpired
            return None
        invitation = cls.objects.filter(pk=data.get("i"), nonce=data.get("n")).first()
        if invitation is None or not invitation.is_usable:
            return None
        return invitation
