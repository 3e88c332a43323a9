"""manage.py delete_personal_data <username|email> --confirm

Right to erasure (GDPR art. 17), as far as the bylaws allow:
- the account is kept as an empty shell so that what must stay can still point at it: its
  username becomes "deleted-<id>", its e-mail, password and groups go, it cannot log in;
- its e-mail addresses, authenticators, profile and sessions are deleted, and every row of
  the site's apps about the person: a field "user"/"person"/"member"… pointing at the
  account, or their e-mail address (enquiries, calendar answers…). Rows where the person only
  acted (invited_by, recorded_by) stay, pointing at the anonymised account;
- append-only records are NOT deleted or changed: signatures of the bylaws (the register must
  show who signed and when), audit logs and page revisions. When the person signed, their first
  and last names stay on the account so that the register stays readable.
Without --confirm, only says what it would do."""

from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from ._personal_data import (
    ACCOUNT_ONLY_MODELS,
    find_user,
    is_kept_on_erasure,
    label_of,
    related_querysets,
)


class Command(BaseCommand):
    help = "Anonymise a person's account and delete their data (keeps signatures and logs)."

    def add_arguments(self, parser):
        parser.add_argument("identifier", help="username or e-mail address")
        parser.add_argument("--confirm", action="store_true", help="really do it")

    def handle(self, identifier, confirm=False, **options):
        user = find_user(identifier)
        plan = self.plan(user)
        for label, count, action in plan:
            self.stdout.write(f"{label}: {count} row(s) {action}")
        if not confirm:
            raise CommandError("Nothing changed. Run again with --confirm to do it.")
        with transaction.atomic():
            self.erase(user)
        self.stdout.write(self.style.SUCCESS(f"Account {user.pk} anonymised."))

    def plan(self, user):
        rows = []
        for model, queryset in related_querysets(user, subject_only=True).items():
            count = queryset.count()
            if count:
                action = "deleted" if is_deleted_on_erasure(model) else "kept"
                rows.append((label_of(model), count, action))
        return rows

    def erase(self, user):
        kept_signatures = False
        for model, queryset in related_querysets(user, subject_only=True).items():
            if is_deleted_on_erasure(model):
                for obj in queryset:
                    obj.delete()
            elif "signature" in model.__name__.lower() and queryset.exists():
                kept_signatures = True
        for session in Session.objects.iterator():
            if session.get_decoded().get("_auth_user_id") == str(user.pk):
                session.delete()
        user.groups.clear()
        user.user_permissions.clear()
        user.username = f"deleted-{user.pk}"
        user.email = ""
        if not kept_signatures:
            user.first_name = ""
            user.last_name = ""
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.set_unusable_password()
        user.save()


def is_deleted_on_erasure(model):
    if is_kept_on_erasure(model):
        return False
    return label_of(model) in ACCOUNT_ONLY_MODELS or model._meta.app_label in site_apps()


def site_apps():
    """The association's own apps, whose rows about a person are theirs to have deleted."""
    from django.apps import apps

    return {
        config.label
        for config in apps.get_app_configs()
        if not config.name.startswith(("django.", "wagtail", "allauth", "modelcluster", "taggit"))
    }
