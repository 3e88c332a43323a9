"""Notices to members when an event is created, changed or cancelled.

Each e-mail is first stored as a Notice row, then sent after the transaction commits. A mail
server that fails leaves the row `failed` with its error; `manage.py send_calendar_notices`
(or the next notice sent) retries it."""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from mist_site.seo.addresses import absolute_url

from members_area.roles import ACTIVE_ROLES, MEMBER_ROLES

from .models import Audience, Notice, NoticeChange, NoticeStatus

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 10


def recipients_for(event):
    """Members who asked for e-mails and whose role may see the event."""
    roles = MEMBER_ROLES if event.audience == Audience.ALL_MEMBERS else ACTIVE_ROLES
    users = (
        get_user_model()
        .objects.filter(is_active=True, calendar_preference__email_notices=True)
        .exclude(email="")
    )
    # Superusers hold the direction role (see members_area.roles.roles_of).
    names = [role.value for role in roles]
    allowed = users.filter(Q(groups__name__in=names) | Q(is_superuser=True))
    return allowed.distinct().select_related("calendar_preference")


def notify(event, change):
    """Store one notice per recipient, then send them once the event is saved for good."""
    event_url_path = {}
    notices = []
    for user in recipients_for(event):
        language = user.calendar_preference.language
        if language not in event_url_path:
            with translation.override(language):
                event_url_path[language] = reverse("members_area:calendar:event", args=[event.pk])
        notices.append(build_notice(event, change, user, language, event_url_path[language]))
    Notice.objects.bulk_create(notices)
    transaction.on_commit(send_pending)
    return notices


def build_notice(event, change, user, language, path):
    with translation.override(language):
        context = {
            "event": event,
            "change": change,
            "user": user,
            "url": absolute_url(path),
            "start": timezone.localtime(event.start),
            "end": timezone.localtime(event.end),
        }
        subject = render_to_string("members_area/calendar/email/notice_subject.txt", context)
        body = render_to_string("members_area/calendar/email/notice_body.txt", context)
        return Notice(
            event=event,
            user=user,
            change=change,
            language=language,
            subject=" ".join(subject.split())[:200],
            body=body,
        )


def send_pending(limit=500):
    """Try every pending or failed notice once; return (sent, failed) counts."""
    sent = failed = 0
    queue = Notice.objects.filter(
        status__in=[NoticeStatus.PENDING, NoticeStatus.FAILED], attempts__lt=MAX_ATTEMPTS
    ).select_related("user")[:limit]
    for notice in queue:
        notice.attempts += 1
        try:
            send_mail(notice.subject, notice.body, None, [notice.user.email])
        except Exception as error:  # any mail failure: keep the row, retry later
            logger.warning("Calendar notice %s not sent: %s", notice.pk, error)
            notice.status = NoticeStatus.FAILED
            notice.last_error = str(error)[:300]
            failed += 1
        else:
            notice.status = NoticeStatus.SENT
            notice.sent_at = timezone.now()
            notice.last_error = ""
            sent += 1
        notice.save(update_fields=["attempts", "status", "last_error", "sent_at"])
    return sent, failed


def event_saved(event, created, was_cancelled=False):
    """Called by the admin after an event is saved: bump its iCalendar SEQUENCE, tell members."""
    if created:
        change = NoticeChange.CANCELLED if event.cancelled else NoticeChange.CREATED
    else:
        type(event).objects.filter(pk=event.pk).update(sequence=event.sequence + 1)
        event.sequence += 1
        change = (
            NoticeChange.CANCELLED
            if event.cancelled and not was_cancelled
            else NoticeChange.CHANGED
        )
    return notify(event, change)
