"""Errors mailed to the team (ADMINS), a few at a time, with nothing about the visitor.

Django's AdminEmailHandler puts the request in the mail: query string, cookies, headers, the
user, POST keys, and the exception message (a database error quotes the values it refused). This
handler sends only where it broke: the logger, the exception type, the method and path (long
tokens in it masked) and the traceback's file, line and code. The full record stays in the
server's log (journalctl), on the machine.

Rate limit: one mail per distinct error (logger, exception type, innermost line) per
ERROR_MAIL_REPEAT_SECONDS, and at most ERROR_MAIL_MAX_PER_HOUR in all; counted in the cache,
so every gunicorn worker shares the count (per process when the cache is down)."""

import hashlib
import re
import time
import traceback

from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.utils.log import AdminEmailHandler

# A path segment that looks like a key (password reset, invitation, calendar feed).
TOKEN_SEGMENT = re.compile(r"(?<=/)[^/]*(?=[^/]*\d)[^/]{16,}(?=/|$)")


def masked_path(path):
    return TOKEN_SEGMENT.sub("…", path.split("?", 1)[0])


class RateLimitedAdminEmailHandler(AdminEmailHandler):
    _local_counts = {}

    def emit(self, record):
        if not self.allowed(record):
            return
        subject, body = self.describe(record)
        mail.mail_admins(subject, body, fail_silently=True)

    def describe(self, record):
        request = getattr(record, "request", None)
        where = ""
        if request is not None:
            where = f" {getattr(request, 'method', '')} {masked_path(getattr(request, 'path', ''))}"
        lines = [f"Logger: {record.name}", f"Level: {record.levelname}", f"Request:{where or ' -'}"]
        kind = "message"
        if record.exc_info and record.exc_info[0]:
            kind = record.exc_info[0].__name__
            lines += ["", "Traceback (files, lines and code only):"]
            for frame in traceback.extract_tb(record.exc_info[2]):
                lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
                if frame.line:
                    lines.append(f"    {frame.line}")
            lines.append(kind)
        else:
            # A logged message without exception: its format string, not the values put in it.
            lines += ["", str(record.msg)]
        lines += ["", "The full message is in the server's log (journalctl -u 'mist-*')."]
        subject = f"{record.levelname}: {kind} at{where or ' ' + record.name}"
        return self.format_subject(subject), "\n".join(lines)

    def signature(self, record):
        parts = [record.name, str(record.msg)]
        if record.exc_info and record.exc_info[0]:
            last = traceback.extract_tb(record.exc_info[2])[-1:]
            parts = [record.name, record.exc_info[0].__name__]
            parts += [f"{f.filename}:{f.lineno}" for f in last]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:32]

    def allowed(self, record):
        repeat = getattr(settings, "ERROR_MAIL_REPEAT_SECONDS", 15 * 60)
        per_hour = getattr(settings, "ERROR_MAIL_MAX_PER_HOUR", 20)
        hour = int(time.time() // 3600)
        try:
            if not cache.add(f"error-mail:{self.signature(record)}", 1, repeat):
                return False
            key = f"error-mail-hour:{hour}"
            cache.add(key, 0, 3600)
            return cache.incr(key) <= per_hour
        except Exception:  # the cache is down (often the very error): count in this process
            now = time.time()
            seen = self._local_counts
            last = seen.get(self.signature(record))
            if last is not None and now - last < repeat:
                return False
            sent = [t for key, t in seen.items() if now - t < 3600]
            if len(sent) >= per_hour:
                return False
            seen[self.signature(record)] = now
            return True
