"""Build the demo site in French and English. Idempotent: running it again changes nothing.

Each app that has demo content provides `<app>/demo.py` with a `load(stdout)` function; apps
run in the order of their AppConfig's `demo_order`, so home/ never imports a feature app."""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.core.management.base import BaseCommand


def demo_modules():
    configs = [c for c in apps.get_app_configs() if hasattr(c, "demo_order")]
    for config in sorted(configs, key=lambda c: c.demo_order):
        name = f"{config.name}.demo"
        if find_spec(name) is not None:
            yield config, import_module(name)


class Command(BaseCommand):
    help = "Load the Mist demo content (French pages and their English translations)."

    def handle(self, *args, **options):
        for config, module in demo_modules():
            self.stdout.write(f"Demo content: {config.verbose_name}")
            module.load(self.stdout)
        # Once every page exists in both languages, English links lead to English pages.
        from home.demo_tools import link_translations_to_translated_pages

        link_translations_to_translated_pages()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
