"""Sample audio made on the spot: a few seconds of soft tones, encoded to MP3 (what podcast
apps expect) with lameenc, a wheel from PyPI, so `make run` needs nothing from apt."""

import array
import math

import lameenc
from django.core.files.base import ContentFile

from podcasts.models import AudioFile

SAMPLE_RATE = 22050
SECONDS = 3


def tone_samples(seed):
    """A short three-note chime, different for each episode, faded in and out."""
    notes = [220 * 2 ** ((seed * 5 + step * 4) % 12 / 12) for step in range(3)]
    samples = array.array("h")
    total = SAMPLE_RATE * SECONDS
    for index in range(total):
        note = notes[min(index * len(notes) // total, len(notes) - 1)]
        fade = min(1.0, index / 2000, (total - index) / 4000)
        samples.append(int(9000 * fade * math.sin(2 * math.pi * note * index / SAMPLE_RATE)))
    return samples


def mp3_bytes(seed):
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(48)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(7)  # fast; the demo only needs a valid, short file
    data = encoder.encode(tone_samples(seed).tobytes())
    return bytes(data + encoder.flush())


def ensure_audio(title, seed, filename):
    """One AudioFile per episode, shared by its French and English pages. Idempotent."""
    existing = AudioFile.objects.filter(title=title).first()
    if existing is not None:
        return existing
    audio = AudioFile(title=title)
    audio.file = ContentFile(mp3_bytes(seed), name=filename)
    # save() reads the MIME type, exact size and duration from the bytes themselves.
    audio.save()
    return audio
