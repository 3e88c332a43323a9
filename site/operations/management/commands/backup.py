"""manage.py backup [--directory DIR] [--keep N]

Writes one dated archive of the database and of MEDIA_ROOT and PRIVATE_MEDIA_ROOT into
BACKUP_DIRECTORY, encrypted with age for BACKUP_AGE_RECIPIENTS when set, and deletes the oldest
beyond BACKUP_KEEP. Safe while the site runs (the database copy is one consistent snapshot).
Run daily by deploy/systemd/mist-backup.timer."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from mist_site.operations.backups import BackupError, backup


class Command(BaseCommand):
    help = "Back up the database and the media folders into one dated archive; keep the last N."

    def add_arguments(self, parser):
        parser.add_argument("--directory", default=None, help="default: BACKUP_DIRECTORY")
        parser.add_argument("--keep", type=int, default=None, help="default: BACKUP_KEEP")
        parser.add_argument(
            "--recipient",
            action="append",
            default=None,
            help="age public key or recipients file (default: BACKUP_AGE_RECIPIENTS)",
        )
        parser.add_argument("--database", default="default")

    def handle(self, directory=None, keep=None, recipient=None, database="default", **options):
        keep = settings.BACKUP_KEEP if keep is None else keep
        if keep < 1:
            raise CommandError("--keep must be at least 1.")
        recipients = settings.BACKUP_AGE_RECIPIENTS if recipient is None else recipient
        try:
            path = backup(
                directory or settings.BACKUP_DIRECTORY, keep, recipients=recipients, alias=database
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written: {path}"))
