"""{% cached_body %}…{% endcached_body %}: the page's body, rendered once per content
generation (see home.cache.body_cache_key for when it is not cached at all)."""

from django import template

from home.cache import body_cache_key, page_cache

register = template.Library()

BODY_SECONDS = 24 * 3600  # the generation changes far more often; this only bounds memory


class CachedBodyNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        key = body_cache_key(context.get("request"), context.get("page"), context)
        if key is None:
            return self.nodelist.render(context)
        return page_cache.get_or_set(key, lambda: self.nodelist.render(context), BODY_SECONDS)


@register.tag
def cached_body(parser, token):
    nodelist = parser.parse(("endcached_body",))
    parser.delete_first_token()
    return CachedBodyNode(nodelist)
