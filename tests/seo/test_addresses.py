"""One source for absolute URLs (mist_site/seo/addresses.py): every absolute URL a page, a feed
or the sitemap shows names the host the site was served on, whatever the Site record or
SITE_BASE_URL say; JSON-LD's url is the page's canonical; e-mails use SITE_BASE_URL."""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import RequestFactory
from mist_site.seo.addresses import absolute_url, page_url, site_origin
from wagtail.models import Site

from podcasts.models import PodcastPage

from .conftest import read_head

pytestmark = pytest.mark.django_db

SERVED = "127.0.0.1:8107"  # in ALLOWED_HOSTS (any port), neither the Site record nor the base
ABSOLUTE = re.compile(r"""\b(?:https?:)?//[^\s"'<>()\\]+""")
# The other hosts our outputs may name: namespaces, vocabularies, and the demo's own links to
# other organisations (social accounts, partners' sites), which are someone else's pages.
OUR_HOSTS = {"testserver", "localhost", "127.0.0.1", "site-record.example", "canonical.example"}


@pytest.fixture
def confusing_addresses(settings):
    """The Site record and SITE_BASE_URL both name hosts other than the one serving."""
    settings.SITE_BASE_URL = "https://canonical.example"
    site = Site.objects.get(is_default_site=True)
    site.hostname = "site-record.example"
    site.save()
    return site


def absolute_urls(text):
    return [match.rstrip(".,;") for match in ABSOLUTE.findall(text)]


def wrong_hosts(text):
    """Absolute URLs naming one of our possible hosts other than the one serving."""
    return sorted(
        {
            url
            for url in absolute_urls(text)
            if urlsplit(url if "://" in url else "http:" + url).netloc != SERVED
            and (urlsplit(url if "://" in url else "http:" + url).hostname or "") in OUR_HOSTS
        }
    )


def feeds_and_files(client, public_pages):
    shows = PodcastPage.objects.live()
    return [
        "/sitemap.xml",
        "/robots.txt",
        "/fr/plaidoyer/flux/",
        "/en/advocacy/feed/",
        *[show.url + "feed/" for show in shows],
    ]


def test_every_page_feed_and_the_sitemap_name_only_the_served_host(
    client, public_pages, confusing_addresses
):
    checked = 0
    for url in [page.url for page in public_pages] + feeds_and_files(client, public_pages):
        response = client.get(url, HTTP_HOST=SERVED)
        assert response.status_code == 200, url
        text = response.content.decode()
        assert f"http://{SERVED}/" in text, url  # the served host is there…
        assert wrong_hosts(text) == [], url  # …and no other of ours
        checked += 1
    assert checked == len(public_pages) + 4 + PodcastPage.objects.live().count()


def test_json_ld_url_is_the_canonical_on_every_page(client, public_pages, confusing_addresses):
    with_url = 0
    for page in public_pages:
        head = read_head(client.get(page.url, HTTP_HOST=SERVED))
        canonical = head.links_with_rel("canonical")[0]["href"]
        assert canonical == f"http://{SERVED}{page.url}"
        for data in head.json_ld:
            data = json.loads(data)
            if "url" in data:
                assert data["url"] == canonical, page.url
                with_url += 1
    assert with_url >= 2 + 2 + 30  # two home pages, two shows, their episodes


def test_a_host_outside_allowed_hosts_never_appears(rf, confusing_addresses, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    request = RequestFactory(HTTP_HOST="evil.example").get("/")
    assert site_origin(request) == "https://canonical.example"
    assert absolute_url("/fr/", request) == "https://canonical.example/fr/"
    request = RequestFactory(HTTP_HOST="127.0.0.1").get("/")
    assert absolute_url("/fr/", request) == "http://127.0.0.1/fr/"
    assert absolute_url("https://cdn.example/a.mp3", request) == "https://cdn.example/a.mp3"


def test_page_url_ignores_the_site_record(home_en, confusing_addresses):
    assert home_en.get_full_url().startswith("http://site-record.example")  # Wagtail's
    assert page_url(home_en) == "https://canonical.example/en/"  # ours, without a request
    request = RequestFactory(HTTP_HOST=SERVED).get("/en/")
    assert page_url(home_en, request) == f"http://{SERVED}/en/"


def test_demo_site_record_follows_site_base_url():
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("testserver", 80)  # test settings' SITE_BASE_URL


def test_enquiry_mail_links_use_site_base_url(client, confusing_addresses):
    """Mail leaves the request behind: its links name SITE_BASE_URL, whatever host served."""
    from enquiries.models import TrainingQuotePage
    from tests.enquiries.conftest import QUOTE, with_token

    mail.outbox = []
    url = TrainingQuotePage.objects.get(locale__language_code="fr").url
    assert client.post(url, with_token(QUOTE), HTTP_HOST=SERVED).status_code == 302
    links = [link for message in mail.outbox for link in absolute_urls(message.body)]
    assert links and all(link.startswith("https://canonical.example/admin/") for link in links)
