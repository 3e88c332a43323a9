"""The `default` cache: Redis, shared by every worker, or this process's memory while Redis is
unreachable.

Wagtail keeps its site root paths there and the rate limits (logins, forms) count there. When
Redis stops, raising would turn every page into a 500; ignoring the error would switch the rate
limits off. Falling back to local memory keeps pages answering and the limits counting, per
worker instead of shared (so a little looser) until Redis is back; each call tries Redis first.
"""

import logging
import time

import redis.exceptions
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted

logger = logging.getLogger(__name__)
UNREACHABLE = (
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
    ConnectionInterrupted,
)
FALLBACK_METHODS = [
    "get",
    "set",
    "add",
    "delete",
    "incr",
    "decr",
    "touch",
    "has_key",
    "get_many",
    "set_many",
    "delete_many",
    "get_or_set",
    "clear",
]


class RedisWithLocalFallback(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._fallback = LocMemCache(
            f"redis-fallback-{id(self)}", {"TIMEOUT": self.default_timeout}
        )
        self._warned_at = 0.0

    def _fall_back(self, name, error):
        if time.monotonic() - self._warned_at > 60:  # one line a minute, not one per call
            self._warned_at = time.monotonic()
            logger.error("Redis unreachable (%s): the cache falls back to local memory", error)
        return getattr(self._fallback, name)


def _with_fallback(name):
    redis_method = getattr(RedisCache, name)

    def method(self, *args, **kwargs):
        try:
            return redis_method(self, *args, **kwargs)
        except UNREACHABLE as error:
            return self._fall_back(name, type(error).__name__)(*args, **kwargs)

    method.__name__ = name
    return method


for _name in FALLBACK_METHODS:
    setattr(RedisWithLocalFallback, _name, _with_fallback(_name))
