"""Delete requests older than the retention period the privacy notice states."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from enquiries.models import AppointmentRequest, MembershipInterest, TrainingQuoteRequest

MODELS = [TrainingQuoteRequest, AppointmentRequest, MembershipInterest]


class Command(BaseCommand):
    help = "Delete form submissions older than ENQUIRY_RETENTION_MONTHS (default 12) months."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help="Override the retention period, in months.",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be deleted."
        )

    def handle(self, *args, months=None, dry_run=False, **options):
        months = settings.ENQUIRY_RETENTION_MONTHS if months is None else months
        if months < 1:
            raise CommandError("The retention period must be at least one month.")
        total = 0
        with transaction.atomic():
            for model in MODELS:
                old = model.objects.older_than_months(months)
                count = old.count()
                if not dry_run:
                    old.delete()
                total += count
                self.stdout.write(f"{model._meta.verbose_name_plural}: {count}")
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{total} request(s) older than {months} months {verb}.")
