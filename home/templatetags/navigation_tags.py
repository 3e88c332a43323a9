from django import template

from home import navigation
from home.models import FooterText

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    return {"links": navigation.language_links(request, context.get("page"))}


@register.inclusion_tag("components/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    request = context["request"]
    links = navigation.language_links(request, context.get("page"))
    return {
        "links": [link for link in links if link.is_translation],
        "request": request,
    }


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = navigation.current_home(request)
    page = context.get("page")
    return {
        "home": home,
        "menu_pages": navigation.menu_pages(home),
        "current_path": getattr(page, "path", ""),
        "request": request,
    }


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    request = context["request"]
    home = navigation.current_home(request)
    from wagtail.models import Locale

    return {
        "footer_text": FooterText.objects.filter(locale=Locale.get_active()).first(),
        "footer_pages": navigation.footer_pages(home),
        "settings": context.get("settings"),
        "request": request,
    }


@register.filter
def in_language_of(target, page):
    """The live translation of a chosen page in the language of the page that shows the link.

    wagtail-localize keeps page choosers synchronised: an English page whose translator did
    not re-choose the link still holds the French page. No query when the languages match."""
    if target is None or page is None or getattr(page, "locale_id", None) is None:
        return target
    if target.locale_id == page.locale_id:
        return target
    translated = target.get_translations().filter(locale_id=page.locale_id).live().first()
    return translated or target


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The way down from the home page, on pages deeper than a section (depth: root 1, home
    2, section 3)."""
    page = context.get("page")
    if page is None or not getattr(page, "pk", None) or page.depth < 4:
        return {"ancestors": []}
    ancestors = page.get_ancestors().filter(depth__gte=2).live()
    return {"ancestors": list(ancestors), "page": page}


@register.inclusion_tag("components/child_cards.html", takes_context=True)
def child_cards(context, page):
    """A section page lists its live child pages as cards (title and introduction)."""
    children = page.get_children().live().public().specific().order_by("path")
    return {"children": children, "request": context.get("request")}


@register.inclusion_tag("components/helplines.html")
def helplines():
    """The emergency and help numbers, for templates that show them without a block (the
    appointment form)."""
    from home.helplines import HELPLINES

    return {"helplines": HELPLINES}
