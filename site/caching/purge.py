"""What is renewed when content changes: Varnish (or a CDN) through
wagtail.contrib.frontend_cache, and the app's fragments through the content generation.

Wagtail itself purges a page's own address when it is published or unpublished. What it does
not know is which *other* addresses show that page or a snippet:
- a page: its translations (their switcher and hreflang), its parent listing (project index,
  show page, advocacy) in every language, and the home pages (latest projects and episodes);
  a timeline page, the advocacy Atom feed of every language too;
- a moved or renamed page: all of that at the new address, plus its old address and its descendants'
  (they must answer Wagtail's redirect or a 404 at once) and the old parent's listing;
- a view restriction: the page and everything below it;
- a snippet, the site settings or a Site: every page may show them (footer, quick exit,
  people, funders), so the whole site is banned with one wildcard purge per site ("/*",
  which deploy/varnish.vcl turns into a ban and CloudFront understands as is)."""

import copy
import logging

from django.conf import settings
from mist_site.caching.generation import bump_content_generation

logger = logging.getLogger(__name__)


def pages_showing(page):
    """The pages whose HTML shows `page`: itself in every language, its parent listing in
    every language, and the home pages."""
    from wagtail.models import Page

    pages = list(page.get_translations(inclusive=True).live())
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        pages += list(parent.get_translations(inclusive=True).live())
    pages += list(Page.objects.live().filter(depth=2))
    return list({p.pk: p for p in pages}.values())


def feeds_showing(page):
    """Feeds that are not below the page they gather: the advocacy Atom feed of each language
    (site/seo/feeds.py) shows every timeline page's entries."""
    from django.urls import reverse
    from django.utils import translation
    from wagtail.models import Site

    from home.models import TimelinePage

    if not issubclass(page.specific_class or type(page), TimelinePage):
        return []
    urls = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            path = reverse("timeline_feed")
        urls += [f"{site.root_url}{path}" for site in Site.objects.all()]
    return urls


def send(batch):
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    try:
        batch.purge()
    except Exception:  # a cache that is down must never stop an editor from publishing
        logger.exception("Frontend cache purge failed")


def new_batch():
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    return PurgeBatch()


def purge_pages_showing(page, subtree=False):
    """Start a new content generation and purge every address showing `page` (and, with
    `subtree`, every page below it: a view restriction applies to descendants too)."""
    bump_content_generation()
    batch = new_batch()
    batch.add_pages(pages_showing(page))
    batch.add_urls(feeds_showing(page))
    if subtree:
        batch.add_pages(page.get_descendants().live())
    send(batch)


def old_addresses(page, url_path_before, url_path_after):
    """The full URLs the moved page and its live descendants had before the move."""
    urls = []
    for moved in [page, *page.get_descendants().live()]:
        before = copy.copy(moved)
        before.url_path = url_path_before + moved.url_path[len(url_path_after) :]
        url = before.get_full_url()
        if url:
            urls.append(url)
    return urls


def purge_whole_site():
    """Every page of every site: one wildcard purge per site (see the module's docstring)."""
    from wagtail.models import Site

    bump_content_generation()
    batch = new_batch()
    batch.add_urls(f"{site.root_url}/*" for site in Site.objects.all())
    send(batch)


def on_page_changed(sender, instance, **kwargs):
    purge_pages_showing(getattr(instance, "specific_deferred", instance))


def on_page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    bump_content_generation()
    batch = new_batch()
    batch.add_pages(pages_showing(instance))
    batch.add_urls(feeds_showing(instance))
    batch.add_pages(instance.get_descendants().live())
    if url_path_before != url_path_after:
        batch.add_urls(old_addresses(instance, url_path_before, url_path_after))
    before = kwargs.get("parent_page_before")
    if before is not None and before.depth > 1:
        batch.add_pages(before.get_translations(inclusive=True).live())
    send(batch)


def on_page_slug_changed(sender, instance, instance_before, **kwargs):
    """A new slug is a move within the same parent: the old addresses must go too."""
    batch = new_batch()
    batch.add_urls(old_addresses(instance, instance_before.url_path, instance.url_path))
    send(batch)


def on_restriction_changed(sender, instance, **kwargs):
    """A page made private (or public) changes what may be served and cached below it."""
    from wagtail.models import Page

    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_pages_showing(page, subtree=True)


def on_site_content_saved(sender, instance, **kwargs):
    purge_whole_site()


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction, Site
    from wagtail.signals import (
        page_published,
        page_slug_changed,
        page_unpublished,
        post_page_move,
    )
    from wagtail.snippets.models import get_snippet_models

    from home.models import SiteSettings

    page_published.connect(on_page_changed, dispatch_uid="mist-purge-published")
    page_unpublished.connect(on_page_changed, dispatch_uid="mist-purge-unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="mist-purge-moved")
    page_slug_changed.connect(on_page_slug_changed, dispatch_uid="mist-purge-slug")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"mist-purge-restriction-{signal}",
        )
        for model in [*get_snippet_models(), SiteSettings, Site]:
            signal.connect(
                on_site_content_saved,
                sender=model,
                dispatch_uid=f"mist-purge-site-{model._meta}-{signal}",
            )
