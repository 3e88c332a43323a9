"""manage.py delete_expired_invitations [--days N] [--dry-run]

An invitation that was never accepted holds a person's name and address for nothing once its
link has expired: it is deleted MIST_INVITATION_KEEP_EXPIRED_DAYS days after expiry (staff can
still see and resend it meanwhile). Accepted invitations stay: they record who invited whom."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from members_area.models.invitations import Invitation, invitation_max_age


class Command(BaseCommand):
    help = "Delete invitations never accepted whose link expired more than N days ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="days kept after expiry")
        parser.add_argument("--dry-run", action="store_true", help="only count them")

    def handle(self, days=None, dry_run=False, **options):
        days = settings.MIST_INVITATION_KEEP_EXPIRED_DAYS if days is None else days
        if days < 0:
            raise CommandError("--days cannot be negative.")
        sent_before = timezone.now() - invitation_max_age() - timedelta(days=days)
        expired = Invitation.objects.filter(accepted_at__isnull=True, created_at__lt=sent_before)
        count = expired.count()
        if not dry_run:
            expired.delete()
        verb = "would be deleted" if dry_run else "deleted"
        self.stdout.write(f"{count} expired invitation(s) {verb}.")
