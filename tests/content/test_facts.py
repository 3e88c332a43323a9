"""The demo content says what shared/content-facts.md says, on the rendered pages, in French
and in English: names, roles, years, figures, dates and funders. Each row is one fact (or a
few facts of one page), derived from the facts file."""

import html
import re

import pytest

pytestmark = pytest.mark.django_db


def page_text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    text = html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode()))
    # French typography puts narrow no-break spaces before « : ; ! ? »: read them as spaces.
    text = text.replace("\u202f", " ").replace("\xa0", " ").replace("’", "'")
    return " ".join(text.split())


# (French page, English page, facts on the French page, the same facts on the English page)
FACTS = [
    (
        "/fr/qui-sommes-nous/",
        "/en/about-us/",
        [
            "janvier 2020",
            "Paris",
            "au moins la moitié du conseil d'administration (7 à 9 personnes)",
            "centre de ressources pour les victimes de traite et pour les professionnels qui "
            "les rencontrent, les accompagnent et les soutiennent",
            "Bus Paris Solidarité (BPS)",
            "administrateurs ad hoc de la cour d'appel de Paris",
            "Ac.Sé",
            "n° 2007-1352 du 13 septembre 2007",
            "MIPROF",
            "GAATW, La Strada International et Beyond Borders",
            "santé communautaire et de médiation par les paires",
        ],
        [
            "January 2020",
            "Paris",
            "at least half of the board (7 to 9 people)",
            "resource centre for victims of trafficking and for the professionals who meet, "
            "accompany and support them",
            "Bus Paris Solidarité (BPS)",
            "legal guardians (administrateurs ad hoc) of the Paris Court of Appeal",
            "Ac.Sé",
            "no. 2007-1352 of 13 September 2007",
            "MIPROF",
            "GAATW, La Strada International and Beyond Borders",
            "community health and peer mediation",
        ],
    ),
    (
        "/fr/equipe/",
        "/en/team/",
        [
            "Sarah Thevenon",
            "Secrétaire générale",
            "cheffe de service dans un centre pour demandeurs d'asile",
            "Clément Sibony",
            "Trésorier",
            "2023",
            "Marine Thisse",
            "Val-de-Marne",
            "plus de 15 ans",
            "Elodie Apard",
            "IRD",
            "URMIS (Université Paris Cité)",
            "IFRA-Nigeria",
            "Vanessa Simoni",
            "Aurélie Jeannerod",
            "Caroline Martin",
            "Flora Enifo",
            "Juliet Omoruyi",
            "Sarah Nweke",
            "Maud Pommier",
            "Caroline Legrez",
            "Tadzio",
        ],
        [
            "Sarah Thevenon",
            "General Secretary",
            "head of department in a centre for asylum seekers",
            "Clément Sibony",
            "Treasurer",
            "2023",
            "Marine Thisse",
            "Val-de-Marne",
            "more than 15 years",
            "Elodie Apard",
            "IRD",
            "URMIS (Université Paris Cité)",
            "IFRA-Nigeria",
            "Vanessa Simoni",
            "Development",
            "Administration and finance",
            "Community organizer",
            "Community life manager",
            "Project manager",
            "Referent for justice",
            "Clinical psychologist, supervision of professional practice",
            "Webmaster & photography",
        ],
    ),
    (
        "/fr/equipe/gouvernance/",
        "/en/team/governance/",
        ["7 à 9 personnes, au moins la moitié membres actives", "secrétaire générale, trésorier"],
        ["7 to 9 people, at least half of them active members", "general secretary, treasurer"],
    ),
    (
        "/fr/plaidoyer/",
        "/en/advocacy/",
        ["(MNIO)", "(SSMSI et MIPROF)"],
        ["(MNIO)", "(SSMSI and MIPROF)"],
    ),
    (
        "/fr/plaidoyer/recommandations/",
        "/en/advocacy/recommendations/",
        [
            "CNCDH",
            "GRETA",
            "3e cycle d'évaluation",
            "2020-2022",
            "recommandation n° 7",
            "Premier plan national contre la prostitution des mineurs",
            "sans-abrisme",
            "3e plan national d'action contre la traite",
        ],
        [
            "CNCDH",
            "GRETA",
            "3rd evaluation round",
            "2020-2022",
            "Recommendation no. 7",
            "France's first national plan against the prostitution of minors",
            "homelessness",
            "3rd national action plan against trafficking",
        ],
    ),
    (
        "/fr/plaidoyer/collectif/",
        "/en/advocacy/collective/",
        [
            "Secours Catholique",
            "n° 2013-7",
            "Eric Panloup",
            "Elisabeth Moiron-Braud",
            "Najat Vallaud-Belkacem",
            "30 janvier 2014",
            "Le 3 février 2014, elles revoient la ministre elle-même",
            "Ayrault et Valls",
            "2014-2016",
        ],
        [
            "Secours Catholique",
            "no. 2013-7",
            "Eric Panloup",
            "Elisabeth Moiron-Braud",
            "Najat Vallaud-Belkacem",
            "30 January 2014",
            "On 3 February 2014, they meet the Minister herself again",
            "Ayrault and Valls",
            "2014-2016",
        ],
    ),
    (
        "/fr/formations-pour-professionnels/",
        "/en/training-for-professionals/",
        ["de type Balint", "Organisez-vous", "bénévoles ou comme salariées"],
        ["Balint type", "Organisez-vous", "volunteers or as employees"],
    ),
    (
        "/fr/",
        "/en/",
        # A key figure reads its label, then its number.
        ["VoiceOver", "13", "la première association de femmes victimes de traite en France"],
        ["VoiceOver", "13", "the first association of trafficked women in France"],
    ),
]

# Projects: (French slug, English slug, years, funders, figures)
PROJECTS = [
    ("all-in-favor", "all-in-favor", (2021, 2024), ["Mairie de Paris", "LEF"], ["66", "22", "7"]),
    (
        "innovation-sociale-emploi-rural",
        "social-innovation-rural-employment",
        (2023, 2024),
        ["AGRASC"],
        ["5", "CIDFF de l'Ardèche", "Magdalena"],
    ),
    (
        "autonomisation-juridique",
        "legal-empowerment",
        (2022, 2024),
        ["Legal Empowerment Fund (LEF)"],
        ["4", "2", "OCRTEH"],
    ),
    (
        "cinema-du-crepitement-sous-les-neons",
        "cinema-du-crepitement-sous-les-neons",
        (2022, 2022),
        ["Bonne Pioche Production"],
        ["2", "4", "3", "1", "Déplacer la honte"],
    ),
    (
        "ne-paie-pas-de-ta-vie",
        "dont-pay-with-your-life",
        (2020, 2022),
        ["ECPAT France"],
        ["12 000", "4", "6", "8", "Girls Power Initiative"],
    ),
    (
        "empowering-survivors-social-work",
        "empowering-survivors-social-work",
        (2021, 2023),
        ["Porticus France"],
        ["Organisez-vous"],
    ),
    ("entre-pairs", "entre-pairs", (2022, 2024), ["DGCS"], []),
    ("eva", "eva", (2023, 2024), ["FAMI"], ["Save the Children Italy", "Regione del Veneto"]),
    ("history-ourstory", "history-ourstory", (2022, 2023), [], ["28", "15", "7"]),
    (
        "la-force-du-groupe-en-sante-mentale",
        "strength-of-the-group-mental-health",
        (2023, 2024),
        ["Fondation de France"],
        ["150", "88", "32", "27", "13", "4"],
    ),
    ("mpeio", "mpeio", (2022, 2023), ["AGRASC", "DRDFE", "SDFE"], ["Ac.Sé"]),
    (
        "traite-nigeriane-et-protection-de-l-enfance",
        "nigerian-trafficking-child-protection",
        (2021, 2022),
        ["Fondation de France"],
        ["Comment protéger l'enfance ?"],
    ),
    ("true-talk", "true-talk", (2021, 2024), [], ["8"]),
]


@pytest.mark.parametrize("url_fr, url_en, facts_fr, facts_en", FACTS, ids=[f[1] for f in FACTS])
def test_page_states_the_facts_in_both_languages(client, url_fr, url_en, facts_fr, facts_en):
    for url, facts in ((url_fr, facts_fr), (url_en, facts_en)):
        text = page_text(client, url)
        missing = [fact for fact in facts if fact not in text]
        assert not missing, f"{url} does not say: {missing}"


@pytest.mark.parametrize(
    "slug_fr, slug_en, years, funders, figures", PROJECTS, ids=[p[1] for p in PROJECTS]
)
def test_project_pages_state_years_funders_and_figures(
    client, slug_fr, slug_en, years, funders, figures
):
    for url in (f"/fr/projets/{slug_fr}/", f"/en/projects/{slug_en}/"):
        text = page_text(client, url)
        expected = [str(years[0]), str(years[1]), *funders, *figures]
        missing = [fact for fact in expected if fact not in text]
        assert not missing, f"{url} does not say: {missing}"


def test_the_wrong_facts_of_the_old_demo_are_gone(client):
    """Issue 20's findings: the rule is about the board, not the bureau; Sarah Thevenon did
    not run the centre; the associations met the Minister herself; the project names."""
    about = page_text(client, "/fr/qui-sommes-nous/")
    assert "moitié du bureau" not in about
    assert "A dirigé un centre" not in page_text(client, "/fr/equipe/")
    assert "cabinet de la ministre" not in page_text(client, "/fr/plaidoyer/collectif/")
    projects = page_text(client, "/fr/projets/")
    assert "Tous pour !" not in projects
    assert "Donner du pouvoir aux survivantes" not in projects


@pytest.mark.parametrize(
    "language, notice", [("fr", "Enregistrement d'exemple"), ("en", "Sample recording")]
)
def test_podcast_episodes_say_they_are_samples_on_the_page_and_in_the_feed(
    client, language, notice
):
    from podcasts.models import EpisodePage

    episodes = EpisodePage.objects.filter(locale__language_code=language)
    assert episodes.count() == 18
    for episode in episodes:
        assert notice in page_text(client, episode.url), episode.url
    show = episodes.first().get_parent().specific
    feed = html.unescape(client.get(show.feed_url()).content.decode())
    assert feed.count(notice) >= 18
