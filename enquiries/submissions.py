"""Storing a request: once, in one transaction, before any e-mail leaves."""

from django.db import IntegrityError, transaction

from enquiries.mail import send_notifications


def store(form, language):
    """Save the form's record unless the same form (same token) was already stored.
    Returns (record, created)."""
    model = form._meta.model
    token = form.cleaned_data["token"]
    existing = model.objects.filter(idempotency_key=token).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            return form.save(language=language), True
    except IntegrityError:
        # Two identical posts raced past the check above: the unique key kept one.
        existing = model.objects.filter(idempotency_key=token).first()
        if existing is None:
            raise
        return existing, False


def submit(form, language):
    """Store, then notify. The record exists whatever happens to the e-mails."""
    record, created = store(form, language)
    if created:
        send_notifications(record, record.admin_edit_url_name)
    return record, created
