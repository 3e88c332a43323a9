"""/healthz for the load balancer, and error mails to the team without personal data."""

import logging
import sys

import pytest
from django.core import mail
from django.db import OperationalError
from django.test import RequestFactory
from mist_site.log_filters import RequestSummary
from mist_site.operations import health
from mist_site.operations.error_mail import RateLimitedAdminEmailHandler, masked_path


@pytest.mark.django_db
def test_healthz_says_ok_without_cookies_content_or_cache(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.7")  # a probe may use the address
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    assert "Set-Cookie" not in response


@pytest.mark.django_db
def test_healthz_is_503_when_the_database_is_unreachable(client, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(health.connections["default"], "cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"unavailable: database"
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_healthz_is_503_when_the_cache_is_unreachable(client, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(health.caches["default"], "set", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.content == b"unavailable: cache"


def error_record(request, message="Internal Server Error: %s", args=("/x",)):
    try:
        email = "camille@example.org"
        raise ValueError(f"duplicate key (email)=({email})")
    except ValueError:
        exc_info = sys.exc_info()
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, message, args, exc_info
    )
    record.request = request
    return record


@pytest.fixture
def admins(settings):
    settings.ADMINS = [("Mist", "team@example.org")]
    settings.ERROR_MAIL_REPEAT_SECONDS = 900
    settings.ERROR_MAIL_MAX_PER_HOUR = 3


def test_error_mail_carries_no_personal_data(admins):
    request = RequestFactory().post(
        "/fr/contact/?q=violence+conjugale",
        {"email": "camille@example.org", "message": "help"},
        HTTP_COOKIE="sessionid=abc123secret",
        HTTP_USER_AGENT="Camille's phone",
    )
    RateLimitedAdminEmailHandler().emit(error_record(RequestSummary(request)))
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    text = sent.subject + sent.body + "".join(str(a) for a in sent.alternatives)
    assert "ValueError" in text and "/fr/contact/" in text
    for private in ("camille@example.org", "violence", "abc123secret", "Camille's phone", "help"):
        assert private not in text, private


def test_error_mails_are_rate_limited(admins):
    handler = RateLimitedAdminEmailHandler()
    request = RequestSummary(RequestFactory().get("/fr/"))
    for _ in range(5):
        handler.emit(error_record(request))
    assert len(mail.outbox) == 1  # the same error: once per ERROR_MAIL_REPEAT_SECONDS
    for n in range(5):  # different messages: at most ERROR_MAIL_MAX_PER_HOUR in all
        record = logging.LogRecord("mist", logging.ERROR, __file__, 1, f"job {n} failed", (), None)
        handler.emit(record)
    assert len(mail.outbox) == 3


def test_django_request_errors_reach_the_rate_limited_handler():
    handlers = logging.getLogger("django").handlers
    assert any(isinstance(h, RateLimitedAdminEmailHandler) for h in handlers)
    assert not any(type(h).__name__ == "AdminEmailHandler" for h in handlers)


def test_tokens_in_paths_are_masked():
    path = "/fr/compte/password/reset/key/3a-cq7f2e-8d4b1c0e9a7f6b5d/?next=/x"
    assert masked_path(path) == "/fr/compte/password/reset/key/…/"
    assert masked_path("/fr/projets/formation-2024/") == "/fr/projets/formation-2024/"


def test_the_default_cache_falls_back_to_memory_when_redis_is_unreachable():
    from mist_site.operations.cache import RedisWithLocalFallback

    cache = RedisWithLocalFallback(
        "redis://127.0.0.1:9/0",  # nothing listens on the discard port
        {"OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2}},
    )
    assert cache.add("login:ines", 1, 60)
    assert cache.incr("login:ines") == 2  # rate limits keep counting, in this process
    assert cache.get("login:ines") == 2
    assert cache.get_or_set("site-root-paths", lambda: ["/fr/"]) == ["/fr/"]
