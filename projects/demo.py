"""Demo content of the project archive: the 13 projects of shared/content-facts.md, with
their years, funders, partners and figures (exact), written in French and translated into
English through wagtail-localize. Running it again changes nothing."""

from home.demo_tools import (
    Pairs,
    ensure_image,
    ensure_locales,
    ensure_page,
    french_home,
    translate,
)
from projects.models import (
    Organisation,
    ProjectFunder,
    ProjectIndexPage,
    ProjectPage,
    ProjectPartner,
    ProjectTheme,
    Theme,
)

K = Organisation.Kind

# slug_fr, name_fr, slug_en, name_en
THEMES = {
    "rights": ("acces-aux-droits", "Accès aux droits", "access-to-rights", "Access to rights"),
    "health": ("sante-mentale", "Santé mentale", "mental-health", "Mental health"),
    "children": (
        "protection-de-l-enfance",
        "Protection de l'enfance",
        "child-protection",
        "Child protection",
    ),
    "work": ("emploi-et-insertion", "Emploi et insertion", "employment", "Employment"),
    "advocacy": ("plaidoyer", "Plaidoyer", "advocacy", "Advocacy"),
    "culture": ("culture", "Culture", "culture", "Culture"),
    "prevention": ("prevention", "Prévention", "prevention", "Prevention"),
    "peers": ("pair-aidance", "Pair-aidance", "peer-support", "Peer support"),
}

# key: (name_fr, name_en, kind, country_fr, country_en, website)
ORGANISATIONS = {
    "paris": (
        "Mairie de Paris",
        "Mairie de Paris",
        K.PUBLIC,
        "France",
        "France",
        "https://www.paris.fr/",
    ),
    "lef": (
        "Legal Empowerment Fund (LEF)",
        "Legal Empowerment Fund (LEF)",
        K.FOUNDATION,
        "",
        "",
        "",
    ),
    "agrasc": ("AGRASC", "AGRASC", K.PUBLIC, "France", "France", ""),
    "bonne_pioche": (
        "Bonne Pioche Production",
        "Bonne Pioche Production",
        K.COMPANY,
        "France",
        "France",
        "",
    ),
    "ecpat": (
        "ECPAT France",
        "ECPAT France",
        K.ASSOCIATION,
        "France",
        "France",
        "https://www.ecpat-france.fr/",
    ),
    "porticus": ("Porticus France", "Porticus France", K.FOUNDATION, "France", "France", ""),
    "dgcs": ("DGCS", "DGCS", K.PUBLIC, "France", "France", ""),
    "fami": (
        "Fonds asile, migration et intégration de l'UE (FAMI)",
        "EU Asylum, Migration and Integration Fund (FAMI)",
        K.EUROPEAN,
        "Union européenne",
        "European Union",
        "",
    ),
    "fdf": (
        "Fondation de France",
        "Fondation de France",
        K.FOUNDATION,
        "France",
        "France",
        "https://www.fondationdefrance.org/",
    ),
    "drdfe": ("DRDFE", "DRDFE", K.PUBLIC, "France", "France", ""),
    "sdfe": ("SDFE", "SDFE", K.PUBLIC, "France", "France", ""),
    # Partners
    "barreau": ("Barreau de Paris", "Paris Bar", K.PROFESSIONAL, "France", "France", ""),
    "bps": (
        "Bus Paris Solidarité (BPS)",
        "Bus Paris Solidarité (BPS)",
        K.ASSOCIATION,
        "France",
        "France",
        "",
    ),
    "oliviers": (
        "CHRS Oliviers – Arcades Diaconat protestant de la Drôme",
        "CHRS Oliviers – Arcades Diaconat protestant de la Drôme",
        K.ASSOCIATION,
        "France",
        "France",
        "",
    ),
    "cidff07": ("CIDFF de l'Ardèche", "CIDFF de l'Ardèche", K.ASSOCIATION, "France", "France", ""),
    "cidff48": ("CIDFF de la Lozère", "CIDFF de la Lozère", K.ASSOCIATION, "France", "France", ""),
    "fraternites": (
        "France Fraternités",
        "France Fraternités",
        K.ASSOCIATION,
        "France",
        "France",
        "",
    ),
    "magdalena": ("Magdalena", "Magdalena", K.ASSOCIATION, "France", "France", ""),
    "afj": ("AFJ", "AFJ", K.ASSOCIATION, "France", "France", ""),
    "gpi": (
        "Girls Power Initiative (GPI)",
        "Girls Power Initiative (GPI)",
        K.ASSOCIATION,
        "Nigeria",
        "Nigeria",
        "",
    ),
    "organisez": ("Organisez-vous", "Organisez-vous", K.ASSOCIATION, "France", "France", ""),
    "stc_it": (
        "Save the Children Italy",
        "Save the Children Italy",
        K.ASSOCIATION,
        "Italie",
        "Italy",
        "",
    ),
    "agora": (
        "Consorzio Agorà Network",
        "Consorzio Agorà Network",
        K.ASSOCIATION,
        "Italie",
        "Italy",
        "",
    ),
    "arap": ("ARAP", "ARAP", K.ASSOCIATION, "", "", ""),
    "fta": (
        "France terre d'asile",
        "France terre d'asile",
        K.ASSOCIATION,
        "France",
        "France",
        "https://www.france-terre-asile.org/",
    ),
    "stc_es": (
        "Fundación Save the Children Spain",
        "Fundación Save the Children Spain",
        K.ASSOCIATION,
        "Espagne",
        "Spain",
        "",
    ),
    "veneto": ("Regione del Veneto", "Regione del Veneto", K.PUBLIC, "Italie", "Italy", ""),
}

PALETTES = [
    ("#f5f1f8", "#5b2a86", "#ffbf47"),
    ("#fdf6ec", "#b3261e", "#3f1c5e"),
    ("#eef6f3", "#1f6f5c", "#5b2a86"),
    ("#f3f1ea", "#8a5a00", "#1d1a22"),
]
COLOURS_FR = [
    "cercles violets et jaunes",
    "cercles rouges et violets",
    "cercles verts et violets",
    "cercles ocre et noirs",
]
COLOURS_EN = [
    "purple and yellow circles",
    "red and purple circles",
    "green and purple circles",
    "ochre and black circles",
]


def figure(tr, number, fr, en):
    return {"number": number, "label": tr.t(fr, en)}


def figures(*items):
    return ("key_figures", list(items))


def paragraph(tr, *pairs):
    return ("paragraph", tr.p(*pairs))


def bullet_list(tr, *pairs):
    return ("paragraph", tr.ul(*pairs))


def projects_data(tr):
    """Each project: French fields with their English pairs, and the keys of its links."""
    return [
        {
            "slug": ("tous-pour", "all-in-favor"),
            "title": tr.t(
                "Tous pour ! L'accès aux droits avec les médiatrices paires de Mist et les avocats bénévoles du BPS",
                "All in favor! Access to rights through Mist peer mediators and BPS pro bono lawyers",
            ),
            "years": (2021, 2024),
            "summary": tr.t(
                "Des médiatrices paires de Mist et des avocats bénévoles du Bus Paris Solidarité vont ensemble à la rencontre des femmes nigérianes. Elles les informent sur leurs droits et les reçoivent en entretien.",
                "Mist peer mediators and volunteer lawyers of the Bus Paris Solidarité go out together to meet Nigerian women. They tell them about their rights and meet them for interviews.",
            ),
            "objectives": tr.ul(
                (
                    "Aller vers les femmes nigérianes là où elles se trouvent.",
                    "Reach Nigerian women where they are.",
                ),
                (
                    "Leur donner accès à un avocat, gratuitement.",
                    "Give them access to a lawyer, free of charge.",
                ),
                (
                    "Former les avocats et la police à la traite.",
                    "Train lawyers and the police about trafficking.",
                ),
            ),
            "outcomes": [
                figures(
                    figure(
                        tr,
                        "66",
                        "tournées communes avec des femmes nigérianes (route de la Pyramide, bois de Vincennes)",
                        "joint outreach rounds with Nigerian women (Pyramide route, Bois de Vincennes)",
                    ),
                    figure(tr, "22", "avocats bénévoles", "volunteer lawyers"),
                    figure(tr, "7", "médiatrices paires", "peer mediators"),
                ),
                bullet_list(
                    tr,
                    (
                        "Des entretiens individuels au Point d'Accès au Droit (Paris 18e).",
                        "Individual interviews at the Point d'Accès au Droit (Paris 18e).",
                    ),
                    (
                        "Des formations pour les avocats et pour la police.",
                        "Training for lawyers and for the police.",
                    ),
                    (
                        "Un avis remis à la mission du Conseil de Paris sur les bois de Vincennes et de Boulogne.",
                        "An opinion given to the Paris Council's mission on the Bois de Vincennes and Boulogne.",
                    ),
                ),
            ],
            "themes": ["rights", "peers", "advocacy"],
            "funders": ["paris", "lef"],
            "partners": ["barreau", "bps"],
        },
        {
            "slug": ("innovation-sociale-emploi-rural", "social-innovation-rural-employment"),
            "title": tr.t(
                "Accompagnement participatif de l'innovation sociale : 5 projets d'emploi en milieu rural",
                "Participatory support for social innovation: 5 employment projects in rural areas",
            ),
            "years": (2023, 2024),
            "summary": tr.t(
                "Mist a accompagné cinq projets qui aident des victimes à trouver un emploi à la campagne. L'évaluation a été faite avec les personnes concernées.",
                "Mist supported five projects that help victims find work in the countryside. The evaluation was done with the people concerned.",
            ),
            "objectives": tr.p(
                (
                    "Aider des structures en zone rurale à ouvrir des chemins vers l'emploi pour les victimes de traite.",
                    "Help organisations in rural areas open paths to work for trafficking victims.",
                ),
            ),
            "outcomes": [
                figures(
                    figure(
                        tr,
                        "5",
                        "projets d'emploi en zone rurale",
                        "employment projects in rural areas",
                    )
                ),
                bullet_list(
                    tr,
                    (
                        "CHRS Oliviers – Arcades Diaconat protestant de la Drôme",
                        "CHRS Oliviers – Arcades Diaconat protestant de la Drôme",
                    ),
                    (
                        "CIDFF de l'Ardèche et CIDFF de la Lozère",
                        "CIDFF de l'Ardèche and CIDFF de la Lozère",
                    ),
                    (
                        "France Fraternités et Magdalena, en Seine-et-Marne",
                        "France Fraternités and Magdalena, in Seine-et-Marne",
                    ),
                ),
                paragraph(
                    tr,
                    (
                        "Une évaluation participative a été publiée.",
                        "A participatory evaluation was published.",
                    ),
                ),
            ],
            "documents": [
                (
                    "Évaluation participative — 5 projets d'emploi en milieu rural",
                    ["Agrasc, 2023-2024."],
                )
            ],
            "themes": ["work"],
            "funders": ["agrasc"],
            "partners": ["oliviers", "cidff07", "cidff48", "fraternites", "magdalena"],
        },
        {
            "slug": ("autonomisation-juridique", "legal-empowerment"),
            "title": tr.t(
                "Autonomisation juridique des victimes de traite",
                "Legal empowerment of trafficking victims",
            ),
            "years": (2022, 2024),
            "summary": tr.t(
                "Des paires aidantes se forment au droit des étrangers, forment la police et portent la parole des victimes jusqu'à l'ONU.",
                "Peer helpers learn immigration law, train the police and carry victims' voices up to the United Nations.",
            ),
            "objectives": tr.p(
                (
                    "Donner aux victimes les moyens de connaître et de défendre leurs droits.",
                    "Give victims the means to know and defend their rights.",
                ),
            ),
            "outcomes": [
                figures(
                    figure(
                        tr,
                        "5",
                        "épisodes de True Talk, saison 2 (épisodes 6 à 10), sur les violences subies en Libye",
                        "True Talk episodes, season 2 (episodes 6 to 10), on violence suffered in Libya",
                    ),
                    figure(
                        tr,
                        "4",
                        "paires aidantes formées au droit des étrangers",
                        "peer helpers trained in immigration law",
                    ),
                    figure(
                        tr,
                        "2",
                        "formations données avec des femmes de Mist à l'OCRTEH (office central de police contre la traite)",
                        "trainings given with Mist women to OCRTEH (central police office against trafficking)",
                    ),
                    figure(
                        tr,
                        "3",
                        "contributions écrites aux rapporteurs spéciaux de l'ONU",
                        "written contributions to UN special rapporteurs",
                    ),
                ),
                bullet_list(
                    tr,
                    (
                        "Campagne « Le revers de la médaille » : les arrestations au bois de Vincennes avant les Jeux olympiques de Paris 2024.",
                        "Campaign “Le revers de la médaille”: arrests in the Bois de Vincennes before the Paris 2024 Olympics.",
                    ),
                    (
                        "Contributions à l'ONU : esclavage (mars 2023), violences contre les femmes et les filles (janvier 2024), traite (juin 2024).",
                        "Contributions to the UN: slavery (March 2023), violence against women and girls (January 2024), trafficking (June 2024).",
                    ),
                ),
            ],
            "themes": ["rights", "advocacy", "peers"],
            "funders": ["lef"],
            "partners": [],
        },
        {
            "slug": (
                "cinema-du-crepitement-sous-les-neons",
                "cinema-du-crepitement-sous-les-neons",
            ),
            "title": tr.t(
                "Cinéma : « Du crépitement sous les néons »",
                "Cinema: “Du crépitement sous les néons”",
            ),
            "years": (2022, 2022),
            "summary": tr.t(
                "Des membres de Mist ont travaillé sur un film de fiction : elles ont accueilli deux acteurs en stage et ont joué sur le tournage.",
                "Mist members worked on a fiction film: they hosted two actors for an internship and took part in the shooting.",
            ),
            "objectives": tr.p(
                (
                    "Aider un film à montrer la réalité de la traite, avec les personnes qui l'ont vécue.",
                    "Help a film show the reality of trafficking, with the people who lived it.",
                ),
            ),
            "outcomes": [
                figures(
                    figure(
                        tr, "2", "acteurs en stage d'immersion", "actors in an immersive internship"
                    ),
                    figure(
                        tr, "4", "membres engagées dans le projet", "members joined the project"
                    ),
                    figure(tr, "3", "membres figurantes", "members as extras"),
                    figure(tr, "1", "membre coach sur le tournage", "member as coach on set"),
                ),
                paragraph(
                    tr,
                    (
                        "Le projet a donné l'épisode 5 de la saison 2 de True Talk : « Déplacer la honte ».",
                        "The project led to True Talk season 2, episode 5: “Déplacer la honte” (shifting the shame).",
                    ),
                ),
            ],
            "themes": ["culture"],
            "funders": ["bonne_pioche"],
            "partners": [],
        },
        {
            "slug": ("ne-paie-pas-de-ta-vie", "dont-pay-with-your-life"),
            "title": tr.t("Don't pay with your life", "Don't pay with your life"),
            "years": (2020, 2022),
            "summary": tr.t(
                "Une campagne sur Facebook pour prévenir la traite chez les moins de 25 ans de l'État d'Edo, au Nigeria, coordonnée par ECPAT France.",
                "A Facebook campaign to prevent trafficking among under-25s in Edo State, Nigeria, coordinated by ECPAT France.",
            ),
            "objectives": tr.p(
                (
                    "Informer les jeunes de l'État d'Edo des risques de la traite, d'octobre 2020 à août 2022.",
                    "Inform young people in Edo State about the risks of trafficking, from October 2020 to August 2022.",
                ),
                (
                    "Le projet fait suite à « Packing » (2018-2019).",
                    "The project follows “Packing” (2018-2019).",
                ),
            ),
            "outcomes": [
                figures(
                    figure(
                        tr,
                        "12 000",
                        "jeunes environ dans la communauté de « Packing » (2018-2019)",
                        "young people, about, in the “Packing” community (2018-2019)",
                    ),
                    figure(
                        tr,
                        "4",
                        "web séries de Girls Power Initiative à Benin City",
                        "web series by Girls Power Initiative in Benin City",
                    ),
                    figure(
                        tr,
                        "6",
                        "témoignages recueillis par l'AFJ à Paris",
                        "testimonies by AFJ in Paris",
                    ),
                    figure(
                        tr,
                        "8",
                        "podcasts : la saison 1 de True Talk",
                        "podcasts: True Talk season 1",
                    ),
                ),
                paragraph(
                    tr,
                    (
                        "Une médiatrice a été formée à l'animation de communauté en ligne.",
                        "A mediator was trained in online community management.",
                    ),
                ),
            ],
            "themes": ["prevention"],
            "funders": ["ecpat"],
            "partners": ["afj", "ecpat", "gpi"],
        },
        {
            "slug": ("survivantes-actrices-du-travail-social", "empowering-survivors-social-work"),
            "title": tr.t(
                "Donner du pouvoir aux survivantes dans le travail social contre la traite",
                "Empowering survivors in social work against THB",
            ),
            "years": (2021, 2023),
            "summary": tr.t(
                "Avec l'association Organisez-vous, les membres de Mist ont appris à s'organiser ensemble. Elles ont écrit elles-mêmes le règlement intérieur.",
                "With the association Organisez-vous, Mist members learned to organise together. They wrote the bylaws themselves.",
            ),
            "objectives": tr.p(
                (
                    "Faire des survivantes des actrices des décisions qui les concernent.",
                    "Make survivors part of the decisions that concern them.",
                ),
            ),
            "outcomes": [
                bullet_list(
                    tr,
                    ("Des ateliers chaque mois.", "Workshops every month."),
                    (
                        "Des formations et un accompagnement individuel (coaching).",
                        "Training and individual coaching.",
                    ),
                    (
                        "Des groupes de travail toutes les deux semaines.",
                        "Working groups every two weeks.",
                    ),
                    (
                        "Les membres ont écrit le règlement intérieur.",
                        "The members wrote the bylaws.",
                    ),
                ),
            ],
            "themes": ["peers", "advocacy"],
            "funders": ["porticus"],
            "partners": ["organisez"],
        },
        {
            "slug": ("entre-pairs", "entre-pairs"),
            "title": tr.t(
                "Entre Pairs : le soutien par les paires pour les jeunes filles mineures, une approche nouvelle en protection de l'enfance",
                "Entre Pairs: peer support for minor girls, an innovative child-protection approach",
            ),
            "years": (2022, 2024),
            "summary": tr.t(
                "Des paires aidantes de Mist accompagnent des jeunes filles mineures, avec les professionnels de la protection de l'enfance.",
                "Mist peer helpers support minor girls, together with child-protection professionals.",
            ),
            "objectives": tr.p(
                (
                    "Mieux protéger les mineures victimes grâce à des personnes qui ont vécu la même chose.",
                    "Protect minor victims better, with people who lived the same thing.",
                ),
            ),
            "outcomes": [
                bullet_list(
                    tr,
                    (
                        "Co-accompagnement des mineures par des paires aidantes de Mist.",
                        "Co-accompaniment of minors by Mist peer helpers.",
                    ),
                    ("Des groupes de parole.", "Talk groups."),
                    (
                        "Formation des paires aidantes : conversation intentionnelle, stress, communication non violente, trauma, plaidoyer, vie affective et sexuelle.",
                        "Peer-helper training: intentional conversation, stress, non-violent communication, trauma, advocacy, emotional and sexual life.",
                    ),
                ),
            ],
            "themes": ["children", "peers"],
            "funders": ["dgcs"],
            "partners": [],
        },
        {
            "slug": ("eva", "eva"),
            "title": tr.t(
                "EVA – Identification précoce et protection des victimes de traite dans les zones frontalières",
                "EVA – Early identification and protection of Victims of trafficking in border Areas",
            ),
            "years": (2023, 2024),
            "summary": tr.t(
                "Un projet européen pour repérer plus tôt les victimes de traite aux frontières entre l'Italie et la France et entre l'Espagne et la France.",
                "A European project to identify trafficking victims earlier at the borders between Italy and France and between Spain and France.",
            ),
            "objectives": tr.p(
                (
                    "Repérer et protéger les victimes dès leur arrivée, aux frontières et dans les centres d'accueil.",
                    "Identify and protect victims as soon as they arrive, at the borders and in reception centres.",
                ),
            ),
            "outcomes": [
                figures(
                    figure(
                        tr,
                        "2",
                        "frontières : Italie–France et Espagne–France (Pays basque)",
                        "borders: Italy–France and Spain–France (Basque Country)",
                    ),
                    figure(
                        tr,
                        "3",
                        "régions pour les centres d'accueil : Île-de-France, Occitanie, Provence-Alpes-Côte d'Azur",
                        "regions for reception centres: Île-de-France, Occitanie, Provence-Alpes-Côte d'Azur",
                    ),
                ),
                paragraph(
                    tr,
                    (
                        "Save the Children Italy coordonne le projet.",
                        "Save the Children Italy coordinates the project.",
                    ),
                ),
            ],
            "themes": ["rights", "prevention"],
            "funders": ["fami"],
            "partners": ["stc_it", "agora", "arap", "fta", "stc_es", "veneto"],
        },
        {
            "slug": ("history-ourstory", "history-ourstory"),
            "title": tr.t("History/ourStory", "History/ourStory"),
            "years": (2022, 2023),
            "summary": tr.t(
                "Des ateliers autour de films pour parler d'histoire : l'esclavage, la ségrégation, les droits civiques, le racisme, le sexisme et les droits des femmes.",
                "Workshops built around films to talk about history: slavery, segregation, civil rights, racism, sexism and women's rights.",
            ),
            "objectives": tr.p(
                (
                    "Comprendre l'histoire pour mieux comprendre sa propre histoire.",
                    "Understand history to better understand one's own story.",
                ),
            ),
            "outcomes": [
                figures(
                    figure(tr, "28", "membres", "members"),
                    figure(tr, "15", "ateliers", "workshops"),
                    figure(tr, "7", "intervenants extérieurs", "outside speakers"),
                ),
                bullet_list(
                    tr,
                    (
                        "2022 : 7 ateliers sur l'esclavage, la ségrégation et les droits civiques.",
                        "2022: 7 workshops on slavery, segregation and civil rights.",
                    ),
                    (
                        "2023 : 8 ateliers sur le racisme, le sexisme et les droits des femmes.",
                        "2023: 8 workshops on racism, sexism and women's rights.",
                    ),
                ),
            ],
            "themes": ["culture"],
            "funders": [],
            "partners": [],
        },
        {
            "slug": ("la-force-du-groupe-en-sante-mentale", "strength-of-the-group-mental-health"),
            "title": tr.t(
                "La force du groupe en santé mentale",
                "The strength of the group in mental health",
            ),
            "years": (2023, 2024),
            "summary": tr.t(
                "Des rendez-vous individuels, des groupes de parole et des ateliers d'art-thérapie pour prendre soin de sa santé mentale, ensemble.",
                "Individual appointments, talk groups and art-therapy workshops to look after one's mental health, together.",
            ),
            "objectives": tr.p(
                (
                    "Offrir un soin psychologique qui s'appuie sur la force du groupe.",
                    "Offer psychological care that builds on the strength of the group.",
                ),
            ),
            "outcomes": [
                figures(
                    figure(
                        tr,
                        "150",
                        "rendez-vous individuels, pour 88 femmes",
                        "individual appointments, for 88 women",
                    ),
                    figure(
                        tr,
                        "32",
                        "femmes dans les groupes de parole et les ateliers",
                        "women in the talk groups and workshops",
                    ),
                    figure(tr, "27", "groupes de parole", "talk groups"),
                    figure(
                        tr,
                        "13",
                        "ateliers d'art-thérapie (danse, peinture, écriture, podcast)",
                        "art-therapy workshops (dance, painting, writing, podcast)",
                    ),
                    figure(tr, "4", "paires aidantes formées", "peer helpers trained"),
                ),
            ],
            "themes": ["health", "peers"],
            "funders": ["fdf"],
            "partners": [],
        },
        {
            "slug": ("mpeio", "mpeio"),
            "title": tr.t(
                "MPEIO : dispositif expérimental parisien pour identifier et orienter les victimes",
                "MPEIO: Paris experimental mechanism to identify and refer victims",
            ),
            "years": (2022, 2023),
            "summary": tr.t(
                "Un dispositif à Paris pour repérer les victimes et les orienter vers une protection, parfois dans une autre région.",
                "A mechanism in Paris to identify victims and refer them to protection, sometimes in another region.",
            ),
            "objectives": tr.ul(
                (
                    "Protéger les victimes et les aider à partir loin de Paris grâce au dispositif Ac.Sé.",
                    "Protect victims and help them move away from Paris through the Ac.Sé programme.",
                ),
                (
                    "Les aider à trouver une formation ou un travail dans une autre région.",
                    "Help them find training or work in another region.",
                ),
                (
                    "Soutenir les commissions départementales.",
                    "Support the departmental commissions.",
                ),
            ),
            "outcomes": [],
            "themes": ["rights", "work"],
            "funders": ["agrasc", "drdfe", "sdfe"],
            "partners": [],
        },
        {
            "slug": (
                "traite-nigeriane-et-protection-de-l-enfance",
                "nigerian-trafficking-child-protection",
            ),
            "title": tr.t(
                "Traite nigériane et protection de l'enfance",
                "Nigerian trafficking and child protection",
            ),
            "years": (2021, 2022),
            "summary": tr.t(
                "Les enfants des femmes victimes de traite sont aussi des victimes. Des anciennes victimes ont mené une éducation par les pairs et écrit des recommandations.",
                "The children of trafficked women are victims too. Former victims led peer education and wrote recommendations.",
            ),
            "objectives": tr.p(
                (
                    "Faire reconnaître les enfants des femmes victimes de traite comme des victimes collatérales, et mieux les protéger.",
                    "Have the children of trafficked women recognised as collateral victims, and protect them better.",
                ),
            ),
            "outcomes": [
                paragraph(
                    tr,
                    (
                        "Un document de recommandations : « Comment protéger l'enfance ? ».",
                        "A recommendations document: “Comment protéger l'enfance ?” (how to protect children).",
                    ),
                ),
            ],
            "documents": [
                ("Comment protéger l'enfance ?", ["Recommandations de Mist, 2021-2022."])
            ],
            "themes": ["children", "prevention"],
            "funders": ["fdf"],
            "partners": [],
        },
        {
            "slug": ("true-talk", "true-talk"),
            "title": tr.t("True Talk", "True Talk"),
            "years": (2021, 2024),
            "summary": tr.t(
                "Des podcasts faits par de petits groupes de membres : elles animent des groupes de parole et s'enregistrent elles-mêmes.",
                "Podcasts made by small groups of members: they run talk groups and record themselves.",
            ),
            "objectives": tr.p(
                (
                    "Libérer la parole et partager des solutions pour la santé mentale.",
                    "Free speech and share solutions for mental health.",
                ),
            ),
            "outcomes": [
                figures(
                    figure(tr, "8", "épisodes dans la saison 1", "episodes in season 1"),
                ),
            ],
            "themes": ["health", "culture"],
            "funders": [],
            "partners": [],
        },
    ]


def load(stdout):
    ensure_locales()
    tr = Pairs()
    themes = ensure_themes(tr)
    organisations = ensure_organisations(tr)
    home = french_home()
    index, _created = ensure_page(
        home,
        ProjectIndexPage,
        tr.t("projets", "projects"),
        title=tr.t("Projets", "Projects"),
        introduction=tr.t(
            "Tous les projets menés par Mist depuis 2020. Vous pouvez les trier par thème, financeur, année ou statut.",
            "Every project Mist has carried out since 2020. You can narrow them down by theme, funder, year or status.",
        ),
        show_in_menus=True,
    )
    translate(index, tr)
    for number, data in enumerate(projects_data(tr)):
        project = ensure_project(tr, index, data, number, themes, organisations)
        translate(project, tr)
    stdout.write(f"  {ProjectPage.objects.count()} project pages (both languages)")


def ensure_themes(tr):
    fr = ensure_locales()[0]
    themes = {}
    for key, (slug_fr, name_fr, slug_en, name_en) in THEMES.items():
        theme = Theme.objects.filter(locale=fr, slug=slug_fr).first()
        if theme is None:
            theme = Theme.objects.create(locale=fr, slug=slug_fr, name=name_fr)
        pairs = Pairs()
        pairs.t(name_fr, name_en)
        pairs.t(slug_fr, slug_en)
        translate(theme, pairs)
        themes[key] = theme
    return themes


def ensure_organisations(tr):
    fr = ensure_locales()[0]
    organisations = {}
    for key, (name_fr, name_en, kind, country_fr, country_en, website) in ORGANISATIONS.items():
        organisation = Organisation.objects.filter(locale=fr, name=name_fr).first()
        if organisation is None:
            organisation = Organisation.objects.create(
                locale=fr, name=name_fr, kind=kind, country=country_fr, website=website
            )
        pairs = Pairs()
        pairs.t(name_fr, name_en)
        if country_fr:
            pairs.t(country_fr, country_en)
        translate(organisation, pairs)
        organisations[key] = organisation
    return organisations


def ensure_project(tr, index, data, number, themes, organisations):
    from home.demo_documents import ensure_pdf

    slug = tr.t(*data["slug"])
    existing = index.get_children().filter(slug=slug).specific().first()
    if existing is not None:
        return existing
    start, end = data["years"]
    palette = number % len(PALETTES)
    image = ensure_image(
        f"Projet — {data['title'][:60]}",
        "",
        PALETTES[palette],
        size=(960, 540),
        shape="circles" if number % 2 else "bands",
    )
    documents = [
        ("document", ensure_pdf(title, lines)) for title, lines in data.get("documents", [])
    ]
    project, _created = ensure_page(
        index,
        ProjectPage,
        slug,
        title=data["title"],
        summary=data["summary"],
        start_year=start,
        end_year=end,
        status=ProjectPage.Status.COMPLETED,
        objectives=data["objectives"],
        outcomes=data["outcomes"],
        documents=documents,
        image=image,
        image_alt=tr.t(
            f"Illustration : {COLOURS_FR[palette]}", f"Illustration: {COLOURS_EN[palette]}"
        ),
        project_themes=[ProjectTheme(theme=themes[key]) for key in data["themes"]],
        project_funders=[ProjectFunder(organisation=organisations[key]) for key in data["funders"]],
        project_partners=[
            ProjectPartner(organisation=organisations[key]) for key in data["partners"]
        ],
    )
    return project
