"""Caching of public pages on Wagtail's own tools (see README, "Speed, caching and production").

- headers.py: what a shared cache (Varnish, a CDN) may keep (Cache-Control).
- purge.py: wagtail.contrib.frontend_cache purges of every address that shows a change.
- generation.py: the content generation, for app fragments that show *other* content.
- templatetags/page_fragments.py: {% pagefragment %}, Wagtail's {% wagtailpagecache %} keyed
  by language, host, address and generation, and skipped where the page is not shared.
"""
