from django.core.management.base import BaseCommand

from members_area.calendar.notices import send_pending


class Command(BaseCommand):
    help = "Send calendar notices that are waiting or failed before (run it from cron)."

    def handle(self, *args, **options):
        sent, failed = send_pending()
        self.stdout.write(f"Calendar notices: {sent} sent, {failed} failed (kept for retry).")
