"""Print, as JSON, the SQL queries, HTML bytes and CSS/JS bytes of each URL given.
Used by deploy/bench.py; handy on its own: `manage.py measure_pages /fr/ /en/`."""

import json
import re

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def asset_bytes(html):
    total = 0
    for path in re.findall(r'(?:src|href)="(/static/[^"?]+)', html):
        if not path.endswith((".css", ".js")):
            continue
        # Production names carry a content hash (site.1a2b3c4d5e6f.css): find the source.
        name = re.sub(r"\.[0-9a-f]{12}(\.(css|js))$", r"\1", path.removeprefix(settings.STATIC_URL))
        found = finders.find(name)
        if found:
            with open(found, "rb") as handle:
                total += len(handle.read())
    return total


class Command(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+")

    # Count what rendering a page costs with its fragments cached (a second visit, as most
    # Varnish misses are).
    def handle(self, urls, **options):
        client = Client(HTTP_HOST=settings.ALLOWED_HOSTS[0])
        results = {}
        for url in urls:
            client.get(url)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            html = response.content.decode(errors="replace")
            results[url] = {
                "status": response.status_code,
                "queries": len(queries.captured_queries),
                "html_bytes": len(response.content),
                "css_js_bytes": asset_bytes(html),
            }
        self.stdout.write(json.dumps(results))
