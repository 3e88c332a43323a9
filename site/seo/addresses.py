"""The one place absolute URLs are made (canonical, OpenGraph, JSON-LD, feeds, sitemap,
e-mails), so that they all name the same host.

With a request, the host it was made on (Django's get_host() has already checked it against
ALLOWED_HOSTS: a visit on 127.0.0.1 gets 127.0.0.1 links, one on the public name gets those);
without one (e-mails sent by cron, by the admin, by a form), settings.SITE_BASE_URL. Never
Wagtail's Site record (`page.get_full_url()`): its hostname is an admin setting that nothing
needs to serve, and it made the podcast's JSON-LD point at http://localhost/."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost


def site_origin(request=None):
    """'https://host[:port]' without a trailing slash."""
    if request is not None:
        try:
            return f"{request.scheme}://{request.get_host()}"
        except DisallowedHost:
            pass  # never echo a host we do not serve: fall back to the configured one
    return settings.SITE_BASE_URL.rstrip("/")


def absolute_url(location, request=None):
    """An absolute URL for a root-relative path ('/fr/…', a media or static URL). A URL that
    already names a host is returned as it is (only when storage lives elsewhere)."""
    if urlsplit(location).netloc:
        return location
    return site_origin(request) + "/" + location.lstrip("/")


def page_url(page, request=None):
    """A page's absolute URL on the same host: Wagtail's path for it (language prefix
    included), never the Site record's hostname."""
    parts = page.get_url_parts(request=request)
    if parts is None:  # not routable (no site above it)
        return None
    _site_id, _root_url, path = parts
    return absolute_url(path, request)


def site_record_address():
    """(hostname, port) for Wagtail's Site record, from SITE_BASE_URL: the demo loader and
    deployments keep the admin's idea of the site's address equal to the real one."""
    parts = urlsplit(settings.SITE_BASE_URL)
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
