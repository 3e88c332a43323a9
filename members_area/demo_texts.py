# ruff: noqa: E501  (prose: long sentences read better unbroken)
"""Version 1 of the documents members read and sign, from the bylaws' sections (own words).

Plain text; a blank line starts a new paragraph."""

GENERAL_BYLAWS_FR = """\
Règlement intérieur de Mist — « On est ensemble ! »
Ce règlement a été écrit par les membres du groupe Racines.

1. Notre vision
Des femmes qui ont vécu la traite s'aident les unes les autres, prennent la parole et changent les choses ensemble.

2. Nos valeurs
Générosité, liberté, tolérance, solidarité, égalité.

3. Nos missions
Aider. Vivre la tolérance et gagner en pouvoir d'agir. Partager les connaissances. Faire communauté.

4. Qui peut devenir membre
Une victime de la traite à des fins d'exploitation sexuelle qui veut lutter contre elle.
Une personne qui est ou a été trafiquante ne peut jamais être membre.
Si une membre est accusée, l'association vérifie. Si c'est prouvé, elle est exclue et tout soutien s'arrête.

5. Devenir membre
Être victime, signer ce règlement, participer à un ou plusieurs groupes de parole, communiquer avec la communauté.
Une autre association peut vous orienter vers nous. Vous rencontrez une personne de l'équipe, vous signez et vous devenez membre tout de suite.
Le formulaire demande : prénom, nom, date et signature.

6. Nos devoirs : l'accord de confiance
1) Ne pas juger. 2) Respecter. 3) S'impliquer. 4) Écouter. 5) Être polie. 6) Se traiter en égales. 7) Encourager. 8) Être présente : pas de téléphone, pas de bavardage. 9) Prendre la parole et laisser la place aux autres. 10) Dire les choses au groupe.

7. Engagement, participation, responsabilité
Je viens quand je le dis. Je préviens si je ne peux pas venir. Je participe à la vie du groupe. Je suis responsable de ce que je dis et fais.

8. Confidentialité
Membres et membres actives : pas d'accès aux dossiers personnels.
Équipe salariée : accès seulement quand elle accompagne la personne.
Conseil d'administration : pas d'accès.
Direction : accès.
Toute personne qui a accès signe un accord de confidentialité.
Ce qu'une membre apprend sur une autre reste privé, sauf si cela met l'association en danger : alors elle en parle à la direction.

9. Ce que l'association vous apporte
Les assemblées générales et les groupes de travail, des cours de français, les nouvelles de l'association, la possibilité de devenir membre active.

10. Partir
Vous pouvez partir quand vous voulez. Vous pouvez revenir : vous signez alors de nouveau ce règlement.
Une personne exclue ne peut jamais revenir.
"""

GENERAL_BYLAWS_EN = """\
Mist bylaws — "On est ensemble!" (We are together!)
These bylaws were written by the members of the Roots group.

1. Our vision
Women who went through trafficking help each other, speak up and change things together.

2. Our values
Generosity, freedom, tolerance, solidarity, equality.

3. Our missions
Help. Live tolerance and gain the power to act. Share knowledge. Build a community.

4. Who can become a member
A victim of trafficking for sexual exploitation who wants to fight it.
A person who is or was a trafficker can never be a member.
If a member is accused, the association checks. If it is proven, she is excluded and all support stops.

5. Becoming a member
Be a victim, sign these bylaws, take part in one or more talk groups, communicate with the community.
Another association can refer you to us. You meet a team member, you sign, and you are a member at once.
The form asks for: first name, last name, date and signature.

6. Our duties: the trust agreement
1) Do not judge. 2) Respect. 3) Get involved. 4) Listen. 5) Be polite. 6) Treat each other as equals. 7) Encourage. 8) Be present: no phone, no side chatter. 9) Speak up, and step back to let others speak. 10) Say things to the group.

7. Commitment, participation, responsibility
I come when I say I will. I warn if I cannot come. I take part in the life of the group. I am responsible for what I say and do.

8. Confidentiality
Members and active members: no access to personal files.
Salaried team: access only when they accompany the person.
Board: no access.
Direction: access.
Everyone who has access signs a confidentiality agreement.
What a member learns about another stays private, unless it puts the association in danger: then she tells the direction.

9. What the association gives you
General assemblies and working groups, French classes, news of the association, the chance to become an active member.

10. Leaving
You can leave whenever you want. You can come back: you then sign these bylaws again.
A person who was excluded can never come back.
"""

ACTIVE_BYLAWS_FR = """\
Règlement spécifique des membres actives

1. Qui est membre active
Une membre qui participe aux groupes de travail : organisation communautaire, plaidoyer, relations avec les médias, coordination des groupes de parole, partenariats.

2. Critères
Être engagée, participer aux groupes de travail, signer ce règlement spécifique, être acceptée par le groupe Racines, respecter la confidentialité.

3. Accueil
Vous rencontrez des membres du groupe Racines pour une « conversation intentionnelle ». Vous signez ce règlement et recevez une carte de membre active. Le groupe Racines vote. Une marraine est choisie. Vous êtes ajoutée aux outils de communication du groupe et présentée aux autres.

4. Devoirs
Participer régulièrement à au moins une activité. Aider à organiser. Être joignable. Répondre aux messages sur les réunions et activités. Justifier ses absences. Organiser un événement du groupe une fois par an. Fêter les arrivées et les victoires.

5. Ce que vous recevez
Une aide pour le transport et les repas. Une supervision avec une psychologue, obligatoire pour celles qui aident directement d'autres victimes. Une place dans les décisions. Des rôles, comme porte-parole. Des formations et des événements.

6. Départ et exclusion
Deux mois sans nouvelles ni participation, le non-respect de ce règlement ou la diffusion d'informations confidentielles peuvent mener à l'exclusion. On vérifie d'abord que la personne est en sécurité. Les membres actives votent.
"""

ACTIVE_BYLAWS_EN = """\
Specific bylaws of active members

1. Who is an active member
A member who takes part in working groups: community organising, advocacy, media relations, talk-group coordination, partnerships.

2. Criteria
Be committed, take part in working groups, sign these specific bylaws, be accepted by the Roots group, respect confidentiality.

3. Welcome
You meet members of the Roots group for an "intentional conversation". You sign these bylaws and receive an active-member card. The Roots group votes. A mentor is chosen. You are added to the group's communication tools and introduced to the others.

4. Duties
Take part regularly in at least one activity. Help to organise. Be reachable. Answer messages about meetings and activities. Explain your absences. Organise a group event once a year. Celebrate arrivals and victories.

5. What you receive
Help with transport and meals. Supervision with a psychologist, required for those who help other victims directly. A place in decisions. Roles, such as spokesperson. Trainings and events.

6. Leaving and exclusion
Two months without news or participation, breaking these bylaws or sharing confidential information can lead to exclusion. First, we check that the person is safe. The active members vote.
"""

CONFIDENTIALITY_FR = """\
Accord de confidentialité

Je peux lire les dossiers personnels des personnes que Mist accompagne. Je m'engage à :

1. Ne lire un dossier que lorsque mon rôle le permet : l'équipe salariée seulement pour les personnes qu'elle accompagne, la direction pour toutes.
2. Ne rien dire, ne rien copier et ne rien envoyer de ce que j'y lis, à personne, même après avoir quitté Mist.
3. Ne jamais laisser un dossier ouvert ou visible par d'autres, sur papier ou sur écran.
4. Prévenir la direction tout de suite si une information a pu être vue par une personne qui n'y a pas droit.
5. Parler à la direction si je pense qu'une personne ou l'association est en danger.
"""

CONFIDENTIALITY_EN = """\
Confidentiality agreement

I may read the personal files of people whom Mist supports. I promise to:

1. Read a file only when my role allows it: the salaried team only for the people they accompany, the direction for everyone.
2. Say, copy and send nothing of what I read there, to anyone, even after I leave Mist.
3. Never leave a file open or visible to others, on paper or on screen.
4. Tell the direction at once if someone who has no right to it may have seen information.
5. Speak to the direction if I think a person or the association is in danger.
"""

BOOKLET_FR = """\
Livret d'accueil

Bienvenue à Mist ! Ce livret a été écrit par les membres actives pour vous.

Les groupes de parole : c'est le cœur de Mist. Leur calendrier est sur votre page d'accueil.
Les cours de français, les assemblées générales et les groupes de travail sont ouverts à toutes les membres.
Vous pouvez devenir membre active : parlez-en à une déléguée.

Les déléguées : deux membres actives, dont au moins une parle français. Elles vous écoutent, font remonter les problèmes et aident à les résoudre. Elles sont choisies pour six mois.

Les porte-parole : deux membres actives qui parlent en public pour Mist. Elles sont élues à chaque assemblée générale, tous les six mois. « Les personnes avant le programme. »
"""

BOOKLET_EN = """\
Welcome booklet

Welcome to Mist! The active members wrote this booklet for you.

Talk groups are the heart of Mist. Their calendar is on your home page.
French classes, general assemblies and working groups are open to all members.
You can become an active member: talk to a delegate.

Delegates: two active members, at least one of whom speaks French. They listen to you, report problems and help solve them. They are chosen for six months.

Spokespersons: two active members who speak in public for Mist. They are elected at each general assembly, every six months. "People before programme."
"""
