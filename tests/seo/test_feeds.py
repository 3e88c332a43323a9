import feedparser
import pytest

from home.models import TimelinePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "language"), [("/fr/plaidoyer/flux/", "fr"), ("/en/advocacy/feed/", "en")]
)
def test_feed_lists_the_timeline_entries_of_its_language_newest_first(client, url, language):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    pages = TimelinePage.objects.live().filter(locale__language_code=language)
    titles = {block.value["title"] for page in pages for block in page.entries}
    assert {entry.title for entry in feed.entries} == titles
    assert len(feed.entries) == sum(len(page.entries) for page in pages)
    dates = [entry.published_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)
    page_urls = {"http://testserver" + page.url for page in pages}
    for entry in feed.entries:
        assert entry.link in page_urls
        assert entry.id.startswith(entry.link + "#")
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)


def entry_ids(client):
    feed = feedparser.parse(client.get("/en/advocacy/feed/").content)
    return {entry.title: entry.id for entry in feed.entries}


def test_entry_ids_do_not_change_when_entries_are_reordered(client):
    page = TimelinePage.objects.live().filter(locale__language_code="en").first()
    before = entry_ids(client)
    # The editor drags entries around: each block keeps its id.
    page.entries = list(reversed(page.entries.raw_data))
    page.save_revision().publish()
    assert entry_ids(client) == before


def test_feed_query_count_is_small(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        client.get("/en/advocacy/feed/")
