"""Keep cached listings fresh: when a project is published or unpublished, purge its index
and the home page ("latest projects") from the frontend cache. Filtered views of the index
(?year=…) are separate cache entries: they age out with their max-age."""

from wagtail.contrib.frontend_cache.utils import get_backends, purge_pages_from_cache
from wagtail.signals import page_published, page_unpublished


def purge_listings(sender, instance, **kwargs):
    if not get_backends():
        return  # no frontend cache configured (development, tests)
    index = instance.get_parent()
    purge_pages_from_cache([index, index.get_parent()])


def connect():
    from projects.models import ProjectPage

    page_published.connect(purge_listings, sender=ProjectPage, dispatch_uid="projects-purge-pub")
    page_unpublished.connect(
        purge_listings, sender=ProjectPage, dispatch_uid="projects-purge-unpub"
    )
