"""Demo content of the members' area: one account per role, the groups with their admin
permissions, and version 1 of the bylaws, the confidentiality agreement and the welcome booklet.

The demo accounts share one password, for local use only (never load the demo in production)."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from members_area import demo_texts as texts
from members_area.models import MembershipPeriod, SignableDocument
from members_area.models.documents import Audience
from members_area.roles import STAFF_ROLES, Role

DEMO_PASSWORD = "mist-demo-2026"

# username → (role, first name, last name); the people are invented.
DEMO_ACCOUNTS = {
    "membre": (Role.MEMBER, "Joy", "Éboh"),
    "membre-active": (Role.ACTIVE_MEMBER, "Précieuse", "Osagie"),
    "equipe": (Role.SALARIED_TEAM, "Amélie", "Durand"),
    "bureau": (Role.BOARD, "Hélène", "Bernard"),
    "direction": (Role.DIRECTION, "Inès", "Moreau"),
}

# What the salaried team and the direction may do in the Wagtail admin.
STAFF_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("members_area", "add_invitation"),
    ("members_area", "view_invitation"),
    ("members_area", "add_signature"),
    ("members_area", "view_signature"),
    ("members_area", "view_signabledocument"),
    ("members_area", "add_documentversion"),
    ("members_area", "change_documentversion"),
    ("members_area", "view_documentversion"),
    ("members_area", "add_membershipperiod"),
    ("members_area", "change_membershipperiod"),
    ("members_area", "view_membershipperiod"),
]

DOCUMENTS = [
    # slug, French title, English title, audience, requires a signature, texts
    (
        "general-bylaws",
        "Règlement intérieur",
        "Bylaws",
        Audience.MEMBERS,
        True,
        (texts.GENERAL_BYLAWS_FR, texts.GENERAL_BYLAWS_EN),
    ),
    (
        "active-members-bylaws",
        "Règlement spécifique des membres actives",
        "Active members' specific bylaws",
        Audience.ACTIVE_MEMBERS,
        True,
        (texts.ACTIVE_BYLAWS_FR, texts.ACTIVE_BYLAWS_EN),
    ),
    (
        "confidentiality-agreement",
        "Accord de confidentialité",
        "Confidentiality agreement",
        Audience.FILE_READERS,
        True,
        (texts.CONFIDENTIALITY_FR, texts.CONFIDENTIALITY_EN),
    ),
    (
        "welcome-booklet",
        "Livret d'accueil",
        "Welcome booklet",
        Audience.MEMBERS,
        False,
        (texts.BOOKLET_FR, texts.BOOKLET_EN),
    ),
]


def load(stdout):
    groups = ensure_groups()
    users = ensure_accounts(groups)
    documents = ensure_documents()
    stdout.write(
        f"  {len(users)} demo accounts (password {DEMO_PASSWORD!r}), {len(documents)} documents"
    )


def ensure_groups():
    groups = {role: Group.objects.get_or_create(name=role.value)[0] for role in Role}
    permissions = [
        Permission.objects.get(content_type__app_label=app, codename=codename)
        for app, codename in STAFF_PERMISSIONS
    ]
    for role in STAFF_ROLES:
        groups[role].permissions.add(*permissions)
    return groups


def ensure_accounts(groups):
    User = get_user_model()
    users = []
    for username, (role, first_name, last_name) in DEMO_ACCOUNTS.items():
        email = f"{username}@demo.mist.invalid"
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": email, "first_name": first_name, "last_name": last_name},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            MembershipPeriod.start(user, on=datetime.date(2026, 1, 15))
        user.groups.add(groups[role])
        users.append(user)
    return users


def ensure_documents():
    documents = []
    for order, (slug, title_fr, title_en, audience, signed, (text_fr, text_en)) in enumerate(
        DOCUMENTS
    ):
        document, _created = SignableDocument.objects.get_or_create(
            slug=slug,
            defaults={
                "title_fr": title_fr,
                "title_en": title_en,
                "audience": audience,
                "requires_signature": signed,
                "sort_order": order,
            },
        )
        if not document.versions.exists():
            document.publish_new_version(text_fr, text_en, datetime.date(2026, 1, 1))
        documents.append(document)
    return documents
