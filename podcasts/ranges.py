"""File responses that honour HTTP byte ranges (RFC 9110 §14), so players can seek.

Django's FileResponse always sends the whole file; podcast apps and Safari need 206."""

import re

from django.http import HttpResponse, StreamingHttpResponse

RANGE_RE = re.compile(r"^bytes=(\d*)-(\d*)$")
CHUNK = 64 * 1024


class Unsatisfiable(Exception):
    pass


def parse_range(header, size):
    """(start, end) inclusive for one valid range, None to send the whole file.

    Several ranges, or a header we cannot read, are answered with the whole file, which
    RFC 9110 allows; a well-formed range that lies outside the file is Unsatisfiable."""
    match = RANGE_RE.match((header or "").strip())
    if not match:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:  # the last N bytes
        length = int(last)
        if length == 0 or size == 0:
            raise Unsatisfiable
        return max(0, size - length), size - 1
    start = int(first)
    end = int(last) if last else size - 1
    if last and end < start:
        return None
    if start >= size:
        raise Unsatisfiable
    return start, min(end, size - 1)


def _stream(file, start, length):
    try:
        file.seek(start)
        remaining = length
        while remaining > 0:
            data = file.read(min(CHUNK, remaining))
            if not data:
                break
            remaining -= len(data)
            yield data
    finally:
        file.close()


def ranged_file_response(request, field_file, content_type, etag):
    """Answer GET/HEAD for a stored file, with 206 for one byte range and 416 when the
    range lies beyond the end of the file."""
    size = field_file.size
    header = request.headers.get("Range")
    if header and request.headers.get("If-Range") not in (None, etag):
        header = None  # the file changed since the client's partial copy: send it all
    try:
        byte_range = parse_range(header, size) if header else None
    except Unsatisfiable:
        response = HttpResponse(status=416)
        response["Content-Range"] = f"bytes */{size}"
        response["Accept-Ranges"] = "bytes"
        return response
    start, end = byte_range or (0, size - 1)
    length = end - start + 1 if size else 0
    if request.method == "HEAD":
        response = HttpResponse(content_type=content_type)
    else:
        handle = field_file.storage.open(field_file.name, "rb")
        response = StreamingHttpResponse(_stream(handle, start, length), content_type=content_type)
    if byte_range:
        response.status_code = 206
        response["Content-Range"] = f"bytes {start}-{end}/{size}"
    response["Content-Length"] = str(length)
    response["Accept-Ranges"] = "bytes"
    response["ETag"] = etag
    return response
