"""E-mails sent after a request is stored: one to the team, one acknowledgement to the
person, in her language. Victims' and survivors' details never travel by e-mail to the team:
the team mail only links to the record in the admin."""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from mist_site.seo.addresses import absolute_url

from enquiries.models import TrainingQuoteRequest

logger = logging.getLogger(__name__)


def send_notifications(record, admin_url_name):
    """Send both e-mails. Returns True if every mail left; on failure the record is flagged
    and kept. Only the kind and id are logged: never a name, address or message."""
    try:
        send_team_mail(record, admin_url_name)
        send_acknowledgement(record)
    except Exception:  # any backend error (SMTP, DNS, timeout…) must not lose the request
        logger.warning("Mail failed for %s #%s", record._meta.model_name, record.pk, exc_info=False)
        type(record).objects.filter(pk=record.pk).update(mail_failed=True)
        record.mail_failed = True
        return False
    return True


def team_address():
    from home.models import SiteSettings

    return SiteSettings.load().team_email


def send_team_mail(record, admin_url_name):
    admin_url = absolute_url(reverse(admin_url_name, args=[record.pk]))
    # The team reads French; the record's language is named inside.
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "record": record,
            "admin_url": admin_url,
            "with_details": isinstance(record, TrainingQuoteRequest),
        }
        subject = render_to_string("enquiries/mail/team_subject.txt", context).strip()
        body = render_to_string("enquiries/mail/team_body.txt", context)
    EmailMessage(
        subject=subject,
        body=body,
        to=[team_address()],
        reply_to=[record.email] if isinstance(record, TrainingQuoteRequest) else None,
    ).send()


def send_acknowledgement(record):
    address = record.acknowledgement_address
    if not address:
        return
    with translation.override(record.acknowledgement_language):
        context = {"record": record}
        subject = render_to_string("enquiries/mail/ack_subject.txt", context).strip()
        body = render_to_string("enquiries/mail/ack_body.txt", context)
    EmailMessage(subject=subject, body=body, to=[address]).send()
