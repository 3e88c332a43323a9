"""{% pagefragment TIMEOUT NAME [more vary-on values] using="pages" %} … {% endpagefragment %}

Wagtail's {% wagtailpagecache %} (skipped in previews; keyed by the page's `cache_key`, which
changes with each publication and move, and by the Wagtail site), keyed as well by what a
public page's shell and body depend on and nothing else:
- the language, the host (absolute links, the canonical URL) and the path (a routable page's
  sub-pages: an episode's transcript);
- the content generation (generation.py): the other content a fragment shows;
- the page's own variant (`page.fragment_cache_variant(request)`): "" for a page that
  shows the same at any address, a checked, bounded form of the query string for a page
  that reads one (the project filters), None to render it every time (forms, searches, and
  any unknown query string, so that no address can grow the cache).
Outside a Wagtail page (search, members' area, error pages) and for logged-in people nothing
is cached."""

from django import template
from django.conf import settings
from django.template import Variable
from django.utils import translation
from mist_site.caching.generation import content_generation
from wagtail.templatetags.wagtail_cache import WagtailPageCacheNode

register = template.Library()


class PageFragmentNode(WagtailPageCacheNode):
    VARIANT = "mist_fragment_variant"
    EXTRA = "mist_fragment_key"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.vary_on.extend([Variable(self.EXTRA), Variable(self.VARIANT)])

    def render(self, context):
        request = context.get("request")
        page = context.get("page")
        if not settings.PAGE_FRAGMENT_CACHE or request is None or not getattr(page, "pk", None):
            return self.nodelist.render(context)
        if request.method not in ("GET", "HEAD"):
            return self.nodelist.render(context)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # A logged-in person may see her own things in the shell (her account, a link to
            # log out): her pages are rendered for her. Everyone else shares the fragments.
            return self.nodelist.render(context)
        variant = page_variant(request, page)
        if variant is None:
            return self.nodelist.render(context)
        # get_host() only answers for ALLOWED_HOSTS: a stranger's Host header cannot add keys.
        key = (translation.get_language(), request.get_host(), request.path, content_generation())
        with context.update({self.EXTRA: "|".join(map(str, key)), self.VARIANT: variant}):
            return super().render(context)


def page_variant(request, page):
    """The page's fragment variant for this request, worked out once per request."""
    memo = request.__dict__.setdefault("_mist_fragment_variants", {})
    if page.pk not in memo:
        variant_for = getattr(page, "fragment_cache_variant", None)
        memo[page.pk] = variant_for(request) if variant_for else ("" if not request.GET else None)
    return memo[page.pk]


@register.tag
def pagefragment(parser, token):
    # Django's and Wagtail's own parsing ({% cache %} syntax), with this tag's end.
    nodelist = parser.parse(("endpagefragment",))
    parser.delete_first_token()
    tokens = token.split_contents()
    if len(tokens) < 3:
        raise template.TemplateSyntaxError(f"'{tokens[0]}' tag requires at least 2 arguments.")
    cache_name = None
    if tokens[-1].startswith("using="):
        cache_name = parser.compile_filter(tokens[-1][len("using=") :])
        tokens = tokens[:-1]
    return PageFragmentNode(
        nodelist,
        parser.compile_filter(tokens[1]),
        tokens[2],
        [parser.compile_filter(t) for t in tokens[3:]],
        cache_name,
    )
