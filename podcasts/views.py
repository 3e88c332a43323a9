"""Audio files of live episodes, with byte ranges. Pages and feeds are served by the pages."""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from podcasts.models import AudioFile
from podcasts.ranges import ranged_file_response


@require_safe
def serve_audio(request, key, filename):
    audio = get_object_or_404(AudioFile.objects.public(), key=key)
    if filename != audio.filename:
        raise Http404
    etag = f'"{audio.key.hex}-{audio.size}"'
    accel_prefix = getattr(settings, "PODCASTS_AUDIO_ACCEL_REDIRECT", "")
    if accel_prefix:
        # Production: nginx sends the bytes itself (ranges included) from an internal location.
        response = HttpResponse(content_type=audio.mime_type)
        response["X-Accel-Redirect"] = f"{accel_prefix.rstrip('/')}/{audio.file.name}"
        response["ETag"] = etag
    else:
        response = ranged_file_response(request, audio.file, audio.mime_type, etag)
    patch_cache_control(response, public=True, max_age=60 * 60 * 24)
    return response
