"""The team's internal notes on a request: dated entries (who, when, what), added one by one,
never edited or overwritten. Deleted with their request (retention purge included)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

NOTE_MAX_LENGTH = 3000


class InternalNote(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    request = GenericForeignKey("content_type", "object_id")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("written by"),
    )
    # Kept when the author's account is deleted, so the note still says who wrote it.
    author_name = models.CharField(_("written by"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    text = models.TextField(_("note"), max_length=NOTE_MAX_LENGTH)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self):
        return f"{self.author_name} · {self.created_at:%Y-%m-%d %H:%M}"

    @classmethod
    def add(cls, record, text, author):
        name = (author.get_full_name() or author.get_username()) if author else ""
        return cls.objects.create(request=record, text=text, author=author, author_name=name)
