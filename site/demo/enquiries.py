"""The public forms (quote, appointment, membership) and a few fictional requests."""

import datetime
import uuid

from django.apps import apps
from django.utils import timezone

from . import data


def load(loader):
    loader.pages_from("enquiries", "pages")
    now = timezone.now()
    for spec in data.read("enquiries", "requests"):
        model = apps.get_model(spec["model"])
        model.objects.get_or_create(
            # A fixed key: a second run finds the request and adds nothing.
            idempotency_key=uuid.UUID(f"00000000-0000-4000-8000-{spec['number']:012d}"),
            defaults={
                **spec["fields"],
                "privacy_agreed": True,
                "created_at": now - datetime.timedelta(days=spec["days_ago"]),
            },
        )
