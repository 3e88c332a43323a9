"""The members' area: one account per role, the groups with their admin permissions, and
version 1 of the documents members read and sign."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from members_area.groups import ensure_role_groups
from members_area.models import MembershipPeriod, SignableDocument
from members_area.roles import Role

from . import data


def load(loader):
    groups = ensure_role_groups()  # made by migrate already; the demo adds its accounts
    ensure_accounts(groups, data.read("members_area", "accounts"))
    ensure_documents(data.read("members_area", "documents"))


def demo_password():
    return data.read("members_area", "accounts")["password"]


def ensure_accounts(groups, spec):
    User = get_user_model()
    for username, person in spec["accounts"].items():
        email = f"{username}@demo.mist.invalid"
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": email,
                "first_name": person["first_name"],
                "last_name": person["last_name"],
            },
        )
        if created:
            user.set_password(spec["password"])
            user.save(update_fields=["password"])
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            MembershipPeriod.start(user, on=spec["membership_start"])
        user.groups.add(groups[Role(person["role"])])


def ensure_documents(documents):
    for order, (slug, spec) in enumerate(documents.items()):
        document, _created = SignableDocument.objects.get_or_create(
            slug=slug,
            defaults={
                "title_fr": spec["title"]["fr"],
                "title_en": spec["title"]["en"],
                "audience": spec["audience"],
                "requires_signature": spec["requires_signature"],
                "sort_order": order,
            },
        )
        if not document.versions.exists():
            text = {
                language: "\n\n".join(section[language].strip() for section in spec["sections"])
                for language in ("fr", "en")
            }
            document.publish_new_version(text["fr"], text["en"], spec.get("effective", None))
