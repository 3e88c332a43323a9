"""The index's SQL query count does not grow with the number of projects (13 vs 130)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("bodies_rendered")]

URLS = [
    "/fr/projets/",
    "/fr/projets/?year=2022&theme=pair-aidance",
    "/fr/projets/?status=completed&page=2",
    "/fr/projets/?q=femmes",
]


def count_queries(client, url):
    client.get(url)  # warm Wagtail's caches (site root paths…) the same way each time
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_index_queries_are_the_same_for_13_and_130_projects(
    client, index_fr, make_project, theme, organisation
):
    before = {url: count_queries(client, url) for url in URLS}
    peers = theme("fr", "pair-aidance")
    fdf = organisation("fr", "Fondation de France")
    ecpat = organisation("fr", "ECPAT France")
    for number in range(117):
        make_project(
            index_fr,
            start_year=2015 + number % 10,
            end_year=None if number % 7 == 0 else 2024 + number % 2,
            themes=[peers] if number % 2 else [],
            funders=[fdf] if number % 3 else [],
            partners=[ecpat] if number % 5 == 0 else [],
        )
    assert "130 projets" in client.get("/fr/projets/").content.decode()
    after = {url: count_queries(client, url) for url in URLS}
    assert after == before


def test_index_adds_few_queries_to_the_site_shell(client):
    """The layout (menu, footer, switcher…) costs what a plain content page costs; the
    archive adds its facts (4 queries), the count and one page of projects."""
    shell = count_queries(client, "/fr/qui-sommes-nous/")
    assert count_queries(client, "/fr/projets/?year=2022") <= shell + 6
    assert count_queries(client, "/fr/projets/?q=femmes") <= shell + 7


def test_project_page_queries_do_not_grow_with_other_projects(
    client, index_fr, make_project, organisation
):
    url = "/fr/projets/la-force-du-groupe-en-sante-mentale/"
    before = count_queries(client, url)
    fdf = organisation("fr", "Fondation de France")
    for _ in range(30):
        make_project(index_fr, funders=[fdf])
    assert count_queries(client, url) == before
    shell = count_queries(client, "/fr/qui-sommes-nous/")
    assert before <= shell + 8  # parent, links and counts (2 roles), themes, image, episodes
