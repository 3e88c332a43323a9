"""Keep what people typed out of the logs.

Django's request loggers attach the whole request to each record (``record.request``): any
handler could then write its POST data, cookies or query string. The filter swaps it for a
harmless summary (method and path). Secrets that travel in a path (calendar feed tokens,
invitation and password-reset keys) are replaced by a placeholder everywhere. The exception
reporter filter hides every POST value, not only the ones a view marked as sensitive: a message
to the association is sensitive too."""

import logging

from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import translation
from django.views.debug import SafeExceptionReporterFilter

# Names of URL arguments that are keys to something (an account, a feed): never logged.
SECRET_URL_ARGUMENTS = {"token", "key", "uidb36", "uidb64"}
REDACTED = "[secret]"


def resolve_in_any_language(path):
    # Language-prefixed patterns only match the active language's prefix, and a log line may
    # be written outside any request.
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                return resolve(path)
            except (Resolver404, ValueError):
                continue
    return None


def redact_path(path):
    """The path with the values of secret URL arguments replaced by REDACTED."""
    match = resolve_in_any_language(path.split("?", 1)[0])
    if match is None:
        return path
    for name, value in match.kwargs.items():
        if name in SECRET_URL_ARGUMENTS and isinstance(value, str) and value:
            path = path.replace(value, REDACTED)
    return path


class RequestSummary:
    """What a log line may say about a request: its method and path, nothing typed."""

    def __init__(self, request):
        self.method = getattr(request, "method", "")
        self.path = redact_path(getattr(request, "path", ""))

    def __repr__(self):
        return f"<request {self.method} {self.path}>"

    __str__ = __repr__


class RedactRequestFilter(logging.Filter):
    def filter(self, record):
        request = getattr(record, "request", None)
        if request is not None and not isinstance(request, RequestSummary):
            record.request = RequestSummary(request)
        if isinstance(record.args, tuple):
            # django.server logs the request line, whose query string may hold a search;
            # django.request logs the path ("Not Found: /…/feed/<token>.ics").
            record.args = tuple(strip_query(arg) for arg in record.args)
        return True


def strip_query(value):
    """A request line or a path, without its query string and with its secrets redacted."""
    if not isinstance(value, str):
        return value
    if value.startswith("/"):
        return redact_path(value.split("?", 1)[0])
    if " " in value:
        method, _, rest = value.partition(" ")
        path, _, protocol = rest.partition(" ")
        if path.startswith("/"):
            return f"{method} {redact_path(path.split('?', 1)[0])} {protocol}".strip()
    return value


class NoFormDataExceptionReporterFilter(SafeExceptionReporterFilter):
    def get_post_parameters(self, request):
        if request is None:
            return {}
        return {key: self.cleansed_substitute for key in request.POST}
