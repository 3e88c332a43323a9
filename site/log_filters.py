"""Keep what people typed out of the logs.

Django's request loggers attach the whole request to each record (``record.request``): any
handler could then write its POST data, cookies or query string. The filter swaps it for a
harmless summary (method and path). The exception reporter filter hides every POST value, not
only the ones a view marked as sensitive: a message to the association is sensitive too."""

import logging

from django.views.debug import SafeExceptionReporterFilter


class RequestSummary:
    """What a log line may say about a request: its method and path, nothing typed."""

    def __init__(self, request):
        self.method = getattr(request, "method", "")
        self.path = getattr(request, "path", "")

    def __repr__(self):
        return f"<request {self.method} {self.path}>"

    __str__ = __repr__


class RedactRequestFilter(logging.Filter):
    def filter(self, record):
        request = getattr(record, "request", None)
        if request is not None and not isinstance(request, RequestSummary):
            record.request = RequestSummary(request)
        if isinstance(record.args, tuple):
            # django.server logs the request line, whose query string may hold a search.
            record.args = tuple(strip_query(arg) for arg in record.args)
        return True


def strip_query(value):
    if isinstance(value, str) and "?" in value and " " in value:
        method, _, rest = value.partition(" ")
        path, _, protocol = rest.partition(" ")
        return f"{method} {path.split('?', 1)[0]} {protocol}".strip()
    return value


class NoFormDataExceptionReporterFilter(SafeExceptionReporterFilter):
    def get_post_parameters(self, request):
        if request is None:
            return {}
        return {key: self.cleansed_substitute for key in request.POST}
