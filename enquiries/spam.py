"""Per-address rate limit for the public forms. The address is only hashed (with the secret
key, so the hash cannot be reversed by trying every address) and kept in the cache for the
length of the window: no raw IP is ever stored."""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache


def rate_limit():
    """(submissions allowed, window in seconds)."""
    return getattr(settings, "ENQUIRY_RATE_LIMIT", (5, 3600))


def client_key(request):
    address = request.META.get("REMOTE_ADDR", "")
    digest = hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256)
    return "enquiries:rate:" + digest.hexdigest()[:32]


def is_rate_limited(request):
    allowed, _window = rate_limit()
    return (cache.get(client_key(request)) or 0) >= allowed


def count_submission(request):
    _allowed, window = rate_limit()
    key = client_key(request)
    # add() only sets the key when it is missing, so the window starts at the first submission.
    if not cache.add(key, 1, timeout=window):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=window)
