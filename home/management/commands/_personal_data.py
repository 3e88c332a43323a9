"""Finding a person's data across the apps, whatever they define (GDPR export and erasure).

Rows are found generically, so a new app is covered without changing these commands:
- every model with a foreign key, one-to-one or many-to-many to the user;
- every model with an e-mail field holding the person's address (forms sent before or without
  an account: enquiries, membership interest…).

Append-only records are kept on erasure: signatures of the bylaws (the register must stay
readable with name and date), audit logs, page revisions. A model says so with
``GDPR_KEEP_ON_ERASURE = True``; models whose name contains "Signature" and the apps in
KEPT_APPS count as such too.
"""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.db import models
from django.db.models import ForeignObjectRel, Q

# Never exported: secrets that would let someone take over the account.
SECRET_FIELD_NAMES = {"password", "secret", "token", "key", "session_key"}
SECRET_FIELDS_BY_MODEL = {"mfa.authenticator": {"data"}}
# Audit trails and content history: kept (they point at the anonymised account).
KEPT_APPS = {"admin", "wagtailcore", "wagtailadmin", "wagtail_localize", "wagtailforms"}
# Rows that only exist for the account itself: deleted with its personal details.
ACCOUNT_ONLY_MODELS = {
    "account.emailaddress",
    "account.emailconfirmation",
    "mfa.authenticator",
    "wagtailusers.userprofile",
}


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


def label_of(model):
    return model._meta.label_lower


def is_kept_on_erasure(model):
    return (
        getattr(model, "GDPR_KEEP_ON_ERASURE", False)
        or "signature" in model.__name__.lower()
        or model._meta.app_label in KEPT_APPS
    )


def related_querysets(user):
    """(model, queryset) for every model that points at the user or holds their e-mail."""
    User = type(user)
    found = {}
    for model in apps.get_models():
        if model is User or model._meta.proxy:
            continue
        conditions = Q()
        for field in model._meta.get_fields():
            if isinstance(field, ForeignObjectRel):  # reverse side: the other model's field
                continue
            related = getattr(field, "related_model", None)
            if field.is_relation and related is User:
                conditions |= Q(**{field.name: user})
            elif isinstance(field, models.EmailField) and user.email:
                conditions |= Q(**{f"{field.name}__iexact": user.email})
        if conditions:
            found[model] = model._default_manager.filter(conditions).distinct()
    return found


def serialise_row(obj):
    model = type(obj)
    hidden = SECRET_FIELD_NAMES | SECRET_FIELDS_BY_MODEL.get(label_of(model), set())
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
    for model, queryset in related_querysets(user).items():
        rows = [serialise_row(obj) for obj in queryset]
        if rows:
            data["related"][label_of(model)] = rows
    return data
