"""Bad input on the project index: a normal page, the filter ignored and said so, never a
500, in both languages."""

import pytest

from tests.projects.helpers import card_titles, notices

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "query, field",
    [
        ("year=abc", "Year"),
        ("year=1850", "Year"),
        ("year=99999999999999999999999999", "Year"),
        ("funder=-1", "Funder"),
        ("funder=abc", "Funder"),
        ("partner=0", "Partner"),
        ("theme=no-such-theme", "Theme"),
        ("theme=%00%ff", "Theme"),
        ("status=paused", "Status"),
        ("page=abc", "Page"),
        ("page=-3", "Page"),
        ("q=" + "x" * 5000, "Search the projects"),
    ],
)
def test_invalid_value_is_ignored_with_a_notice(client, query, field):
    response = client.get(f"/en/projects/?{query}")
    assert response.status_code == 200
    assert len(card_titles(response)) == 10  # the unfiltered first page
    assert "13 projects" in response.content.decode()
    [notice] = notices(response)
    assert notice.startswith(f"The filter “{field}” was ignored")


def test_page_beyond_the_last_shows_the_first_page_with_a_notice(client):
    response = client.get("/en/projects/?page=999")
    assert response.status_code == 200
    assert notices(response) == ["There is no page 999; here is the first page."]
    assert card_titles(response) == card_titles(client.get("/en/projects/"))


def test_pagination_bounds(client):
    first = client.get("/en/projects/?page=1")
    last = client.get("/en/projects/?page=2")
    assert len(card_titles(first)) == 10
    assert len(card_titles(last)) == 3
    assert notices(first) == notices(last) == []
    assert not set(card_titles(first)) & set(card_titles(last))


def test_a_bad_filter_does_not_cancel_the_good_ones(client):
    response = client.get("/en/projects/?year=abc&theme=mental-health&funder=-1")
    assert sorted(card_titles(response)) == [
        "The strength of the group in mental health",
        "True Talk",
    ]
    assert len(notices(response)) == 2


def test_notices_in_french(client):
    response = client.get("/fr/projets/?year=abc&page=999")
    assert response.status_code == 200
    assert notices(response) == [
        # With French spacing (home/typography.py).
        "Le filtre «\u202fAnnée\u202f» a été ignoré\u00a0: Cette valeur n’est pas dans la liste.",
        "La page 999 n’existe pas\u202f; voici la première page.",
    ]


def test_too_many_parameters_give_a_normal_page(client):
    query = "&".join(f"theme={n}" for n in range(1500))
    response = client.get(f"/fr/projets/?{query}")
    assert response.status_code == 200
    assert len(card_titles(response)) == 10
    assert len(notices(response)) == 1


def test_a_filter_of_the_other_language_is_not_applied(client, organisation):
    # French slugs and ids mean nothing on the English index (and the other way round).
    fdf_fr = organisation("fr", "Fondation de France")
    response = client.get(f"/en/projects/?theme=sante-mentale&funder={fdf_fr.pk}")
    assert response.status_code == 200
    assert len(notices(response)) == 2
