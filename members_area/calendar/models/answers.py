from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import AnswerStatus
from .events import Event


class Answer(models.Model):
    """A member's answer for one occurrence: coming or not, and, for active members, the
    acknowledgement of the notice of meeting the bylaws ask for."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_answers"
    )
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="answers")
    # The occurrence as first planned: answers stay attached when it is moved.
    occurrence_start = models.DateTimeField()
    status = models.CharField(_("answer"), max_length=12, choices=AnswerStatus.choices, blank=True)
    reason = models.CharField(_("reason (optional)"), max_length=300, blank=True)
    acknowledged_at = models.DateTimeField(_("notice acknowledged"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "event", "occurrence_start"], name="one_answer_per_occurrence"
            )
        ]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self):
        return f"{self.user} · {self.event_id} · {self.occurrence_start:%Y-%m-%d} · {self.status}"
