"""Demo calendar: a term of about three months from next Monday. Idempotent: each event has a
fixed UID, and one that exists is left as it is."""

import uuid
from datetime import date, datetime, time, timedelta

from django.contrib.auth.models import Group, Permission

from members_area.roles import STAFF_ROLES

from .models import Audience, Event, EventException, EventKind, PlaceKind, Recurrence
from .recurrence import PARIS, occurrences_of

PLACE = "Mist, salle de réunion\nParis 18e (adresse exacte donnée aux membres par message)"
ONLINE_LINK = "https://visio.example.org/mist-groupe-en"
DEMO_NAMESPACE = uuid.UUID("6f1d3c0e-7a53-4a53-9a55-3c4c5f6e7a10")


def next_monday(today=None):
    today = today or date.today()
    return today + timedelta(days=7 - today.weekday())


def at(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS)


def demo_events(monday):
    term_end = monday + timedelta(weeks=13)
    tuesday, thursday, saturday = (monday + timedelta(days=n) for n in (1, 3, 5))
    return {
        "talk-group-fr": dict(
            kind=EventKind.TALK_GROUP,
            title_fr="Groupe de parole en français",
            title_en="Talk group in French",
            description_fr=(
                "Un moment entre nous pour parler, écouter et se soutenir. Ce qui est dit dans "
                "le groupe reste dans le groupe. Vous pouvez venir sans rien dire."
            ),
            description_en=(
                "Time together to talk, listen and support each other. What is said in the "
                "group stays in the group. You can come and say nothing."
            ),
            start=at(tuesday, 18),
            end=at(tuesday, 20),
            recurrence=Recurrence.WEEKLY,
            repeat_until=term_end,
            place_kind=PlaceKind.ADDRESS,
            address=PLACE,
            languages=["fr"],
            facilitators="Joy, Blessing",
            capacity=12,
        ),
        "talk-group-en": dict(
            kind=EventKind.TALK_GROUP,
            title_fr="Groupe de parole en anglais",
            title_en="Talk group in English",
            description_fr=(
                "Le groupe de parole en anglais, avec de l'aide en pidgin nigérian. En ligne : "
                "vous pouvez rejoindre depuis votre téléphone, dans un endroit où vous êtes "
                "tranquille."
            ),
            description_en=(
                "The talk group in English, with help in Nigerian Pidgin. Online: you can join "
                "from your phone, from a place where you feel safe."
            ),
            start=at(thursday, 18),
            end=at(thursday, 19, 30),
            recurrence=Recurrence.WEEKLY,
            repeat_until=term_end,
            place_kind=PlaceKind.ONLINE,
            online_url=ONLINE_LINK,
            languages=["en", "pcm"],
            facilitators="Precious, Mercy",
            capacity=10,
        ),
        "advocacy-group": dict(
            kind=EventKind.WORKING_GROUP,
            title_fr="Groupe de travail plaidoyer",
            title_en="Advocacy working group",
            description_fr="Préparer nos recommandations et les rencontres avec les décideurs.",
            description_en="Preparing our recommendations and meetings with decision makers.",
            start=at(monday + timedelta(days=2), 14),
            end=at(monday + timedelta(days=2), 16),
            recurrence=Recurrence.MONTHLY,
            repeat_count=3,
            place_kind=PlaceKind.ADDRESS,
            address=PLACE,
            languages=["fr", "en"],
            facilitators="Sarah",
            audience=Audience.WORKING_GROUP,
            working_group="Plaidoyer / Advocacy",
        ),
        "roots-group": dict(
            kind=EventKind.WORKING_GROUP,
            title_fr="Groupe Roots : vie associative et éthique",
            title_en="Roots group: association life and ethics",
            description_fr="Accueil des nouvelles membres actives, questions d'éthique.",
            description_en="Welcoming new active members, questions of ethics.",
            start=at(monday + timedelta(days=4), 10),
            end=at(monday + timedelta(days=4), 12),
            recurrence=Recurrence.MONTHLY,
            repeat_count=3,
            place_kind=PlaceKind.ADDRESS,
            address=PLACE,
            languages=["fr", "en", "pcm"],
            facilitators="Roots",
            audience=Audience.ACTIVE_MEMBERS,
        ),
        "general-assembly": dict(
            kind=EventKind.GENERAL_ASSEMBLY,
            title_fr="Assemblée générale",
            title_en="General assembly",
            description_fr=(
                "Toutes les membres sont invitées. Nous élisons le bureau et votons les "
                "décisions des six prochains mois. Interprétation en anglais."
            ),
            description_en=(
                "All members are invited. We elect the board and vote on the decisions for the "
                "next six months. Interpreting into English."
            ),
            start=at(saturday + timedelta(weeks=8), 14),
            end=at(saturday + timedelta(weeks=8), 17),
            place_kind=PlaceKind.ADDRESS,
            address=PLACE,
            languages=["fr", "en"],
            facilitators="Le bureau / The board",
        ),
        "social-picnic": dict(
            kind=EventKind.SOCIAL,
            title_fr="Pique-nique de fin de saison",
            title_en="End-of-term picnic",
            description_fr="Apportez un plat si vous pouvez. Les enfants sont les bienvenus.",
            description_en="Bring a dish if you can. Children are welcome.",
            start=at(saturday + timedelta(weeks=12), 12),
            end=at(saturday + timedelta(weeks=12), 16),
            place_kind=PlaceKind.ADDRESS,
            address="Parc de la Villette, Paris 19e",
            languages=["fr", "en", "pcm"],
            capacity=40,
        ),
    }


def load(stdout):
    monday = next_monday()
    created = 0
    for slug, fields in demo_events(monday).items():
        uid = uuid.uuid5(DEMO_NAMESPACE, slug)
        event, is_new = Event.objects.get_or_create(uid=uid, defaults=fields)
        created += is_new
        if is_new and slug == "talk-group-fr":
            add_exceptions(event)
    grant_staff_permissions()
    stdout.write(f"  calendar: {created} events created")


def grant_staff_permissions():
    """The salaried team and the direction manage events in the Wagtail admin."""
    permissions = Permission.objects.filter(
        content_type__app_label="members_calendar",
        codename__in=["add_event", "change_event", "delete_event", "view_event"],
    )
    for role in STAFF_ROLES:
        Group.objects.get_or_create(name=role.value)[0].permissions.add(*permissions)


def add_exceptions(event):
    """The French talk group: the 3rd date cancelled, the 5th moved to the Wednesday."""
    window_end = event.start + timedelta(weeks=8)
    dates = occurrences_of(event, event.start, window_end)
    EventException.objects.create(
        event=event,
        original_start=dates[2].original_start,
        cancelled=True,
        reason="Jour férié / Public holiday",
    )
    moved = dates[4].original_start
    EventException.objects.create(
        event=event,
        original_start=moved,
        new_start=moved + timedelta(days=1),
        new_end=moved + timedelta(days=1, hours=2),
        reason="Salle prise / Room taken",
    )
