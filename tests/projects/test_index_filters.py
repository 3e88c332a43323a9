"""The project index: each filter alone and combined, the year-overlap rule, counts,
pagination and the address that carries the filters, in French and in English."""

import pytest

from tests.projects.helpers import card_titles, card_urls, notices, option_label

pytestmark = pytest.mark.django_db

RAN_IN_2022 = 10  # 13 demo projects; 2023-2024 ones (3) did not run in 2022


def test_lists_the_13_projects_newest_first_in_both_languages(client):
    fr = client.get("/fr/projets/")
    en = client.get("/en/projects/")
    assert fr.status_code == en.status_code == 200
    fr_titles = card_titles(fr) + card_titles(client.get("/fr/projets/?page=2"))
    en_titles = card_titles(en) + card_titles(client.get("/en/projects/?page=2"))
    assert len(fr_titles) == len(set(fr_titles)) == 13
    assert len(en_titles) == 13
    assert "The strength of the group in mental health" in en_titles
    assert "La force du groupe en santé mentale" in fr_titles
    # Newest first: 2023 starts first, "Don't pay with your life" (2020-2022) last.
    assert fr_titles[-1] == en_titles[-1] == "Don't pay with your life"
    assert "EVA" in fr_titles[0] + fr_titles[1] + fr_titles[2]
    assert all(url.startswith("/en/projects/") for url in card_urls(en))


def test_status_filter(client):
    assert len(card_titles(client.get("/en/projects/?status=ongoing"))) == 0
    response = client.get("/en/projects/?status=completed")
    assert "13 projects" in response.content.decode()
    assert notices(response) == []


def test_theme_filter_uses_the_slug_of_each_language(client):
    en = card_titles(client.get("/en/projects/?theme=mental-health"))
    fr = card_titles(client.get("/fr/projets/?theme=sante-mentale"))
    assert sorted(en) == ["The strength of the group in mental health", "True Talk"]
    assert sorted(fr) == ["La force du groupe en santé mentale", "True Talk"]


def test_funder_filter(client, organisation):
    fdf = organisation("en", "Fondation de France")
    titles = card_titles(client.get(f"/en/projects/?funder={fdf.pk}"))
    assert sorted(titles) == [
        "Nigerian trafficking and child protection",
        "The strength of the group in mental health",
    ]
    agrasc = organisation("fr", "AGRASC")
    assert len(card_titles(client.get(f"/fr/projets/?funder={agrasc.pk}"))) == 2


def test_partner_filter(client, organisation):
    ecpat = organisation("en", "ECPAT France")
    assert card_titles(client.get(f"/en/projects/?partner={ecpat.pk}")) == [
        "Don't pay with your life"
    ]


def test_year_filter_lists_a_project_under_every_year_it_ran(client):
    response = client.get("/en/projects/?year=2022")
    titles = card_titles(response)
    assert len(titles) == RAN_IN_2022 == 10  # one full page, no second one
    # 2021-2024 is listed under 2022; 2020-2022 too; 2023-2024 is not.
    assert "True Talk" in titles
    assert "Don't pay with your life" in titles
    assert "The strength of the group in mental health" not in titles
    assert card_titles(client.get("/en/projects/?year=2020")) == ["Don't pay with your life"]


def test_search_is_limited_to_projects(client):
    response = client.get("/en/projects/?q=Libya")
    assert card_titles(response) == ["Legal empowerment of trafficking victims"]
    # A word of another page of the site (the team page) finds no project.
    assert card_titles(client.get("/en/projects/?q=Thevenon")) == []
    assert card_titles(client.get("/fr/projets/?q=Libye")) == [
        "Autonomisation juridique des victimes de traite"
    ]


def test_filters_combined(client, organisation):
    titles = card_titles(client.get("/en/projects/?year=2022&theme=peer-support"))
    assert sorted(titles) == [
        "All in favor! Access to rights through Mist peer mediators and BPS pro bono lawyers",
        "Empowering survivors in social work against THB",
        "Entre Pairs: peer support for minor girls, an innovative child-protection approach",
        "Legal empowerment of trafficking victims",
    ]
    fdf = organisation("fr", "Fondation de France")
    url = f"/fr/projets/?funder={fdf.pk}&year=2022&theme=protection-de-l-enfance&status=completed"
    assert card_titles(client.get(url)) == ["Traite nigériane et protection de l'enfance"]
    assert card_titles(client.get(f"/fr/projets/?funder={fdf.pk}&q=podcast&year=2021")) == []


def test_counts_beside_each_value_follow_the_other_filters(client, organisation):
    response = client.get("/en/projects/")
    assert option_label(response, "theme", "peer-support") == "Peer support (5)"
    assert option_label(response, "year", 2022) == f"2022 ({RAN_IN_2022})"
    assert option_label(response, "status", "completed") == "Completed (13)"
    fdf = organisation("en", "Fondation de France")
    assert option_label(response, "funder", fdf.pk) == "Fondation de France (2)"
    # With a year chosen, the theme counts are those of that year (and the year's own
    # count ignores the year filter, so the other years stay reachable).
    narrowed = client.get("/en/projects/?year=2022")
    assert option_label(narrowed, "theme", "peer-support") == "Peer support (4)"
    assert option_label(narrowed, "year", 2024) == "2024 (7)"
    assert option_label(narrowed, "funder", fdf.pk) == "Fondation de France (1)"


def test_pagination_keeps_the_filters_in_the_address(client):
    response = client.get("/en/projects/?year=2022&status=completed")
    html = response.content.decode()
    assert len(card_titles(response)) == 10
    assert "page=2" not in html  # 10 projects: a single page, no page links
    page_two = client.get("/en/projects/?status=completed&page=2")
    assert len(card_titles(page_two)) == 3
    assert (
        'href="?status=completed&amp;page=2"'
        in client.get("/en/projects/?status=completed").content.decode()
    )
    assert 'href="?status=completed" rel="prev"' in page_two.content.decode()


def test_filter_form_is_a_plain_get_form_and_sets_no_cookie(client):
    response = client.get("/fr/projets/?year=2022")
    html = response.content.decode()
    assert '<form class="project-filters" method="get"' in html
    assert "csrfmiddlewaretoken" not in html
    assert response.cookies == {}
    # The chosen value is selected again, so the filtered view can be shared and changed.
    assert '<option value="2022" selected>' in html


def test_active_filters_can_be_removed_one_by_one(client):
    html = client.get("/en/projects/?year=2022&theme=culture").content.decode()
    assert 'href="?theme=culture"' in html  # removes the year
    assert 'href="?year=2022"' in html  # removes the theme
