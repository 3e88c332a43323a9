"""The content generation: one number that changes whenever published content changes.

Wagtail keys a page's own fragments on `page.cache_key` (its id, address and publication),
which knows nothing of the *other* content a page shows: the menu (its sibling pages), the
language switcher (its translations), the footer (a snippet, the site settings), a listing
(its children), a project's funders. Wagtail offers nothing for those, so their fragments
also carry this number, which every publication, move, snippet or settings save bumps
(purge.py): everything of the app's own cache is renewed at once."""

import logging
from contextvars import ContextVar

from django.core.cache import caches
from django.utils.connection import ConnectionProxy

logger = logging.getLogger(__name__)

# The cache of what only speeds pages up (settings: CACHES["pages"]); its errors are ignored.
page_cache = ConnectionProxy(caches, "pages")
GENERATION_KEY = "mist:content-generation"

# Within one request the generation is read from Redis once (every fragment needs it); a
# publication during the request forgets it.
_request_generation = ContextVar("mist_request_generation", default=None)


def content_generation():
    memo = _request_generation.get()
    if memo:
        return memo[0]
    value = page_cache.get(GENERATION_KEY)
    if value is None:
        value = 1
        page_cache.add(GENERATION_KEY, value, timeout=None)
    if memo is not None:
        memo.append(value)
    return value


def bump_content_generation():
    memo = _request_generation.get()
    if memo:
        memo.clear()
    try:
        bumped = page_cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (a new or emptied cache): start one
        bumped = page_cache.set(GENERATION_KEY, 2, timeout=None) is not False
    if bumped is None:  # Redis unreachable: its errors are ignored for pages, not here
        logger.error("Content generation not bumped: cached pages may be stale for a while")


class RequestGenerationMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_generation.set([])
        try:
            return self.get_response(request)
        finally:
            _request_generation.reset(token)


def generation_context(request):
    """Context processor: templates key their fragments on {{ content_generation }}."""
    return {"content_generation": content_generation()}
