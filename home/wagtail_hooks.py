"""The admin's translation workflow (issue 18), built on Wagtail's and wagtail-localize's own
views: a French page's translations follow it when it is moved, unpublished or deleted (the
confirmation pages say so), and an English page behind its French source says so in the page
listing and leads to wagtail-localize's update view in one click."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import SubmitForModerationMenuItem
from wagtail.admin.widgets import Button, ListingButton
from wagtail.models import Locale, Page

from home.translation_status import pending_source_update

CASCADING_ACTIONS = {"move", "unpublish", "delete"}


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_to_translations(pages, action):
    """Moving, unpublishing or deleting a page of the source language does the same to its
    translations (Wagtail's confirmation views list them); a translation acts alone."""
    if action not in CASCADING_ACTIONS:
        return None
    default_locale_id = Locale.get_default().pk
    translations = {}
    for page in pages:
        if page.locale_id != default_locale_id:
            continue
        others = Page.objects.translation_of(page, inclusive=False)
        if action == "unpublish":
            others = others.filter(alias_of__isnull=True)
        translations[page] = others
    return translations


def update_translation_url(translation, next_url):
    url = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


def out_of_date_label(translation):
    return _("Out of date: update from %(language)s") % {
        "language": translation.source.locale.get_display_name()
    }


def out_of_date_buttons(button_class, page, user, next_url, **options):
    """The "out of date: update from French" button of an English page whose French page
    changed since it was translated (in the page listing and in the page's header)."""
    if not user.has_perm("wagtail_localize.submit_translation"):
        return
    translation = pending_source_update(page)
    if translation is not None:
        yield button_class(
            out_of_date_label(translation),
            update_translation_url(translation, next_url),
            icon_name="warning",
            priority=5,
            **options,
        )


@hooks.register("register_page_listing_buttons")
def out_of_date_listing_button(page, user, next_url=None):
    yield from out_of_date_buttons(
        ListingButton, page, user, next_url, classname="button-secondary out-of-date"
    )


@hooks.register("register_page_header_buttons")
def out_of_date_header_button(page, user, next_url=None, view_name=None):
    yield from out_of_date_buttons(Button, page, user, next_url)


class SubmitToTranslatedWorkflowMenuItem(SubmitForModerationMenuItem):
    """Workflow and task names are data ("Moderators approval", made by Wagtail's
    migrations): the button shows them through the project's catalogue, so that a French
    editor reads "Soumettre à Validation par les modérateurs"."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        label = str(context["label"])
        for name in workflow_names(context):
            label = label.replace(name, gettext(name))
        context["label"] = label
        return context


def workflow_names(context):
    page = context.get("page")
    state = page.current_workflow_state if page and page.pk else None
    if state is not None and state.current_task_state is not None:
        yield state.current_task_state.task.name
    workflow_page = page if page and page.pk else context.get("parent_page")
    workflow = workflow_page.get_workflow() if workflow_page else None
    if workflow is not None:
        yield workflow.name


@hooks.register("construct_page_action_menu")
def translate_workflow_names(menu_items, request, context):
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = SubmitToTranslatedWorkflowMenuItem(order=item.order)
