from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from podcasts.forms import AudioFileForm
from podcasts.models import AudioFile


class AudioFileChooserViewSet(SnippetChooserViewSet):
    """The episode form's audio chooser, with an "Upload" tab (Wagtail shows it when the
    chooser has a creation form)."""

    creation_form_class = AudioFileForm
    creation_tab_label = _("Upload an audio file")
    create_action_label = _("Upload")
    create_action_clicked_label = _("Uploading…")


class AudioFileViewSet(SnippetViewSet):
    model = AudioFile
    icon = "media"
    menu_label = _("Podcast audio")
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("duration_display", label=_("Duration")),
        Column("size_display", label=_("Size")),
        Column("format_label", label=_("Format")),
        "created_at",
    ]
    search_fields = ["title"]
    chooser_viewset_class = AudioFileChooserViewSet
    edit_handler = ObjectList(
        [FieldPanel("title"), FieldPanel("file")], base_form_class=AudioFileForm
    )


register_snippet(AudioFileViewSet)
