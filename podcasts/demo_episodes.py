"""The words of the demo episodes, French first, English beside it. Speakers are pseudonyms."""


def episode(slug, title, summary, transcript, speakers, date, project=None, notes=()):
    return {
        "slug": slug,
        "title": title,
        "summary": summary,
        "transcript": transcript,
        "speakers": speakers,
        "date": date,
        "project": project,
        "notes": list(notes),
    }


def talk(fr_lines, en_lines):
    """A transcript: one line per speaker turn."""
    return "\n".join(fr_lines), "\n".join(en_lines)


DONT_PAY_NOTE = (
    "Épisode réalisé dans le cadre du projet « Don't pay with your life », avec ECPAT France.",
    "Episode made within the project “Don't pay with your life”, with ECPAT France.",
)
LIBYA_NOTE = (
    "Épisode réalisé dans le cadre du projet d'autonomisation juridique des victimes de "
    "traite, soutenu par le Legal Empowerment Fund.",
    "Episode made within the legal empowerment project for trafficking victims, supported by "
    "the Legal Empowerment Fund.",
)

SEASON_1_TOPICS = [
    (
        ("la-promesse", "the-promise"),
        ("La promesse", "The promise"),
        (
            "On nous a promis un travail en Europe. Nous racontons comment le piège commence.",
            "We were promised a job in Europe. We tell how the trap begins.",
        ),
    ),
    (
        ("la-dette", "the-debt"),
        ("La dette", "The debt"),
        (
            "Une dette qui ne finit jamais : comment elle sert à contrôler les femmes.",
            "A debt that never ends: how it is used to control women.",
        ),
    ),
    (
        ("le-serment", "the-oath"),
        ("Le serment", "The oath"),
        (
            "Le serment prêté avant le départ, et la peur qu'il laisse.",
            "The oath taken before leaving, and the fear it leaves behind.",
        ),
    ),
    (
        ("la-route", "the-road"),
        ("La route", "The road"),
        (
            "Le voyage à travers le désert et la mer, raconté par celles qui l'ont fait.",
            "The journey across the desert and the sea, told by those who made it.",
        ),
    ),
    (
        ("les-reseaux-sociaux", "social-media"),
        ("Les réseaux sociaux", "Social media"),
        (
            "Des offres trop belles sur Facebook : comment les repérer.",
            "Offers too good to be true on Facebook: how to spot them.",
        ),
    ),
    (
        ("demander-de-l-aide", "asking-for-help"),
        ("Demander de l'aide", "Asking for help"),
        (
            "Où trouver de l'aide en France, même sans papiers.",
            "Where to find help in France, even without papers.",
        ),
    ),
    (
        ("nos-familles", "our-families"),
        ("Nos familles", "Our families"),
        (
            "Ce que nos familles savaient, et ce que nous voulons leur dire.",
            "What our families knew, and what we want to tell them.",
        ),
    ),
    (
        ("ne-payez-pas-de-votre-vie", "dont-pay-with-your-life"),
        ("Ne payez pas de votre vie", "Don't pay with your life"),
        (
            "Notre message aux jeunes de l'État d'Edo avant qu'ils ne partent.",
            "Our message to young people in Edo State before they leave.",
        ),
    ),
]

LIBYA_TOPICS = [
    (
        ("libye-arriver", "libya-arriving"),
        ("Libye : arriver", "Libya: arriving"),
        (
            "Ce qui attendait les femmes à leur arrivée en Libye.",
            "What waited for women when they arrived in Libya.",
        ),
    ),
    (
        ("libye-les-maisons", "libya-the-houses"),
        ("Libye : les maisons", "Libya: the houses"),
        (
            "Enfermées dans des maisons et exploitées : des membres témoignent.",
            "Locked in houses and exploited: members speak.",
        ),
    ),
    (
        ("libye-la-prison", "libya-prison"),
        ("Libye : la prison", "Libya: prison"),
        (
            "La détention et la violence dans les centres fermés.",
            "Detention and violence in closed centres.",
        ),
    ),
    (
        ("libye-la-mer", "libya-the-sea"),
        ("Libye : la mer", "Libya: the sea"),
        (
            "Partir par la mer, et ceux qu'on a laissés derrière.",
            "Leaving by sea, and the people left behind.",
        ),
    ),
    (
        ("libye-etre-reconnues", "libya-being-recognised"),
        ("Libye : être reconnues", "Libya: being recognised"),
        (
            "Faire reconnaître ces violences par la justice et par l'asile.",
            "Having this violence recognised by the courts and in asylum cases.",
        ),
    ),
]

SEASON_2_TOPICS = [
    (
        ("parler-en-groupe", "talking-in-a-group"),
        ("Parler en groupe", "Talking in a group"),
        ("Pourquoi les groupes de parole nous aident.", "Why talk groups help us."),
    ),
    (
        ("le-sommeil", "sleep"),
        ("Le sommeil", "Sleep"),
        (
            "Les nuits difficiles et ce qui nous aide à dormir.",
            "Hard nights and what helps us sleep.",
        ),
    ),
    (
        ("nos-enfants", "our-children"),
        ("Nos enfants", "Our children"),
        ("Être mère après la traite.", "Being a mother after trafficking."),
    ),
    (
        ("apprendre-le-francais", "learning-french"),
        ("Apprendre le français", "Learning French"),
        (
            "Les cours de français et la confiance qu'ils donnent.",
            "French classes and the confidence they give.",
        ),
    ),
    (
        ("deplacer-la-honte", "shifting-the-shame"),
        ("Déplacer la honte", "Shifting the shame"),
        (
            "La honte n'est pas à nous. Des membres racontent le tournage du film "
            "« Du crépitement sous les néons ».",
            "The shame is not ours. Members talk about the shooting of the film "
            "“Du crépitement sous les néons”.",
        ),
    ),
    *LIBYA_TOPICS,
]

SPEAKERS = ["Joy, Blessing", "Grace, Mercy", "Faith, Ada", "Precious, Hope", "Favour, Esther"]


def _build(topics, season):
    episodes = []
    for index, (slug, title, summary) in enumerate(topics):
        number = index + 1
        if season == 1:
            date, project, notes = (2021, number), "dont_pay", [DONT_PAY_NOTE]
        elif number == 5:
            date, project, notes = (2023, 3), "cinema", []
        elif number > 5:
            date, project, notes = (2023, number), "legal", [LIBYA_NOTE]
        else:
            date, project, notes = (2022, 8 + number), None, []
        speakers = SPEAKERS[index % len(SPEAKERS)]
        first, second = speakers.split(", ")
        transcript = talk(
            [
                f"{first} : Bonjour, bienvenue dans True Talk. Aujourd'hui : {title[0]}.",
                f"{second} : {summary[0]}",
                f"{first} : Merci de nous écouter. Prenez soin de vous.",
            ],
            [
                f"{first}: Hello, welcome to True Talk. Today: {title[1]}.",
                f"{second}: {summary[1]}",
                f"{first}: Thank you for listening. Take care of yourselves.",
            ],
        )
        episodes.append(episode(slug, title, summary, transcript, speakers, date, project, notes))
    return episodes


SEASONS = {1: _build(SEASON_1_TOPICS, 1), 2: _build(SEASON_2_TOPICS, 2)}
