"""Logs never hold what people typed: form contents, passwords, search terms."""

import logging

import pytest
from django.test import RequestFactory
from mist_site.log_filters import NoFormDataExceptionReporterFilter, RedactRequestFilter

SECRET_VALUES = ["hunter2-password", "my-abuser-lives-at-12-rue-x", "secret-search"]


def everything_said(record):
    """All a handler could write for this record: message, traceback and extra attributes."""
    formatted = logging.Formatter("%(message)s %(request)s").format(record)
    request = getattr(record, "request", None)
    typed = ""
    if hasattr(request, "POST") or hasattr(request, "GET"):
        typed = repr(dict(request.POST)) + repr(dict(request.GET))
    return formatted + repr(vars(record)) + typed


@pytest.mark.django_db
@pytest.mark.urls("tests.security.failing_urls")
def test_a_failing_request_logs_no_posted_value(client, caplog):
    client.raise_request_exception = False
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = client.post(
            "/explode/?q=secret-search",
            {"password": SECRET_VALUES[0], "message": SECRET_VALUES[1]},
        )
    assert response.status_code == 500
    records = [r for r in caplog.records if r.name == "django.request"]
    assert records, "the error is logged"
    for record in records:
        said = everything_said(record)
        assert "/explode/" in said  # the log still says where it failed
        for value in SECRET_VALUES:
            assert value not in said


def test_the_filter_is_what_removes_them():
    request = RequestFactory().post("/contact/?q=secret-search", {"message": SECRET_VALUES[1]})
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Failed: %s", ("/contact/",), None
    )
    record.request = request
    assert SECRET_VALUES[1] in everything_said(record)  # without the filter, it would leak
    RedactRequestFilter().filter(record)
    assert all(value not in everything_said(record) for value in SECRET_VALUES)
    assert "POST /contact/" in everything_said(record)


def test_server_access_lines_lose_their_query_string():
    record = logging.LogRecord(
        "django.server",
        logging.INFO,
        __file__,
        1,
        '"%s" %s %s',
        ("GET /fr/recherche/?q=secret-search HTTP/1.1", "200", "512"),
        None,
    )
    RedactRequestFilter().filter(record)
    assert record.getMessage() == '"GET /fr/recherche/ HTTP/1.1" 200 512'


def test_error_reports_hide_every_posted_value():
    request = RequestFactory().post("/contact/", {"message": SECRET_VALUES[1], "name": "Ada"})
    cleaned = NoFormDataExceptionReporterFilter().get_post_parameters(request)
    assert set(cleaned) == {"message", "name"}
    assert SECRET_VALUES[1] not in repr(cleaned) and "Ada" not in repr(cleaned)


def test_settings_attach_the_filter_to_the_request_loggers():
    from django.conf import settings

    for name in ("django.request", "django.security", "django.server"):
        assert "redact_request" in settings.LOGGING["loggers"][name]["filters"]
    filters = logging.getLogger("django.request").filters
    assert any(isinstance(f, RedactRequestFilter) for f in filters)
