"""manage.py verify_signatures: checks the whole hash chain of the bylaws signatures.

Safe to run at any time (it only reads) and after every restore. Exits with an error naming
the first broken row when a signature was changed, removed or inserted out of order."""

from django.core.management.base import BaseCommand, CommandError

from members_area.models import Signature


class Command(BaseCommand):
    help = "Check that every bylaws signature matches its hash and links to the one before it."

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default")

    def handle(self, database="default", **options):
        broken = Signature.first_break(using=database)
        if broken is not None:
            signature, reason = broken
            raise CommandError(
                f"The signature chain is broken at signature {signature.pk} "
                f"({signature.signed_at:%Y-%m-%d %H:%M} UTC): it {reason}."
            )
        count = Signature.objects.using(database).count()
        self.stdout.write(self.style.SUCCESS(f"Signature chain valid: {count} signature(s)."))
