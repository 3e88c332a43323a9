"""Build the demo site in French and English from the data files in each app's
`demo_content/` folder. Idempotent: running it again changes nothing."""

from django.core.management.base import BaseCommand
from mist_site.demo import calendar, enquiries, home, members, podcasts, projects
from mist_site.demo.loader import Loader

# Home first (every page hangs below it); links to pages built later are filled at the end.
SECTIONS = [home, projects, podcasts, enquiries, members, calendar]


class Command(BaseCommand):
    help = "Load the Mist demo content (French pages and their English translations)."

    def handle(self, *args, **options):
        # No transaction around the whole: wagtail-localize publishes each translation when
        # its own transaction commits, from the page as it was then (a parent would lose the
        # count of the children translated after it).
        loader = Loader(self.stdout)
        for section in SECTIONS:
            self.stdout.write(f"Demo content: {section.__name__.rsplit('.', 1)[-1]}")
            section.load(loader)
        loader.finish()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
