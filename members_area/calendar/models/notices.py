from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .events import Event


class NoticeChange(models.TextChoices):
    CREATED = "created", _("New event")
    CHANGED = "changed", _("Event changed")
    CANCELLED = "cancelled", _("Event cancelled")


class NoticeStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed, will be retried")


class Notice(models.Model):
    """One e-mail to one member, stored before it is sent so a mail failure loses nothing."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="notices")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_notices"
    )
    change = models.CharField(_("change"), max_length=10, choices=NoticeChange.choices)
    language = models.CharField(max_length=2, default="fr")
    subject = models.CharField(max_length=200)
    body = models.TextField()
    status = models.CharField(
        _("status"), max_length=10, choices=NoticeStatus.choices, default=NoticeStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["status"])]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")

    def __str__(self):
        return f"{self.subject} → {self.user} ({self.status})"
