"""The audio file's admin form, used both by the snippet and by the episode form's chooser
("Upload" tab): the accepted formats and the size limit are said before the upload."""

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminModelForm

from podcasts.audio_checks import max_audio_size
from podcasts.models import AudioFile


def audio_file_help_text():
    return _(
        "MP3 or M4A (AAC) only, at most %(limit)s. The duration, size and format are read "
        "from the file itself and given to podcast apps."
    ) % {"limit": filesizeformat(max_audio_size())}


class AudioFileForm(WagtailAdminModelForm):
    class Meta:
        model = AudioFile
        fields = ["title", "file"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].help_text = _(
            "A name to find the recording when choosing it for an episode, for example "
            "“True Talk S2E5 – final mix”. Listeners see the episode's title, not this one."
        )
        self.fields["file"].help_text = audio_file_help_text()
        self.fields["file"].widget.attrs["accept"] = ".mp3,.m4a,audio/mpeg,audio/mp4"
