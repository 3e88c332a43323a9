"""Build the demo site in French and English from the data files in each app's
`demo_content/` folder. Idempotent: running it again changes nothing."""

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test.utils import override_settings
from mist_site.demo import calendar, enquiries, home, members, podcasts, projects
from mist_site.demo.loader import Loader
from wagtail.signal_handlers import disable_reference_index_auto_update

# Home first (every page hangs below it); links to pages built later are filled at the end.
SECTIONS = [home, projects, podcasts, enquiries, members, calendar]


class Command(BaseCommand):
    help = "Load the Mist demo content (French pages and their English translations)."
    # Run after `migrate` (or with --migrate), which runs the system checks.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--migrate",
            action="store_true",
            help="Apply the migrations first, in the same process (`make run`: Django starts "
            "once instead of twice).",
        )

    def handle(self, *args, **options):
        if options["migrate"]:
            self.stdout.write("Applying the database migrations…")
            call_command("migrate", interactive=False, verbosity=0, skip_checks=False)
        # No transaction around the whole: wagtail-localize publishes each translation when
        # its own transaction commits, from the page as it was then (a parent would lose the
        # count of the children translated after it).
        # Wagtail's search and reference indexes are built once at the end: updating them on
        # each of the thousands of saves (pages are saved, published and translated several
        # times) took a third of the load.
        search_without_auto_update = {
            name: {**backend, "AUTO_UPDATE": False}
            for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        loader = Loader(self.stdout)
        with (
            disable_reference_index_auto_update(),
            override_settings(WAGTAILSEARCH_BACKENDS=search_without_auto_update),
        ):
            for section in SECTIONS:
                self.stdout.write(f"Demo content: {section.__name__.rsplit('.', 1)[-1]}")
                section.load(loader)
            loader.finish()
        call_command("rebuild_references_index", stdout=self.stdout, verbosity=0)
        call_command("update_index", stdout=self.stdout, verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
