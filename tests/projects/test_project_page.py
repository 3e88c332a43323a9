"""A project page in French and English: key figures, funders, links to their other
projects, the language switcher, and the English page pointing to English snippets."""

import re
from html import unescape

import pytest

pytestmark = pytest.mark.django_db

FR = "/fr/projets/la-force-du-groupe-en-sante-mentale/"
EN = "/en/projects/strength-of-the-group-mental-health/"


def test_key_figures_and_funders_in_french(client):
    response = client.get(FR)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'lang="fr"' in html
    assert '<dd class="key-figure__number">150</dd>' in html
    assert "rendez-vous individuels, pour 88 femmes" in html
    assert "ateliers d&#x27;art-thérapie" in html
    assert "Fondation de France" in html
    assert "Financeurs" in html and "Résultats" in html
    assert "2023–2024" in html and "Terminé" in html


def test_key_figures_and_funders_in_english(client):
    html = client.get(EN).content.decode()
    assert 'lang="en"' in html
    assert '<dd class="key-figure__number">150</dd>' in html
    assert "individual appointments, for 88 women" in html
    assert "art-therapy workshops (dance, painting, writing, podcast)" in html
    assert "Fondation de France" in html
    assert "Funders" in html and "Outcomes" in html
    assert "rendez-vous" not in html


def test_other_projects_of_a_funder_are_one_click_away(client, organisation):
    fdf_en = organisation("en", "Fondation de France")
    html = client.get(EN).content.decode()
    link = f'href="/en/projects/?funder={fdf_en.pk}"'
    assert link in html
    assert "1 other project funded by Fondation de France" in html
    fdf_fr = organisation("fr", "Fondation de France")
    html_fr = client.get(FR).content.decode()
    assert f'href="/fr/projets/?funder={fdf_fr.pk}"' in html_fr
    assert "1 autre projet financé par Fondation de France" in html_fr
    # …and that link lists both projects the foundation funded.
    target = client.get(f"/en/projects/?funder={fdf_en.pk}").content.decode()
    assert "Nigerian trafficking and child protection" in target


def test_partners_link_to_their_other_projects(client, organisation, index_en, make_project):
    url = "/en/projects/dont-pay-with-your-life/"
    ecpat = organisation("en", "ECPAT France")
    html = client.get(url).content.decode()
    assert "Girls Power Initiative (GPI)" in html
    assert "other project with ECPAT France" not in html  # its only project as a partner
    make_project(index_en, partners=[ecpat])
    html = client.get(url).content.decode()
    assert f'href="/en/projects/?partner={ecpat.pk}"' in html
    assert "1 other project with ECPAT France" in html


def test_language_switcher_leads_to_the_translation(client):
    html = client.get(FR).content.decode()
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    assert f'href="{EN}"' in switcher
    back = client.get(EN).content.decode().split('class="language-switcher"', 1)[1]
    assert f'href="{FR}"' in back.split("</nav>", 1)[0]


def test_english_page_points_to_english_snippets(demo_project):
    for language in ("fr", "en"):
        project = demo_project(language, "eva")
        links = [
            *project.project_funders.select_related("organisation__locale"),
            *project.project_partners.select_related("organisation__locale"),
        ]
        assert len(links) == 7
        assert {link.organisation.locale.language_code for link in links} == {language}
        assert {link.locale.language_code for link in links} == {language}
        themes = project.project_themes.select_related("theme__locale")
        assert {link.theme.locale.language_code for link in themes} == {language}
    en = demo_project("en", "eva")
    names = [link.organisation.name for link in en.project_funders.all()]
    assert names == ["EU Asylum, Migration and Integration Fund (FAMI)"]


def test_image_has_alt_text_in_the_page_language(client):
    html = client.get(EN).content.decode()
    image = re.search(r"<img [^>]*>", html.split("<main", 1)[1]).group(0)
    assert 'alt="Illustration: ' in image
    assert 'alt="Illustration : ' in re.search(
        r"<img [^>]*>", client.get(FR).content.decode().split("<main", 1)[1]
    ).group(0)


def test_attached_documents_are_listed(client):
    html = client.get("/en/projects/nigerian-trafficking-child-protection/").content.decode()
    assert "Comment protéger l&#x27;enfance ?" in html
    assert "/documents/" in html


def test_a_project_without_episodes_lists_none(client, demo_project):
    # The podcast app fills the hook with EpisodePage.related_project(related_name="episodes").
    assert list(demo_project("fr", "true-talk").related_episodes()) == []
    assert "Podcast episodes" not in client.get("/en/projects/true-talk/").content.decode()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_episodes_linked_by_the_podcast_app_are_listed(client, demo_project, language):
    project = demo_project(language, "autonomisation-juridique" if language == "fr"
                           else "legal-empowerment")  # fmt: skip
    episodes = project.related_episodes()
    assert episodes, "the demo links episodes to this project"
    # French pages get French spacing (home/typography.py): compare the words, not the spaces.
    html = unescape(client.get(project.url).content.decode())
    html = html.replace("\u00a0", " ").replace("\u202f", " ")
    assert {episode.locale_id for episode in episodes} == {project.locale_id}
    for episode in episodes:
        assert f">{episode.title}</a>" in html


def test_project_page_sets_no_cookie(client):
    assert client.get(FR).cookies == {}
