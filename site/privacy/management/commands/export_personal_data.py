"""manage.py export_personal_data <username|email> [--output file.json]

Everything the site holds about one person, as JSON (right of access, GDPR art. 15): the account,
its groups and every row the apps declare as about her or recording what she did. Secrets
(password hash, authenticator keys, tokens) are left out."""

import json

from django.core.management.base import BaseCommand
from django.utils import timezone
from mist_site.privacy.personal_data import export, find_user


class Command(BaseCommand):
    help = "Export a person's personal data as JSON (username or e-mail address)."

    def add_arguments(self, parser):
        parser.add_argument("identifier", help="username or e-mail address")
        parser.add_argument("--output", help="write to this file instead of standard output")

    def handle(self, identifier, output=None, **options):
        data = export(find_user(identifier))
        data["exported_at"] = timezone.now().isoformat()
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        if output:
            with open(output, "w", encoding="utf-8") as f:
                f.write(text + "\n")
            self.stderr.write(f"Written to {output}.")
        else:
            self.stdout.write(text)
