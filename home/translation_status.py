"""Which translated pages are behind their French source (issue 18).

A translation takes in its source page's content when it is made and each time the editor
updates it ("Sync translated pages", wagtail-localize's TranslationSource.update_from_db,
which stamps `last_updated_at`). A source published after that stamp has changes the
translation has not taken in yet: the translated page is out of date."""

from django.db.models import OuterRef, Subquery
from wagtail.models import Page
from wagtail_localize.models import Translation


def pending_source_update(page):
    """The enabled wagtail-localize Translation whose source (another language's page) was
    published after the translated `page` last took it in, or None. One query."""
    source_published = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale_id=OuterRef("source__locale_id")
    ).values("last_published_at")[:1]
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .exclude(source__locale_id=page.locale_id)
        .select_related("source__locale")
        .annotate(source_published_at=Subquery(source_published))
        .first()
    )
    if (
        translation is not None
        and translation.source_published_at is not None
        and translation.source_published_at > translation.source.last_updated_at
    ):
        return translation
    return None
