"""Check the site's content before it goes live: `manage.py check_content`.

Reports, page by page: a page without its translation, a text left in the other language,
placeholder text, a link to a page that is missing, unpublished or in another language, and
an image without alternative text. Exits with an error when anything is found."""

from django.core.management.base import BaseCommand, CommandError
from mist_site.demo import content_checks


class Command(BaseCommand):
    help = "Check every page's translation, language, placeholders, internal links and alt texts."

    def handle(self, *args, **options):
        problems = content_checks.all_problems()
        for problem in problems:
            self.stdout.write(f"- {problem}")
        if problems:
            raise CommandError(f"{len(problems)} content problem(s) found.")
        self.stdout.write(self.style.SUCCESS("Content check passed."))
