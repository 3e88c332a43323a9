"""The public shell: the home page (created at the root of the tree), the site and its
settings, the pages below the home page, the team (Person snippets) and the footer."""

from wagtail.models import Page, Site

from home.models import HomePage, SiteSettings

from . import data
from .tools import ensure_locales, normalise_streams


def load(loader):
    loader.media("home")
    settings = data.read("home", "site")
    home = ensure_home(loader)
    configure_site(home, settings)
    loader.pages_from("home", "pages")
    loader.snippets_from("home", "people")
    loader.snippets_from("home", "footer")


def ensure_home(loader):
    french_locale = ensure_locales()[0]
    spec = data.read("home", "home")
    existing = HomePage.objects.filter(locale=french_locale).first()
    if existing is not None:
        loader.pages.append(existing)
        return existing
    fields, later = {}, {}
    for name, value in spec.items():
        if name in ("page", "slug"):
            continue
        try:
            fields[name] = loader.reader.value(value)
        except data.Unresolved:
            later[name] = value  # links to pages that do not exist yet
    home = HomePage(slug=loader.reader.value(spec["slug"]), locale=french_locale, **fields)
    normalise_streams(home)
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    loader.pages.append(home)
    loader.created_with_links.append(home)
    if later:
        loader.deferred.append((home, later))
    return home


def configure_site(home, settings):
    from mist_site.seo.addresses import site_record_address

    hostname, port = site_record_address()  # the Site record names SITE_BASE_URL's host
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name=settings["site_name"],
        )
    elif site.root_page_id != home.id:
        old_root = site.root_page
        site.root_page = home
        site.site_name = settings["site_name"]
        site.save()
        if old_root.depth == 2 and not isinstance(old_root.specific, HomePage):
            old_root.delete()  # Wagtail's "Welcome" page
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()  # save(), not update(): Wagtail clears its cached site root paths
    site_settings = SiteSettings.load()
    if not site_settings.instagram_url:
        for field, url in settings["social"].items():
            setattr(site_settings, field, url)
        site_settings.save()
