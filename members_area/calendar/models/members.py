"""What each member chose: her feed address and whether she wants notices by e-mail."""

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class FeedTokenQuerySet(models.QuerySet):
    def user_for(self, token):
        """The owner of a feed token, or None. Only the hash is stored, so a leaked database
        does not leak anyone's calendar address."""
        if not token or len(token) > 100:
            return None
        row = self.select_related("user").filter(token_hash=hash_token(token)).first()
        return row.user if row and row.user.is_active else None


class FeedToken(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed_token"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now=True)

    objects = FeedTokenQuerySet.as_manager()

    class Meta:
        verbose_name = _("calendar subscription address")
        verbose_name_plural = _("calendar subscription addresses")

    def __str__(self):
        return str(self.user)

    @classmethod
    def renew_for(cls, user):
        """A new secret (256 random bits) for the user; the old one stops working at once."""
        token = secrets.token_urlsafe(32)
        cls.objects.update_or_create(user=user, defaults={"token_hash": hash_token(token)})
        return token


class NoticePreference(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_preference"
    )
    email_notices = models.BooleanField(
        _("Send me an e-mail when an event is added, changed or cancelled"), default=False
    )
    language = models.CharField(
        _("Language of the e-mails"), max_length=2, choices=settings.LANGUAGES, default="fr"
    )

    class Meta:
        verbose_name = _("calendar notice preference")
        verbose_name_plural = _("calendar notice preferences")

    def __str__(self):
        return f"{self.user} · {self.email_notices}"
