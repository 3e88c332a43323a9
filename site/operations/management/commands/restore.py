"""manage.py restore ARCHIVE [--identity KEY] [--force]

Restores a backup into an empty database (a new PostgreSQL database from `createdb`, or a
missing SQLite file; do not migrate it first) and empty MEDIA_ROOT / PRIVATE_MEDIA_ROOT
folders. Refuses a target that holds anything unless --force, which replaces it. Then checks
that the archive's pages and signatures are all there and that the signatures' hash chain holds
(verify_signatures)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from mist_site.operations.backups import BackupError, counts, restore


class Command(BaseCommand):
    help = "Restore a backup archive into an empty database and media folders, then verify it."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument("--identity", help="age private key file, for an encrypted archive")
        parser.add_argument("--force", action="store_true", help="replace a non-empty target")
        parser.add_argument("--database", default="default")

    def handle(self, archive, identity=None, force=False, database="default", **options):
        try:
            manifest = restore(archive, identity=identity, force=force, alias=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        found = counts(database)
        expected = {key: manifest[key] for key in found}
        if found != expected:
            raise CommandError(f"Restored {found}, but the backup held {expected}.")
        self.stdout.write(
            f"Restored the backup of {manifest['created_at']}: {found['pages']} pages, "
            f"{found['signatures']} signatures."
        )
        call_command("verify_signatures", database=database, stdout=self.stdout)
