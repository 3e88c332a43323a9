"""Demo content of the public shell (facts from shared/content-facts.md, sentences our own)."""

import datetime

from wagtail.models import Page, Site

from home.demo_tools import (
    Pairs,
    ensure_locales,
    ensure_page,
    refresh_translation,
    translate,
)
from home.models import ContentPage, FooterText, HomePage, Person, SiteSettings, TeamPage
from home.models.pages import TimelinePage


def rt(value):
    """A rich-text block value for StreamField raw data."""
    return {"type": "paragraph", "value": value}


def heading(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def settings_block(kind):
    """A block that shows the site settings (helplines, contact details, publisher…)."""
    return {"type": kind, "value": None}


def call_to_action(title, text, label, page):
    return {
        "type": "call_to_action",
        "value": {"title": title, "text": text, "link": {"label": label, "page": page.pk}},
    }


def load(stdout):
    fr, en = ensure_locales()
    tr = Pairs()
    home, home_created = ensure_home(tr, fr)
    configure_site(home)
    about = about_page(tr, home)
    team = team_page(tr, home)
    victims = victims_page(tr, home)
    professionals = professionals_page(tr, home)
    advocacy = advocacy_page(tr, home)
    membership = membership_page(tr, home)
    contact = contact_page(tr, home)
    support = support_page(tr, home, membership, contact)
    legal = legal_pages(tr, home)
    add_calls_to_action(tr, home, victims, professionals, membership)
    translate(home, tr)
    pages = [about, team, victims, professionals, advocacy, membership, contact, support, *legal]
    for page in pages:
        translate_tree(page, tr)
    if home_created:
        # The English home was translated before the pages its links point to existed.
        refresh_translation(home, tr)
    people(tr)
    footer(tr)
    stdout.write(f"  {Page.objects.count()} pages in the tree")


def translate_tree(page, tr):
    translate(page, tr)
    for child in page.get_children().specific():
        translate_tree(child, tr)


def ensure_home(tr, fr):
    existing = HomePage.objects.filter(locale=fr).first()
    if existing is not None:
        return existing, False
    root = Page.get_first_root_node()
    home = HomePage(
        title=tr.t("Mist", "Mist"),
        slug=tr.t("accueil", "home"),
        locale=fr,
        seo_title=tr.t(
            "Mist — contre la traite des êtres humains",
            "Mist — against human trafficking",
        ),
        introduction=tr.t(
            "Mission d'intervention et de sensibilisation contre la traite des êtres humains.",
            "Mission for intervention and awareness against human trafficking.",
        ),
        mission=tr.p(
            (
                "Nous sommes des femmes qui ont vécu le proxénétisme ou la traite à des fins "
                "d'exploitation sexuelle. Nous aidons d'autres victimes à être reconnues, "
                "protégées et à trouver leur place.",
                "We are women who went through pimping or trafficking for sexual exploitation. "
                "We help other victims to be recognised, protected and to find their place.",
            ),
            (
                "Mist est basée à Paris et agit dans toute la France depuis janvier 2020.",
                "Mist is based in Paris and has worked across France since January 2020.",
            ),
        ),
        key_facts=[
            (
                "fact",
                {
                    "number": "2020",
                    "label": tr.t(
                        "création de l'association, à Paris",
                        "the association was founded, in Paris",
                    ),
                },
            ),
            (
                "fact",
                {
                    "number": "1re",
                    "label": tr.t(
                        "association de femmes victimes de traite en France",
                        "association of trafficked women in France (the first)",
                    ),
                },
            ),
            (
                "fact",
                {
                    "number": "½",
                    "label": tr.t(
                        "du bureau au moins : des paires, survivantes",
                        "of the executive board at least: peer members, survivors",
                    ),
                },
            ),
            ("fact", {"number": "13", "label": tr.t("projets menés", "projects carried out")}),
        ],
        highlight_title=tr.t(
            "VoiceOver — « Plus que leurs histoires »", "VoiceOver — “More than their stories”"
        ),
        highlight_text=tr.p(
            (
                "On demande souvent leur histoire aux survivantes, puis on les laisse hors des "
                "décisions. VoiceOver forme les survivantes et les aide à prendre des "
                "responsabilités, pour changer la façon dont les décisions sont prises.",
                "Survivors are often asked for their story, then left out of decisions. "
                "VoiceOver trains survivors and helps them take on leadership, to change how "
                "decisions are made.",
            ),
        ),
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    return home, True


def configure_site(home):
    from mist_site.seo.addresses import site_record_address

    hostname, port = site_record_address()  # the Site record names SITE_BASE_URL's host
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name="Mist"
        )
    elif site.root_page_id != home.id:
        old_root = site.root_page
        site.root_page = home
        site.site_name = "Mist"
        site.save()
        if old_root.depth == 2 and not isinstance(old_root.specific, HomePage):
            old_root.delete()  # Wagtail's "Welcome" page
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()  # save(), not update(): Wagtail clears its cached site root paths
    settings = SiteSettings.load()
    if not settings.instagram_url:
        settings.instagram_url = "https://www.instagram.com/associationmist/"
        settings.youtube_url = "https://www.youtube.com/@associationmist"
        settings.tiktok_url = "https://www.tiktok.com/@associationmist"
        settings.save()


def add_calls_to_action(tr, home, victims, professionals, membership):
    """Set once: the calls to action point at pages created after the home page."""
    if home.calls_to_action:
        return
    home.calls_to_action = [
        (
            "call_to_action",
            {
                "title": tr.t("Vous avez besoin d'aide ?", "Do you need help?"),
                "text": tr.t(
                    "Informations sur vos droits, soutien par des paires, rendez-vous.",
                    "Information on your rights, support from peers, appointments.",
                ),
                "link": {"label": tr.t("Trouver de l'aide", "Find help"), "page": victims},
            },
        ),
        (
            "call_to_action",
            {
                "title": tr.t("Vous êtes professionnel·le ?", "Are you a professional?"),
                "text": tr.t(
                    "Formations et accompagnement pour les équipes qui rencontrent des victimes.",
                    "Training and support for teams who meet victims.",
                ),
                "link": {
                    "label": tr.t("Nos formations et le devis", "Our training and a quote"),
                    "page": professionals,
                },
            },
        ),
        (
            "call_to_action",
            {
                "title": tr.t("Vous voulez nous rejoindre ?", "Do you want to join us?"),
                "text": tr.t("Devenir membre de Mist.", "Become a member of Mist."),
                "link": {"label": tr.t("Devenir membre", "Become a member"), "page": membership},
            },
        ),
    ]
    home.save_revision().publish()


PURPOSES = [
    (
        "Lutter contre la traite à des fins d'exploitation sexuelle et aider les victimes, dans une "
        "démarche de santé communautaire et participative.",
        "Fight trafficking for sexual exploitation and help its victims, through participatory "
        "community health.",
    ),
    (
        "Repérer, identifier, mettre à l'abri et accompagner les victimes de traite et de "
        "proxénétisme, majeures et mineures, quel que soit leur genre.",
        "Detect, identify, shelter and support victims of trafficking and pimping, adults and "
        "minors, of any gender.",
    ),
    (
        "Mener toutes les actions sociales, juridiques et administratives liées à ce but.",
        "Carry out all the social, legal and administrative work linked to this aim.",
    ),
    (
        "Travailler avec la santé communautaire et la médiation par les paires : objectifs, "
        "conduite, évaluation et résultats sont partagés, le savoir comme le pouvoir.",
        "Work with community health and peer mediation: aims, conduct, evaluation and results "
        "are shared, knowledge as well as power.",
    ),
    (
        "Défendre les droits des victimes (santé, protection, insertion) et lutter contre le "
        "racisme, les discriminations et l'exclusion.",
        "Defend victims' rights (health, protection, inclusion) and fight racism, discrimination "
        "and exclusion.",
    ),
    (
        "Améliorer la santé des victimes par l'action collective et en faisant évoluer les normes "
        "du groupe.",
        "Improve victims' health through collective action and by changing the group's norms.",
    ),
    (
        "Favoriser l'autonomie, surtout l'indépendance économique : éducation, formation, accès à "
        "l'emploi.",
        "Support autonomy, above all economic independence: education, training, access to jobs.",
    ),
    (
        "Aider toute personne qui souhaite sortir de la prostitution.",
        "Help anyone who wants to leave prostitution.",
    ),
    (
        "Accompagner les victimes, se porter partie civile devant les juridictions nationales et "
        "européennes, et signer des conventions avec des structures qui ont les mêmes buts.",
        "Support victims, act as a civil party before national and European courts, and sign "
        "agreements with organisations that share these aims.",
    ),
]


def about_page(tr, home):
    page, _ = ensure_page(
        home,
        ContentPage,
        tr.t("qui-sommes-nous", "about-us"),
        title=tr.t("Qui sommes-nous", "About us"),
        show_in_menus=True,
        introduction=tr.t(
            "Mist est la première association de femmes victimes de traite en France.",
            "Mist is the first association of trafficked women in France.",
        ),
        body=[
            rt(
                tr.p(
                    (
                        "Mist a été créée en janvier 2020 à Paris par une équipe aux métiers variés. "
                        "Nous sommes un collectif de femmes qui ont été victimes de proxénétisme ou de "
                        "traite à des fins d'exploitation sexuelle.",
                        "Mist was founded in January 2020 in Paris by a team with many skills. We are a "
                        "collective of women who were victims of pimping or of trafficking for sexual "
                        "exploitation.",
                    ),
                    (
                        "Notre expérience devient une aide pour les autres : médiation par les paires, "
                        "santé communautaire, méthodes participatives.",
                        "Our experience becomes help for others: peer mediation, community health, "
                        "participatory methods.",
                    ),
                    (
                        "Au moins la moitié du bureau est composée de paires, des survivantes. La moitié "
                        "du bureau a été victime de traite en étant mineure.",
                        "At least half of the executive board are peers, survivors. Half of the "
                        "executive board were trafficked as minors.",
                    ),
                )
            ),
            heading(tr.t("Ce que nous avons déjà fait", "What we have already done")),
            rt(
                tr.ul(
                    (
                        "Dès la première année, des membres parties civiles ont obtenu la plus lourde "
                        "condamnation jamais prononcée en France pour des faits de traite.",
                        "In our first year, members acting as civil parties won the heaviest conviction "
                        "ever handed down in France for trafficking offences.",
                    ),
                    (
                        "Avec le Barreau de Paris, nous allons à la rencontre des personnes dans un lieu "
                        "de prostitution parisien, avec des médiatrices nigérianes et les avocats "
                        "bénévoles du Bus Paris Solidarité (BPS).",
                        "With the Paris Bar, we reach out to people in a Paris prostitution area, with "
                        "Nigerian peer mediators and the volunteer lawyers of the Bus Paris Solidarité "
                        "(BPS).",
                    ),
                    (
                        "Mist figure sur la liste des administrateurs ad hoc de la cour d'appel de "
                        "Paris : nous accompagnons des victimes mineures en justice.",
                        "Mist is on the list of legal guardians (administrateurs ad hoc) of the Paris "
                        "Court of Appeal: we support minor victims in court.",
                    ),
                    (
                        "Nous sommes le premier orienteur en France vers le dispositif national Ac.Sé, "
                        "qui éloigne de la région parisienne les victimes en danger (décret "
                        "n° 2007-1352 du 13 septembre 2007).",
                        "We are France's leading referral service for the Ac.Sé national programme, "
                        "which moves victims in danger away from the Paris region (decree no. 2007-1352 "
                        "of 13 September 2007).",
                    ),
                    (
                        "Nous participons aux groupes de travail de la MIPROF et sommes membres de "
                        "GAATW, La Strada International et Beyond Borders.",
                        "We take part in MIPROF working groups and are members of GAATW, La Strada "
                        "International and Beyond Borders.",
                    ),
                )
            ),
            heading(tr.t("Nos 9 buts, selon nos statuts", "Our 9 aims, from our statutes")),
            rt(tr.ul(*PURPOSES, ordered=True)),
        ],
    )
    return page


def team_page(tr, home):
    page, _ = ensure_page(
        home,
        TeamPage,
        tr.t("equipe", "team"),
        title=tr.t("Équipe", "Team"),
        show_in_menus=True,
        introduction=tr.t(
            "Les personnes qui font vivre Mist. Les membres paires du bureau ne sont pas "
            "nommées ici, pour leur sécurité.",
            "The people who run Mist. The peer members of the board are not named here, for "
            "their safety.",
        ),
    )
    ensure_page(
        page,
        ContentPage,
        tr.t("gouvernance", "governance"),
        title=tr.t("Gouvernance", "Governance"),
        introduction=tr.t("Qui choisit qui, à Mist.", "Who chooses whom at Mist."),
        body=[
            {
                "type": "governance",
                "value": {
                    "title": tr.t("Du collectif à l'équipe", "From the collective to the team"),
                    "levels": [
                        {
                            "name": tr.t("Les membres", "The members"),
                            "composition": tr.t(
                                "Réunies en assemblée générale", "Meeting in the general assembly"
                            ),
                            "how_chosen": tr.t(
                                "Elles élisent le conseil d'administration.",
                                "They elect the board.",
                            ),
                        },
                        {
                            "name": tr.t("Le conseil d'administration", "The board"),
                            "composition": tr.t(
                                "7 à 9 personnes, au moins la moitié membres actives",
                                "7 to 9 people, at least half of them active members",
                            ),
                            "how_chosen": tr.t(
                                "Il élit le bureau.", "It elects the executive board."
                            ),
                        },
                        {
                            "name": tr.t("Le bureau", "The executive board"),
                            "composition": tr.t(
                                "Présidente, secrétaire générale, trésorier",
                                "President, general secretary, treasurer",
                            ),
                            "how_chosen": tr.t(
                                "Il recrute la direction.", "It recruits the direction."
                            ),
                        },
                        {
                            "name": tr.t("La direction", "The direction"),
                            "composition": "",
                            "how_chosen": tr.t(
                                "Elle recrute l'équipe salariée.", "It recruits the salaried team."
                            ),
                        },
                        {
                            "name": tr.t("L'équipe salariée", "The salaried team"),
                            "composition": tr.t(
                                "Dont des membres actives dans le groupe de soutien par les paires",
                                "Including active members in the peer-support group",
                            ),
                            "how_chosen": "",
                        },
                    ],
                },
            }
        ],
    )
    return page


def victims_page(tr, home):
    page, _ = ensure_page(
        home,
        ContentPage,
        tr.t("accompagnement-des-victimes", "support-for-victims"),
        title=tr.t("Accompagnement des victimes", "Support for victims"),
        show_in_menus=True,
        introduction=tr.t(
            "Vous êtes ou avez été victime de traite ou de proxénétisme ? Nous pouvons vous "
            "aider. C'est gratuit et confidentiel.",
            "Are you, or were you, a victim of trafficking or pimping? We can help you. It is "
            "free and confidential.",
        ),
        body=[
            heading(tr.t("Ce que nous proposons", "What we offer")),
            rt(
                tr.ul(
                    (
                        "Des informations sur vos droits et sur les démarches possibles.",
                        "Information on your rights and on the steps you can take.",
                    ),
                    (
                        "Le soutien de paires : des femmes qui ont vécu la même chose.",
                        "Support from peers: women who went through the same thing.",
                    ),
                    ("Des groupes de parole et des ateliers.", "Talk groups and workshops."),
                    (
                        "Un rendez-vous avec une personne de l'équipe.",
                        "An appointment with a member of the team.",
                    ),
                )
            ),
            heading(tr.t("Votre sécurité", "Your safety")),
            rt(
                tr.p(
                    (
                        "Si quelqu'un surveille votre téléphone, utilisez le bouton « Quitter vite ce "
                        "site » en haut de chaque page, ou appuyez trois fois sur la touche Maj.",
                        "If someone checks your phone, use the “Leave this site quickly” button at the "
                        "top of every page, or press the Shift key three times.",
                    ),
                )
            ),
            settings_block("helplines"),
        ],
    )
    return page


def professionals_page(tr, home):
    page, _ = ensure_page(
        home,
        ContentPage,
        tr.t("formations-pour-professionnels", "training-for-professionals"),
        title=tr.t("Formations pour professionnels", "Training for professionals"),
        show_in_menus=True,
        introduction=tr.t(
            "Vous rencontrez des victimes de traite dans votre travail ? Nous formons et "
            "accompagnons les équipes.",
            "Do you meet trafficking victims in your work? We train and support teams.",
        ),
        body=[
            rt(
                tr.p(
                    (
                        "Nos formations s'adressent aux bénévoles, aux travailleurs sociaux et aux "
                        "équipes éducatives, qui travaillent avec des mineurs ou des adultes.",
                        "Our training is for volunteers, social workers and educational teams working "
                        "with minors or adults.",
                    ),
                )
            ),
            heading(tr.t("Nos offres", "What we offer")),
            rt(
                tr.ul(
                    ("Formation initiale.", "Initial training."),
                    ("Formation continue, à la demande.", "Continued training, on request."),
                    ("Dispositifs d'accompagnement dans la durée.", "Long-term support schemes."),
                    (
                        "Groupes d'analyse de la pratique (de type Balint).",
                        "Analysis-of-practice groups (Balint type).",
                    ),
                    ("Protocoles de co-accompagnement.", "Co-accompaniment protocols."),
                )
            ),
            heading(tr.t("Les thèmes", "Topics")),
            rt(
                tr.ul(
                    ("Comprendre des situations complexes.", "Understanding complex situations."),
                    (
                        "L'accès aux droits : asile, justice, protection de l'enfance, réparation.",
                        "Access to rights: asylum, justice, child protection, reparation.",
                    ),
                    (
                        "Faire face au traumatisme dans la relation d'aide.",
                        "Coping with trauma in helping work.",
                    ),
                )
            ),
        ],
    )
    return page


RECOMMENDATIONS = [
    (
        "2021-01-19",
        "day",
        "Audition par la CNCDH",
        "Hearing by the CNCDH",
        "Pour son rapport sur la prostitution et la traite des mineurs.",
        "For its report on the prostitution and trafficking of minors.",
    ),
    (
        "2021-02-06",
        "day",
        "Audition par le GRETA (Conseil de l'Europe)",
        "Hearing by GRETA (Council of Europe)",
        "Dans le cadre du 3e cycle d'évaluation de la France.",
        "As part of the 3rd evaluation round of France.",
    ),
    (
        "2021-03-04",
        "day",
        "Audition par le groupe de travail sur la prostitution des mineurs",
        "Hearing by the work group on the prostitution of minors",
        "Dans le cadre du plan de lutte contre les violences faites aux enfants 2020-2022.",
        "As part of the plan against violence to children 2020-2022.",
    ),
    (
        "2021-04-15",
        "day",
        "La CNCDH recommande de travailler avec des médiatrices paires",
        "The CNCDH recommends working with peer mediators",
        "Pour repérer et accompagner les mineurs en situation de prostitution (recommandation "
        "n° 7).",
        "To identify and support minors in prostitution (Recommendation no. 7).",
    ),
    (
        "2021-11-15",
        "day",
        "Premier plan national contre la prostitution des mineurs",
        "France's first national plan against the prostitution of minors",
        "Le plan est lancé.",
        "The plan is launched.",
    ),
    (
        "2022-02-18",
        "day",
        "Le GRETA publie son 3e rapport sur la France",
        "GRETA publishes its 3rd report on France",
        "Le rapport d'évaluation est rendu public.",
        "The evaluation report is made public.",
    ),
    (
        "2023-03-01",
        "month",
        "Contribution pour le Rapporteur spécial de l'ONU",
        "Contribution to the UN Special Rapporteur",
        "Sur les formes contemporaines d'esclavage : le sans-abrisme comme cause et conséquence.",
        "On contemporary forms of slavery: homelessness as cause and consequence.",
    ),
    (
        "2023-06-01",
        "month",
        "Groupes de travail interministériels",
        "Interministerial work groups",
        "Pour le 3e plan national d'action contre la traite (MIPROF) et la 1re stratégie "
        "nationale contre le système prostitutionnel.",
        "For the 3rd national action plan against trafficking (MIPROF) and the 1st national "
        "strategy against the prostitution system.",
    ),
]

COLLECTIVE = [
    (
        "2012-11-30",
        "day",
        "Décision de créer la MIPROF",
        "Decision to create MIPROF",
        "Le comité interministériel aux droits des femmes décide de créer la MIPROF : décret du "
        "3 janvier 2013 (n° 2013-7), modifié le 11 août 2016 ; arrêté du 17 octobre 2016 qui "
        "nomme son comité d'orientation.",
        "The interministerial committee on women's rights decides to create MIPROF: decree of "
        "3 January 2013 (no. 2013-7), amended on 11 August 2016; order of 17 October 2016 "
        "appointing its steering committee.",
    ),
    (
        "2013-01-28",
        "day",
        "Premier rapport du GRETA sur la France",
        "GRETA's first report on France",
        "Lettre à la ministre des Droits des femmes, rencontre le 25 juillet 2013, puis "
        "recommandations au coordinateur national (Eric Panloup) et à la secrétaire générale de "
        "la MIPROF (Elisabeth Moiron-Braud).",
        "Letter to the Minister for Women's Rights, meeting on 25 July 2013, then "
        "recommendations to the national coordinator (Eric Panloup) and to MIPROF's secretary "
        "general (Elisabeth Moiron-Braud).",
    ),
    (
        "2014-02-01",
        "month",
        "Travail sur le texte du plan national",
        "Work on the national plan's text",
        "Texte reçu le 30 janvier 2014, rencontre avec le cabinet de la ministre le 3 février "
        "2014.",
        "Text received on 30 January 2014, meeting with the minister's office on 3 February 2014.",
    ),
    (
        "2014-04-01",
        "month",
        "Relances au gouvernement",
        "Reminders to the government",
        "Lettres aux Premiers ministres Ayrault et Valls, et aux ministres de la Justice, de "
        "l'Intérieur, de l'Éducation et des Affaires sociales.",
        "Letters to Prime Ministers Ayrault and Valls, and to the ministers of Justice, the "
        "Interior, Education and Social Affairs.",
    ),
    (
        "2014-05-14",
        "day",
        "Plan d'action national contre la traite 2014-2016",
        "National action plan against trafficking 2014-2016",
        "Présenté en Conseil des ministres. Réaction du collectif et lettre au Président de la "
        "République.",
        "Presented in the Council of Ministers. The collective's reaction and a letter to the "
        "President.",
    ),
]


def timeline_entries(tr, rows, documents=False):
    from home.demo_documents import ensure_pdf

    entries = []
    for day, precision, title_fr, title_en, text_fr, text_en in rows:
        docs = []
        if documents:
            docs = [ensure_pdf(f"{day} — {title_fr}", [title_fr, text_fr])]
        entries.append(
            (
                "entry",
                {
                    "date": datetime.date.fromisoformat(day),
                    "precision": precision,
                    "title": tr.t(title_fr, title_en),
                    "text": tr.p((text_fr, text_en)),
                    "documents": docs,
                    "links": [],
                },
            )
        )
    return entries


def advocacy_page(tr, home):
    page, _ = ensure_page(
        home,
        ContentPage,
        tr.t("plaidoyer", "advocacy"),
        title=tr.t("Plaidoyer", "Advocacy"),
        show_in_menus=True,
        introduction=tr.t(
            "Nous portons la voix des victimes auprès des pouvoirs publics.",
            "We bring victims' voices to the public authorities.",
        ),
        body=[
            rt(
                tr.p(
                    (
                        "Mist participe aux groupes de travail de la MIPROF, au mécanisme national "
                        "d'identification et d'orientation (MNIO), au comité de pilotage du dispositif "
                        "expérimental parisien de protection des mineurs victimes et à l'enquête sur les "
                        "victimes suivies par les associations (SSMSI et MIPROF).",
                        "Mist takes part in MIPROF's working groups, the national identification and "
                        "referral mechanism (MNIO), the steering committee of the Paris experimental "
                        "mechanism protecting minor victims, and the survey of victims supported by "
                        "associations (SSMSI and MIPROF).",
                    )
                )
            )
        ],
    )
    ensure_page(
        page,
        TimelinePage,
        tr.t("recommandations", "recommendations"),
        title=tr.t(
            "Nos recommandations aux pouvoirs publics", "Our recommendations to public authorities"
        ),
        introduction=tr.t(
            "Les auditions et contributions de Mist, par date.",
            "Mist's hearings and contributions, by date.",
        ),
        entries=timeline_entries(tr, RECOMMENDATIONS),
    )
    ensure_page(
        page,
        TimelinePage,
        tr.t("collectif", "collective"),
        title=tr.t(
            "Collectif « Ensemble contre la traite des êtres humains »",
            "The “Together against human trafficking” collective",
        ),
        introduction=tr.t(
            "Le dossier de plaidoyer du collectif coordonné par le Secours Catholique : "
            "lettres et rapports à télécharger.",
            "The advocacy dossier of the collective coordinated by Secours Catholique: "
            "letters and reports to download.",
        ),
        entries=timeline_entries(tr, COLLECTIVE, documents=True),
    )
    return page


def membership_page(tr, home):
    page, _ = ensure_page(
        home,
        ContentPage,
        tr.t("devenir-membre", "become-a-member"),
        title=tr.t("Devenir membre", "Become a member"),
        show_in_menus=True,
        introduction=tr.t(
            "Mist est ouverte aux victimes de traite à des fins d'exploitation sexuelle qui "
            "veulent lutter contre elle.",
            "Mist is open to victims of trafficking for sexual exploitation who want to fight it.",
        ),
        body=[
            heading(tr.t("Comment faire", "How to join")),
            rt(
                tr.ul(
                    ("Rencontrer une personne de l'équipe.", "Meet a member of the team."),
                    (
                        "Signer le règlement intérieur : vous devenez membre tout de suite.",
                        "Sign the bylaws: you become a member straight away.",
                    ),
                    (
                        "Participer à un ou plusieurs groupes de parole.",
                        "Take part in one or more talk groups.",
                    ),
                    ("Rester en contact avec la communauté.", "Stay in touch with the community."),
                    ordered=True,
                )
            ),
            rt(
                tr.p(
                    (
                        "Une autre association peut aussi vous orienter vers nous. Un livret d'accueil, "
                        "écrit par les membres actives, vous explique tout.",
                        "Another association can also refer you to us. A welcome booklet, written by "
                        "the active members, explains everything.",
                    ),
                )
            ),
        ],
    )
    return page


def contact_page(tr, home):
    """E-mail and what editors fill in the site settings; the appointment button is added by
    the enquiries app's demo, which creates the form."""
    page, _ = ensure_page(
        home,
        ContentPage,
        "contact",
        title=tr.t("Contact", "Contact"),
        show_in_menus=True,
        show_in_footer=True,
        introduction=tr.t(
            "Écrivez-nous, ou demandez un rendez-vous. C'est gratuit et confidentiel.",
            "Write to us, or ask for an appointment. It is free and confidential.",
        ),
        body=[settings_block("contact_details"), settings_block("helplines")],
    )
    return page


def support_page(tr, home, membership, contact):
    page, _ = ensure_page(
        home,
        ContentPage,
        tr.t("soutenir-mist", "support-mist"),
        title=tr.t("Soutenir Mist", "Support Mist"),
        show_in_menus=True,
        introduction=tr.t(
            "Rejoindre l'association, donner de votre temps, nous aider à continuer.",
            "Join the association, give your time, help us carry on.",
        ),
        body=[
            call_to_action(
                tr.t("Devenir membre", "Become a member"),
                tr.t(
                    "Mist est ouverte aux victimes de traite à des fins d'exploitation sexuelle "
                    "qui veulent lutter contre elle.",
                    "Mist is open to victims of trafficking for sexual exploitation who want to "
                    "fight it.",
                ),
                tr.t("Comment devenir membre", "How to become a member"),
                membership,
            ),
            call_to_action(
                tr.t("Donner de votre temps", "Give your time"),
                tr.t(
                    "Vous voulez aider Mist par votre temps ou vos compétences ? Écrivez-nous.",
                    "Would you like to help Mist with your time or your skills? Write to us.",
                ),
                tr.t("Nous écrire", "Write to us"),
                contact,
            ),
            settings_block("support_links"),
        ],
    )
    return page


QUICK_EXIT = [
    (
        "En haut de chaque page, le bouton « Quitter vite ce site » reste visible, même quand "
        "vous faites défiler la page. Si vous l'utilisez, la page devient blanche tout de suite, "
        "puis un site neutre (la météo) s'ouvre à sa place, dans le même onglet.",
        "At the top of every page, the “Leave this site quickly” button stays visible, even "
        "when you scroll. If you use it, the page turns blank at once, then a neutral site "
        "(the weather) opens in its place, in the same tab.",
    ),
    (
        "Sur un ordinateur, vous pouvez aussi appuyer trois fois de suite sur la touche Maj "
        "(Shift), en moins de 5 secondes.",
        "On a computer, you can also press the Shift key three times in a row, within 5 seconds.",
    ),
    (
        "Le site neutre remplace la page de Mist que vous lisiez : le bouton « Retour » ne vous y "
        "ramène pas. Mais les autres pages de Mist que vous avez vues avant restent dans "
        "l'historique du navigateur.",
        "The neutral site replaces the Mist page you were reading: the Back button does not "
        "take you back to it. But the other Mist pages you saw before stay in the browser's "
        "history.",
    ),
    (
        "Pour ne laisser aucune trace, utilisez la navigation privée, ou effacez l'historique "
        "de votre navigateur après votre visite.",
        "To leave no trace, use private browsing, or clear your browser's history after your "
        "visit.",
    ),
]

LEGAL_NOTICE = [
    (
        "Ce site est publié par l'association Mist. Les informations ci-dessus sont celles "
        "que la loi française demande à l'éditeur d'un site (loi du 21 juin 2004 pour la "
        "confiance dans l'économie numérique, article 6).",
        "This site is published by the Mist association. The details above are those French "
        "law asks of a site's publisher (law of 21 June 2004 on confidence in the digital "
        "economy, article 6).",
    ),
    (
        "Pour toute question sur le site, écrivez-nous à l'adresse ci-dessus.",
        "For any question about the site, write to us at the address above.",
    ),
]

PRIVACY_INTRO = [
    (
        "Le responsable des données est l'association Mist (voir les mentions légales). Pour "
        "toute question sur vos données, écrivez-nous à l'adresse ci-dessous.",
        "The controller of your data is the Mist association (see the legal notice). For any "
        "question about your data, write to us at the address below.",
    ),
]

PRIVACY_COOKIES = [
    (
        "Ce site n'a ni publicité, ni mesure d'audience, ni traceur. Il ne charge rien depuis "
        "d'autres sites.",
        "This site has no ads, no audience measurement and no trackers. It loads nothing from "
        "other sites.",
    ),
    (
        "Les pages publiques ne déposent aucun cookie. Les pages avec un formulaire (rendez-vous, "
        "devis, adhésion, connexion) déposent un seul cookie, « csrftoken », qui protège le formulaire "
        "contre les envois frauduleux. Il est effacé quand vous fermez le navigateur.",
        "Public pages set no cookie. Pages with a form (appointment, quote, membership, login) set a "
        "single cookie, “csrftoken”, which protects the form against forged submissions. It "
        "is deleted when you close the browser.",
    ),
    (
        "Quand une membre se connecte, un cookie de session, « sessionid », la garde connectée. "
        "La session se ferme après 30 minutes sans activité ; le cookie expire au plus tard 2 "
        "heures après la dernière page vue. Avec la case « téléphone partagé », il est effacé "
        "dès que le navigateur se ferme.",
        "When a member logs in, a session cookie, “sessionid”, keeps her logged in. The "
        "session ends after 30 minutes without activity; the cookie expires at the latest 2 "
        "hours after the last page seen. With the “shared phone” box, it is deleted as soon "
        "as the browser closes.",
    ),
    (
        "Ces cookies sont strictement nécessaires : ils ne demandent pas votre accord.",
        "These cookies are strictly necessary: they do not need your consent.",
    ),
]

PRIVACY_FORMS = [
    (
        "Demande de rendez-vous : un prénom ou un pseudonyme, un moyen de vous joindre, et "
        "votre message si vous en écrivez un. But : vous répondre et vous accompagner. Base "
        "légale : votre consentement, que vous pouvez retirer à tout moment.",
        "Appointment request: a first name or a pseudonym, a way to reach you, and your "
        "message if you write one. Purpose: to answer you and support you. Legal basis: your "
        "consent, which you can withdraw at any time.",
    ),
    (
        "Demande de devis de formation : votre structure, votre nom, votre fonction, votre "
        "e-mail et votre besoin. But : vous envoyer un devis. Base légale : les mesures prises "
        "à votre demande avant un contrat.",
        "Training quote request: your organisation, your name, your role, your e-mail and your "
        "needs. Purpose: to send you a quote. Legal basis: steps taken at your request before "
        "a contract.",
    ),
    (
        "Envie de devenir membre : un prénom ou un pseudonyme et un moyen de vous joindre. But : "
        "vous proposer une rencontre. Base légale : les mesures prises à votre demande avant "
        "l'adhésion.",
        "Wish to become a member: a first name or a pseudonym and a way to reach you. Purpose: "
        "to offer you a meeting. Legal basis: steps taken at your request before joining.",
    ),
    (
        "Ces demandes sont enregistrées avant tout e-mail. Les demandes de rendez-vous ne sont "
        "jamais recopiées dans l'e-mail envoyé à l'équipe : il ne contient qu'un lien vers "
        "l'administration du site.",
        "These requests are stored before any e-mail is sent. Appointment requests are never "
        "copied into the e-mail sent to the team: it only holds a link to the site's "
        "administration.",
    ),
    (
        "Pour limiter les envois automatiques, l'adresse de votre connexion est gardée sous une "
        "forme brouillée (un hachage) pendant 1 heure.",
        "To limit automated submissions, your connection's address is kept in a scrambled form "
        "(a hash) for 1 hour.",
    ),
]

PRIVACY_MEMBERS = [
    (
        "Espace membres : votre nom, votre e-mail, votre nom d'utilisateur, votre rôle dans "
        "l'association et vos réponses au calendrier des groupes de parole. But : faire vivre "
        "l'association selon ses statuts. Base légale : votre adhésion (le contrat qui vous lie "
        "à l'association).",
        "Members' area: your name, your e-mail, your username, your role in the association "
        "and your answers to the talk-group calendar. Purpose: to run the association as its "
        "statutes say. Legal basis: your membership (the contract between you and the "
        "association).",
    ),
    (
        "Quand vous signez le règlement intérieur en ligne, nous gardons : la version signée, "
        "la langue, le nom que vous tapez, la date et l'heure, l'adresse IP de votre connexion "
        "et votre navigateur. But : prouver qui a accepté les règles, et quand. Base légale : "
        "l'intérêt légitime de l'association à tenir ce registre.",
        "When you sign the bylaws online, we keep: the version signed, the language, the name "
        "you type, the date and time, your connection's IP address and your browser. Purpose: "
        "to prove who accepted the rules, and when. Legal basis: the association's legitimate "
        "interest in keeping this register.",
    ),
    (
        "Les e-mails du calendrier ne sont envoyés que si vous les demandez (votre "
        "consentement). L'adresse privée de votre calendrier est gardée sous forme brouillée.",
        "Calendar e-mails are only sent if you ask for them (your consent). Your calendar's "
        "private address is kept in a scrambled form.",
    ),
    (
        "Les tentatives de connexion sont comptées par adresse de connexion et par compte, "
        "pendant 5 minutes au plus, pour bloquer les essais de mots de passe.",
        "Login attempts are counted per connection address and per account, for 5 minutes at "
        "most, to block password guessing.",
    ),
]

PRIVACY_RETENTION = [
    (
        "Demandes envoyées par les formulaires : 12 mois, puis effacées automatiquement.",
        "Requests sent through the forms: 12 months, then deleted automatically.",
    ),
    (
        "Invitations à l'espace membres : le lien marche une seule fois, pendant 5 jours.",
        "Invitations to the members' area: the link works once, for 5 days.",
    ),
    (
        "Compte de membre : tant que vous êtes membre. Si vous demandez la suppression, le "
        "compte est anonymisé et les données qui vous concernent sont effacées.",
        "Member account: as long as you are a member. If you ask for deletion, the account is "
        "made anonymous and the data about you are deleted.",
    ),
    (
        "Signatures du règlement et périodes d'adhésion : gardées même après la suppression du "
        "compte, avec le nom, pour que le registre reste lisible.",
        "Bylaws signatures and membership periods: kept even after the account is deleted, "
        "with the name, so that the register stays readable.",
    ),
]

PRIVACY_RIGHTS = [
    (
        "Vos données ne sont lues que par l'équipe de Mist qui traite votre demande. Notre "
        "hébergeur et notre service d'e-mail les conservent ou les transportent pour nous. "
        "Elles ne sont ni vendues ni données à d'autres.",
        "Your data are read only by the Mist team handling your request. Our host and our "
        "e-mail service store or carry them for us. They are never sold or given to others.",
    ),
    (
        "Vous pouvez demander à voir vos données, à les corriger, à les effacer, à en limiter "
        "l'usage, à vous opposer à leur usage ou à les recevoir dans un fichier. Écrivez-nous : "
        "nous répondons sous un mois.",
        "You can ask to see your data, correct them, delete them, limit their use, object to "
        "their use or receive them in a file. Write to us: we answer within one month.",
    ),
    (
        "Si notre réponse ne vous satisfait pas, vous pouvez porter plainte auprès de la CNIL "
        "(Commission nationale de l'informatique et des libertés), sur cnil.fr.",
        "If our answer does not satisfy you, you can complain to the CNIL (the French data "
        "protection authority), on cnil.fr.",
    ),
]

ACCESSIBILITY = [
    (
        "État de conformité : ce site est partiellement conforme au RGAA 4.1. Il est testé "
        "à chaque modification avec un navigateur réel et l'outil axe-core.",
        "Conformity status: this site partially conforms to RGAA 4.1. It is tested at every "
        "change with a real browser and the axe-core tool.",
    ),
    (
        "Si vous n'arrivez pas à accéder à un contenu, écrivez-nous : nous vous répondrons "
        "avec une version accessible.",
        "If you cannot access some content, write to us: we will answer with an accessible "
        "version.",
    ),
    (
        "Voie de recours : si notre réponse ne vous satisfait pas, vous pouvez saisir le "
        "Défenseur des droits.",
        "Recourse: if our answer does not satisfy you, you can contact the Défenseur des "
        "droits (the French rights ombudsman).",
    ),
]


def legal_pages(tr, home):
    """Footer pages. The legal notice and the privacy notice state what the code does
    (cookies, retention): tests/home/test_public_face.py checks them against the settings."""
    specs = [
        (
            ("partir-vite", "leaving-quickly"),
            ("Partir vite", "Leaving quickly"),
            (
                "Ce que fait le bouton « Quitter vite ce site », et comment ne pas laisser de "
                "traces.",
                "What the “Leave this site quickly” button does, and how to leave no trace.",
            ),
            [rt(tr.p(*QUICK_EXIT)), settings_block("helplines")],
        ),
        (
            ("mentions-legales", "legal-notice"),
            ("Mentions légales", "Legal notice"),
            ("Qui publie et qui héberge ce site.", "Who publishes and who hosts this site."),
            [settings_block("publisher_details"), rt(tr.p(*LEGAL_NOTICE))],
        ),
        (
            ("confidentialite", "privacy"),
            ("Confidentialité", "Privacy notice"),
            (
                "Ce que nous faisons de vos données, pourquoi, combien de temps, et vos droits.",
                "What we do with your data, why, for how long, and your rights.",
            ),
            [
                rt(tr.p(*PRIVACY_INTRO)),
                settings_block("contact_details"),
                heading(tr.t("Cookies", "Cookies")),
                rt(tr.p(*PRIVACY_COOKIES)),
                heading(tr.t("Les formulaires", "The forms")),
                rt(tr.p(*PRIVACY_FORMS)),
                heading(tr.t("L'espace membres", "The members' area")),
                rt(tr.p(*PRIVACY_MEMBERS)),
                heading(tr.t("Combien de temps", "For how long")),
                rt(tr.ul(*PRIVACY_RETENTION)),
                heading(tr.t("Qui les lit, et vos droits", "Who reads them, and your rights")),
                rt(tr.p(*PRIVACY_RIGHTS)),
            ],
        ),
        (
            ("accessibilite", "accessibility"),
            ("Accessibilité", "Accessibility"),
            ("Déclaration d'accessibilité (RGAA).", "Accessibility statement (RGAA)."),
            [rt(tr.p(*ACCESSIBILITY))],
        ),
    ]
    made = []
    for slugs, titles, intros, body in specs:
        page, _ = ensure_page(
            home,
            ContentPage,
            tr.t(*slugs),
            title=tr.t(*titles),
            show_in_footer=True,
            introduction=tr.t(*intros),
            body=body,
        )
        made.append(page)
    return made


BOARD = [
    (
        "Sarah Thevenon",
        "Secrétaire générale",
        "General Secretary",
        "A dirigé un centre pour demandeurs d'asile pendant dix ans. Elle forme et crée des "
        "réseaux pour que les femmes nigérianes soient mises à l'abri et protégées par l'asile.",
        "Ran a centre for asylum seekers for ten years. She trains and builds networks so that "
        "Nigerian women are sheltered and protected through asylum.",
    ),
    (
        "Clément Sibony",
        "Trésorier",
        "Treasurer",
        "Cinéaste et metteur en scène. En 2023, projet de théâtre et de documentaire avec des "
        "femmes nigérianes. Il soutient les projets artistiques et socio-culturels.",
        "Filmmaker and theatre director. In 2023, a theatre and documentary project with "
        "Nigerian women. He supports artistic and socio-cultural projects.",
    ),
    (
        "Marine Thisse",
        "Administratrice",
        "Administrator",
        "Avocate au barreau du Val-de-Marne. Elle conseille des femmes victimes de traite depuis "
        "plus de 15 ans (asile, pénal, administratif) et construit une jurisprudence vers le "
        "statut de réfugiée.",
        "Lawyer at the Val-de-Marne Bar. She has advised trafficked women for more than 15 years "
        "(asylum, criminal and administrative law) and builds case law towards refugee status.",
    ),
    (
        "Elodie Apard",
        "Administratrice",
        "Administrator",
        "Historienne, chercheuse permanente à l'IRD, rattachée à l'URMIS (Université Paris "
        "Cité). Huit ans à l'IFRA-Nigeria à coordonner des recherches sur la traite. Elle relie "
        "les membres à des chercheurs africains, surtout nigérians.",
        "Historian, permanent researcher at IRD, attached to URMIS (Université Paris Cité). "
        "Eight years at IFRA-Nigeria coordinating research on trafficking. She links members "
        "with African, especially Nigerian, researchers.",
    ),
]
STAFF = [
    ("Vanessa Simoni", "Direction", "Direction"),
    ("Aurélie Jeannerod", "Développement", "Development"),
    ("Caroline Martin", "Administration et finances", "Administration and finance"),
    ("Flora Enifo", "Organisatrice communautaire", "Community organizer"),
    ("Juliet Omoruyi", "Responsable de la vie communautaire", "Community life manager"),
    ("Sarah Nweke", "Cheffe de projet", "Project manager"),
    ("Maud Pommier", "Référente justice", "Referent for justice"),
    (
        "Caroline Legrez",
        "Psychologue clinicienne, supervision de la pratique professionnelle",
        "Clinical psychologist, supervision of professional practice",
    ),
    ("Tadzio", "Webmaster et photographie", "Webmaster & photography"),
]


def people(tr):
    fr = ensure_locales()[0]
    rows = [(n, rf, re_, bf, be, Person.Group.BOARD) for n, rf, re_, bf, be in BOARD]
    rows += [(n, rf, re_, "", "", Person.Group.STAFF) for n, rf, re_ in STAFF]
    for order, (name, role_fr, role_en, bio_fr, bio_en, group) in enumerate(rows):
        person = Person.objects.filter(locale=fr, name=name, group=group).first()
        if person is None:
            person = Person.objects.create(
                locale=fr,
                name=name,
                role=tr.t(role_fr, role_en),
                bio=tr.t(bio_fr, bio_en) if bio_fr else "",
                group=group,
                sort_order=order,
            )
        else:
            tr.t(role_fr, role_en)
            if bio_fr:
                tr.t(bio_fr, bio_en)
        translate(person, tr)


def footer(tr):
    fr = ensure_locales()[0]
    text = FooterText.objects.filter(locale=fr).first()
    body = tr.p(
        (
            "Mist — Mission d'intervention et de sensibilisation contre la traite des êtres "
            "humains. Association basée à Paris, active dans toute la France.",
            "Mist — Mission for intervention and awareness against human trafficking. An "
            "association based in Paris, active throughout France.",
        )
    )
    if text is None:
        text = FooterText.objects.create(locale=fr, body=body)
    translate(text, tr)
