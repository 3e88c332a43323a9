from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from podcasts.models import AudioFile


class AudioFileViewSet(SnippetViewSet):
    model = AudioFile
    icon = "media"
    menu_label = _("Podcast audio")
    add_to_admin_menu = True
    list_display = ["title", "duration_display", "size_display", "mime_type", "created_at"]
    search_fields = ["title"]


register_snippet(AudioFileViewSet)
