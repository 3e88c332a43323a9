"""Build the demo site in French and English from the data files in each app's
`demo_content/` folder. Idempotent: running it again changes nothing."""

from django.core.management.base import BaseCommand
from django.db import transaction
from mist_site.demo import calendar, enquiries, home, members, podcasts, projects
from mist_site.demo.loader import Loader

# Home first (every page hangs below it); links to pages built later are filled at the end.
SECTIONS = [home, projects, podcasts, enquiries, members, calendar]


class Command(BaseCommand):
    help = "Load the Mist demo content (French pages and their English translations)."

    def handle(self, *args, **options):
        loader = Loader(self.stdout)
        with transaction.atomic():
            for section in SECTIONS:
                self.stdout.write(f"Demo content: {section.__name__.rsplit('.', 1)[-1]}")
                section.load(loader)
            loader.finish()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
