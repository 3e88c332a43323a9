"""Demo content for True Talk: the show, 2 seasons (8 + 10 episodes), in French and English,
with generated audio and cover art (no downloads). Facts from shared/content-facts.md."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page

from home.demo_tools import Pairs, ensure_image, ensure_page, french_home, translate
from podcasts.demo_episodes import SEASONS
from podcasts.demo_media import ensure_audio
from podcasts.models import EpisodePage, PodcastPage


def load(stdout):
    tr = Pairs()
    home = french_home()
    cover = ensure_image(
        "True Talk — couverture",
        "",
        ["#2d1b4e", "#e07a5f", "#f2cc8f", "#81b29a"],
        size=(1400, 1400),
    )
    show, _created = ensure_page(
        home,
        PodcastPage,
        tr.t("true-talk", "true-talk"),
        title=tr.t("True Talk", "True Talk"),
        show_in_menus=True,
        introduction=tr.t(
            "Le podcast des membres de Mist. Nous parlons de ce que nous avons vécu, "
            "et de ce qui nous aide à aller mieux.",
            "The podcast of Mist's members. We talk about what we went through, "
            "and about what helps us feel better.",
        ),
        description=tr.p(
            (
                "True Talk est fait par de petits groupes de membres qui animent des groupes "
                "de parole. Elles s'enregistrent elles-mêmes.",
                "True Talk is made by small groups of members who run talk groups. "
                "They record themselves.",
            ),
            (
                "Libérer la parole, trouver des solutions pour la santé mentale : "
                "chaque épisode a une transcription écrite.",
                "Freeing speech, finding mental-health solutions: "
                "every episode has a written transcript.",
            ),
        ),
        cover=cover,
        author="Mist",
        owner_name="Association Mist",
        owner_email="contact@mist-association.org",
        apple_category="Society & Culture",
        apple_subcategory="Personal Journals",
        explicit=False,
        show_type=PodcastPage.ShowType.EPISODIC,
    )
    projects = find_projects()
    episodes = []
    for season, season_episodes in SEASONS.items():
        for number, data in enumerate(season_episodes, start=1):
            episodes.append(ensure_episode(tr, show, season, number, data, projects))
    translate(show, tr)
    for episode in episodes:
        translate(episode, tr)
    stdout.write(f"  True Talk: {len(episodes)} episodes in French and English")


def ensure_episode(tr, show, season, number, data, projects):
    audio = ensure_audio(
        f"True Talk S{season}E{number}",
        seed=season * 10 + number,
        filename=f"true-talk-s{season:02}e{number:02}.mp3",
    )
    year, month = data["date"]
    page, _created = ensure_page(
        show,
        EpisodePage,
        tr.t(data["slug"][0], data["slug"][1]),
        title=tr.t(*data["title"]),
        season=season,
        episode_number=number,
        summary=tr.t(*data["summary"]),
        show_notes=tr.p(*data.get("notes", [])),
        audio=audio,
        publication_date=timezone.make_aware(datetime.datetime(year, month, 15, 9, 0)),
        transcript=multiline(tr, *data["transcript"]),
        speakers=data["speakers"],
        related_project=projects.get(data.get("project")),
    )
    return page


def multiline(tr, fr, en):
    """wagtail-localize keeps a multi-line text as one segment with <br/> for each line
    break: remember the English in that form too."""
    tr.t(fr.replace("\n", "<br/>"), en.replace("\n", "<br/>"))
    return fr


# Words that identify each project's page in either language.
PROJECT_KEYWORDS = {
    "cinema": ["crépitement"],
    "legal": ["juridique", "legal empowerment"],
    "dont_pay": ["payez pas", "paie pas", "don't pay"],
}


def find_projects():
    """The French project pages the episodes belong to, when the projects app has them and
    they are already translated (the English episode then points to the English project)."""
    try:
        content_type = ContentType.objects.get(app_label="projects", model="projectpage")
    except ContentType.DoesNotExist:
        return {}
    pages = Page.objects.filter(content_type=content_type, locale__language_code="fr")
    found = {}
    for key, words in PROJECT_KEYWORDS.items():
        for page in pages:
            title = page.title.lower()
            if any(word in title for word in words) and page.get_translations().exists():
                found[key] = page
                break
    return found
