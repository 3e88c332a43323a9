"""manage.py report_failed_job UNIT: mail ADMINS that a systemd unit of the site failed.

Started by deploy/systemd/mist-job-failed@.service (OnFailure= of the jobs and app servers). The
mail names the unit only; what went wrong is in the server's journal."""

from django.core.mail import mail_admins
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "E-mail the team (ADMINS) that a scheduled job or app server failed."

    def add_arguments(self, parser):
        parser.add_argument("unit", help="the systemd unit that failed")

    def handle(self, unit, **options):
        mail_admins(
            f"{unit} failed",
            f"The unit {unit} failed on the web server.\n\n"
            f"What happened: journalctl -u {unit} --since today\n"
            f"Run it again: systemctl start {unit}\n",
        )
        self.stdout.write(f"The team was told that {unit} failed.")
