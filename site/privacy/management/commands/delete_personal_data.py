"""manage.py delete_personal_data <username|email> --confirm

Right to erasure (GDPR art. 17), as far as the bylaws allow:
- the account is kept as an empty shell so that what must stay can still point at it: its
  username becomes "deleted-<id>", its e-mail, password and groups go, it cannot log in;
- its sessions, and every row an app declares as about the person with erasure "delete"
  (e-mail addresses, authenticators, form requests, calendar answers…), are deleted;
- rows declared "keep" stay unchanged: signatures of the bylaws (the register must show who
  signed and when, so a signer's first and last names stay on the account), membership periods,
  audit logs, pages. Rows where she only acted (invited_by, recorded_by) stay too.
Without --confirm, only says what it would do."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from mist_site.privacy.personal_data import erase, erasure_plan, find_user


class Command(BaseCommand):
    help = "Anonymise a person's account and delete their data (keeps signatures and logs)."

    def add_arguments(self, parser):
        parser.add_argument("identifier", help="username or e-mail address")
        parser.add_argument("--confirm", action="store_true", help="really do it")

    def handle(self, identifier, confirm=False, **options):
        user = find_user(identifier)
        for label, count, action in erasure_plan(user):
            self.stdout.write(f"{label}: {count} row(s) {action}")
        if not confirm:
            raise CommandError("Nothing changed. Run again with --confirm to do it.")
        with transaction.atomic():
            erase(user)
        self.stdout.write(self.style.SUCCESS(f"Account {user.pk} anonymised."))
