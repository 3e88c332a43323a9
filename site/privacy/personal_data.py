"""Finding, exporting and erasing what the site holds about one person (GDPR art. 15 and 17).

Only what the apps declare is searched (see declarations.py): a row is about the person when one
of its "person" fields points at her account or holds her e-mail address; it merely records her
action when an "actor" field points at her account."""

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core.management.base import CommandError
from django.db.models import Q

from .declarations import SECRET_FIELD_NAMES, declarations


def find_user(identifier):
    User = get_user_model()
    matches = User.objects.filter(
        Q(username__iexact=identifier) | Q(email__iexact=identifier)
    ).distinct()
    if not matches:
        raise CommandError(f"No account with the username or e-mail {identifier!r}.")
    if len(matches) > 1:
        raise CommandError(f"Several accounts match {identifier!r}: give the username.")
    return matches[0]


def condition(model, field_name, user):
    field = model._meta.get_field(field_name)
    if field.is_relation:
        return Q(**{field_name: user})
    if user.email:  # an address typed in a form: the same address, whatever its case
        return Q(**{f"{field_name}__iexact": user.email})
    return Q()


def related_querysets(user, subject_only=False):
    """{declaration: queryset} of the declared rows about the user (subject_only) or also those
    where she only acted."""
    found = {}
    for declaration in declarations():
        fields = declaration.person if subject_only else declaration.person + declaration.actor
        conditions = Q()
        for name in fields:
            conditions |= condition(declaration.model, name, user)
        if conditions:
            found[declaration] = declaration.model._default_manager.filter(conditions).distinct()
    return found


def serialise_row(obj, hidden=frozenset()):
    model = type(obj)
    hidden = SECRET_FIELD_NAMES | set(hidden)
    row = {"id": obj.pk}
    for field in model._meta.concrete_fields:
        if field.name in hidden or field.primary_key:
            continue
        value = field.value_from_object(obj)
        row[field.name] = value if isinstance(value, (int, float, bool, type(None))) else str(value)
    for field in model._meta.many_to_many:
        row[field.name] = [str(item) for item in getattr(obj, field.name).all()]
    return row


def export(user):
    account = serialise_row(user)
    account["groups"] = sorted(user.groups.values_list("name", flat=True))
    data = {"account": account, "related": {}}
    for declaration, queryset in related_querysets(user).items():
        rows = [serialise_row(obj, declaration.secret) for obj in queryset]
        if rows:
            data["related"][declaration.label] = rows
    return data


def erasure_plan(user):
    """[(label, count, "deleted" | "kept")] for the rows about the person."""
    plan = []
    for declaration, queryset in related_querysets(user, subject_only=True).items():
        count = queryset.count()
        if count:
            action = "deleted" if declaration.deleted_on_erasure else "kept"
            plan.append((declaration.label, count, action))
    return plan


def erase(user):
    """Delete the rows about the person, then leave the account as an anonymous shell that kept
    rows can still point at. Call inside a transaction."""
    keeps_name = False
    for declaration, queryset in related_querysets(user, subject_only=True).items():
        if declaration.deleted_on_erasure:
            for obj in queryset:  # one by one: each model's own delete() and signals run
                obj.delete()
        elif declaration.keeps_name and queryset.exists():
            keeps_name = True
    for session in Session.objects.iterator():
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            session.delete()
    user.groups.clear()
    user.user_permissions.clear()
    user.username = f"deleted-{user.pk}"
    user.email = ""
    if not keeps_name:
        user.first_name = ""
        user.last_name = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
