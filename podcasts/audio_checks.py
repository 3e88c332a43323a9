"""What an uploaded audio file really is: read from its bytes, never from its name.

Podcast apps accept MP3 and AAC in an MP4 container (M4A); anything else is refused with a
message the editor can act on."""

from dataclasses import dataclass

import filetype
import mutagen
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4

# The MIME type each container is announced with in feeds (Apple's own spelling for M4A).
MIME_TYPES = {MP3: "audio/mpeg", MP4: "audio/x-m4a"}
SNIFFED_AUDIO = {"audio/mpeg", "audio/mp4", "audio/m4a", "audio/x-m4a", "video/mp4"}
DEFAULT_MAX_SIZE = 200 * 1024 * 1024


@dataclass(frozen=True)
class AudioInfo:
    mime_type: str
    size: int
    duration: int  # whole seconds, as itunes:duration wants them


def max_audio_size():
    return getattr(settings, "PODCASTS_MAX_AUDIO_SIZE", DEFAULT_MAX_SIZE)


def inspect_audio(uploaded):
    """Return AudioInfo for a real MP3/M4A file, or raise ValidationError saying why not."""
    size = uploaded.size
    if size > max_audio_size():
        raise ValidationError(
            _("This file is %(size)s. Audio files may be at most %(limit)s."),
            code="too_large",
            params={"size": filesizeformat(size), "limit": filesizeformat(max_audio_size())},
        )
    uploaded.seek(0)
    head = uploaded.read(261)
    kind = filetype.guess(head)
    not_audio = ValidationError(
        _(
            "This file is not an audio file that podcast apps can play. "
            "Please upload an MP3 or M4A file."
        ),
        code="not_audio",
    )
    if kind is None or kind.mime not in SNIFFED_AUDIO:
        raise not_audio
    uploaded.seek(0)
    try:
        # No file name is passed: mutagen must recognise the content, not the extension.
        audio = mutagen.File(uploaded)
    except mutagen.MutagenError:
        audio = None
    finally:
        uploaded.seek(0)
    mime_type = MIME_TYPES.get(type(audio))
    if mime_type is None or not audio.info.length:
        raise not_audio
    return AudioInfo(mime_type=mime_type, size=size, duration=max(1, round(audio.info.length)))
