"""Invitations, the only way in: staff invite a person; she gets a one-time link for a few days."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members_area.roles import Role, may_invite_at

SIGNING_SALT = "members_area.invitation"


def invitation_max_age():
    return timedelta(days=getattr(settings, "MIST_INVITATION_DAYS", 5))


class Invitation(models.Model):
    email = models.EmailField(
        _("e-mail address"),
        help_text=_(
            "The link is sent to this address. If it already has an account (a member who "
            "comes back), she logs in with her own password to accept: it is never changed."
        ),
    )
    first_name = models.CharField(
        _("first name"), max_length=150, help_text=_("As she wants it in the register.")
    )
    last_name = models.CharField(
        _("last name"), max_length=150, help_text=_("As she wants it in the register.")
    )
    role = models.CharField(
        _("initial role"),
        max_length=20,
        choices=Role.choices,
        default=Role.MEMBER,
        help_text=_(
            "Only the roles your own role may grant, as the bylaws say: the team invites "
            "members and active members (after the Roots group's vote); the direction also "
            "invites the salaried team and the board; the board invites the direction."
        ),
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

    def save(self, *args, **kwargs):
        # The bylaws' rule holds whenever an invitation is made, not only in the admin form:
        # a crafted request cannot create one at a role its author may not grant.
        adding = self._state.adding
        if adding and self.invited_by is not None and not may_invite_at(self.invited_by, self.role):
            raise PermissionDenied("This person may not invite at this role.")
        super().save(*args, **kwargs)

    def renew(self):
        """A new link for 5 more days: the new secret makes every earlier link invalid."""
        self.nonce = secrets.token_urlsafe()
        self.created_at = timezone.now()
        self.save(update_fields=["nonce", "created_at"])

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
