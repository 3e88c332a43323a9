"""Audio files: one row per recording, shared by the French and English episode pages."""

import os
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from podcasts.audio_checks import inspect_audio


class AudioFileQuerySet(models.QuerySet):
    def public(self):
        """Audio heard on at least one live episode that anyone may see: only those are
        served. Audio of an episode behind a login or a password stays unreachable."""
        from podcasts.models.episode import EpisodePage

        visible = EpisodePage.objects.live().public().values("pk")
        return self.filter(episodes__in=visible).distinct()


def audio_upload_to(instance, filename):
    # A random folder keeps names unguessable and lets two uploads share a file name.
    return f"podcasts/audio/{instance.key.hex[:12]}/{os.path.basename(filename)}"


class AudioFile(index.Indexed, models.Model):
    """MIME type, exact size and duration are read from the file itself when it is saved,
    so the feed's enclosure always tells podcast apps the truth."""

    key = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    title = models.CharField(max_length=255, verbose_name=_("Title"))
    file = models.FileField(upload_to=audio_upload_to, verbose_name=_("Audio file"))
    mime_type = models.CharField(max_length=50, editable=False, verbose_name=_("MIME type"))
    size = models.PositiveBigIntegerField(default=0, editable=False, verbose_name=_("Size"))
    duration = models.PositiveIntegerField(
        default=0, editable=False, verbose_name=_("Duration (seconds)")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Uploaded at"))

    objects = AudioFileQuerySet.as_manager()
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("Audio file")
        verbose_name_plural = _("Audio files")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Also covers code paths that skip full_clean (shell, demo loader).
        if self.file and not getattr(self.file, "_committed", True):
            self._apply(inspect_audio(self.file))
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.file and not getattr(self.file, "_committed", True):
            try:
                self._apply(inspect_audio(self.file))
            except ValidationError as error:
                raise ValidationError({"file": error.error_list}) from error

    def _apply(self, info):
        self.mime_type = info.mime_type
        self.size = info.size
        self.duration = info.duration

    @property
    def filename(self):
        return os.path.basename(self.file.name)

    @property
    def url(self):
        """Served by podcasts.views.serve_audio, with byte ranges, outside /fr/ and /en/."""
        return reverse("podcasts:audio", args=[self.key, self.filename])

    @property
    def format_label(self):
        return {"audio/mpeg": "MP3", "audio/x-m4a": "M4A"}.get(self.mime_type, self.mime_type)

    @property
    def size_display(self):
        return filesizeformat(self.size)

    @property
    def duration_display(self):
        hours, rest = divmod(self.duration, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"

    duration_display.fget.short_description = _("Duration")

    size_display.fget.short_description = _("Size")
