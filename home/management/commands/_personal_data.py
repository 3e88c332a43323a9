"""Finding a person's data across the apps, whatever they define (GDPR export and erasure).

Rows are found generically, so a new app is covered without changing these commands:
- every model with a foreign key, one-to-one or many-to-many to the user;
- every model with an e-mail field holding the person's address (forms sent before or without
  an account: enquiries, membership interest…), or a text field named like "contact…" or
  "…email…" holding exactly that address (a form that asks "how may we reach you?").

On erasure, only rows ABOUT the person are deleted: matched by their e-mail or by a field that
names the person (user, person, member, owner, account). Rows where they only acted (invited_by,
recorded_by…) are exported but kept, still pointing at the anonymised account.

Append-only records are kept on erasure: signatures of the bylaws (the register must stay
readable with name and date), audit logs, page revisions. A model says so with
``GDPR_KEEP_ON_ERASURE = True``; models whose name contains "Signature" and the apps in
KEPT_APPS count as such too, and so do pages and site settings (an address of the association
that happens to be the person's must not take the settings with it).
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
# A foreign key with one of these names points at the person the row is about.
SUBJECT_FIELD_NAMES = {"user", "person", "member", "owner", "account"}
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
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page

    return (
        getattr(model, "GDPR_KEEP_ON_ERASURE", False)
        or "signature" in model.__name__.lower()
        or model._meta.app_label in KEPT_APPS
        or issubclass(model, (Page, BaseSiteSetting, BaseGenericSetting))
    )


def holds_addresses(field):
    if isinstance(field, models.EmailField):
        return True
    name = field.name.lower()
    return isinstance(field, models.CharField) and ("email" in name or name.startswith("contact"))


def related_querysets(user, subject_only=False):
    """{model: queryset} of the rows that point at the user or hold their e-mail address.

    subject_only: only the rows about the person (not those where they were the actor)."""
    User = type(user)
    found = {}
    for model in apps.get_models():
        if model is User or model._meta.proxy:
            continue
        conditions = Q()
        # Local fields only: a page type's inherited "owner" is already searched on Page.
        for field in model._meta.get_fields(include_parents=False):
            if isinstance(field, ForeignObjectRel):  # reverse side: the other model's field
                continue
            if field.is_relation and getattr(field, "related_model", None) is User:
                if not subject_only or field.name in SUBJECT_FIELD_NAMES:
                    conditions |= Q(**{field.name: user})
            elif user.email and holds_addresses(field):
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
