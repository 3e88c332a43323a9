"""Events in the Wagtail admin, for the staff. Saving an event tells the members who asked."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from . import notices
from .forms import EventAdminForm
from .models import Event


class EventCreateView(generic.CreateView):
    def save_instance(self):
        event = super().save_instance()
        notices.event_saved(event, created=True)
        return event


class EventEditView(generic.EditView):
    def save_instance(self):
        was_cancelled = (
            Event.objects.filter(pk=self.object.pk).values_list("cancelled", flat=True).first()
        )
        event = super().save_instance()
        if self.form.has_changed():
            notices.event_saved(event, created=False, was_cancelled=bool(was_cancelled))
        return event


class EventViewSet(ModelViewSet):
    model = Event
    icon = "date"
    menu_label = _("Calendar")
    menu_order = 300
    add_to_admin_menu = True
    add_view_class = EventCreateView
    edit_view_class = EventEditView
    list_display = ["title_fr", "kind", "start", "recurrence", "audience", "cancelled"]
    list_filter = ["kind", "audience", "cancelled"]
    search_fields = ["title_fr", "title_en", "facilitators"]
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("kind"),
                    FieldPanel("title_fr"),
                    FieldPanel("title_en"),
                    FieldPanel("description_fr"),
                    FieldPanel("description_en"),
                    FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                    FieldPanel("languages"),
                    FieldPanel("facilitators"),
                ],
                heading=_("Event"),
            ),
            ObjectList(
                [
                    FieldPanel("recurrence"),
                    FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                    InlinePanel("exceptions", heading=_("Changes to one date"), label=_("Change")),
                ],
                heading=_("Repeats"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("place_kind"), FieldPanel("address"), FieldPanel("online_url")],
                        heading=_("Place"),
                    ),
                    FieldRowPanel([FieldPanel("audience"), FieldPanel("working_group")]),
                    FieldPanel("capacity"),
                    FieldRowPanel([FieldPanel("cancelled"), FieldPanel("cancellation_reason")]),
                ],
                heading=_("Place and people"),
            ),
        ],
        base_form_class=EventAdminForm,
    )


@hooks.register("register_admin_viewset")
def register_event_viewset():
    return EventViewSet("calendar_events")
