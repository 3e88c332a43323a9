"""What the site holds about a person, as each app declares it.

Every app that stores data about a person says so in one small module, ``<app>/personal_data.py``:

    PERSONAL_DATA = {
        "ModelName": {
            "person": ["user"],          # fields naming the person the row is ABOUT: a foreign key
                                         # to her account, or a field holding her e-mail address
            "actor": ["recorded_by"],    # foreign keys where she only ACTED: exported, never erased
            "erasure": "delete",         # or "keep" (then "why" says why the row must stay)
            "keeps_name": True,          # optional: the row shows her name (a register), so her
                                         # first and last names stay on the anonymised account
            "secret": ["token_hash"],    # optional: never exported
        },
    }
    NOT_PERSONAL = {"ModelName": "why its address or account field is not about a person"}

Apps we do not own (Django, Wagtail, allauth) are declared in ``mist_site/privacy/third_party.py``.
A test fails when a model with a link to accounts or an e-mail field is declared nowhere, and a
system check fails when a declaration names a model or field that does not exist.
"""

from dataclasses import dataclass, field
from importlib import import_module

from django.apps import apps
from django.utils.module_loading import module_has_submodule

ERASURE_CHOICES = {"delete", "keep"}
# Never exported from any row: secrets that would let someone take over an account.
SECRET_FIELD_NAMES = {"password", "secret", "token", "key", "session_key"}


@dataclass(frozen=True)
class Declaration:
    model: type
    person: tuple = ()
    actor: tuple = ()
    erasure: str = "delete"
    why: str = ""
    keeps_name: bool = False
    secret: frozenset = field(default_factory=frozenset)

    @property
    def label(self):
        return self.model._meta.label_lower

    @property
    def deleted_on_erasure(self):
        return self.erasure == "delete"


class DeclarationError(Exception):
    pass


def app_declarations():
    """(app label, PERSONAL_DATA, NOT_PERSONAL) for each app, third-party apps included."""
    from . import third_party

    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "personal_data"):
            module = import_module(f"{config.name}.personal_data")
            yield (
                config.label,
                getattr(module, "PERSONAL_DATA", {}),
                getattr(module, "NOT_PERSONAL", {}),
            )
    for app_label, (personal, not_personal) in third_party.DECLARATIONS.items():
        if app_label in {config.label for config in apps.get_app_configs()}:
            yield app_label, personal, not_personal


def build(app_label, model_name, spec):
    model = apps.get_model(app_label, model_name)
    names = {f.name for f in model._meta.get_fields()}
    fields = [*spec.get("person", []), *spec.get("actor", []), *spec.get("secret", [])]
    unknown = [name for name in fields if name not in names]
    if unknown:
        raise DeclarationError(f"{model._meta.label}: no field {', '.join(unknown)}")
    if spec.get("erasure") not in ERASURE_CHOICES:
        raise DeclarationError(f"{model._meta.label}: erasure must be one of {ERASURE_CHOICES}")
    if spec["erasure"] == "keep" and not spec.get("why"):
        raise DeclarationError(f"{model._meta.label}: say why rows are kept on erasure")
    return Declaration(
        model=model,
        person=tuple(spec.get("person", [])),
        actor=tuple(spec.get("actor", [])),
        erasure=spec["erasure"],
        why=spec.get("why", ""),
        keeps_name=spec.get("keeps_name", False),
        secret=frozenset(spec.get("secret", [])),
    )


def declarations():
    """Every Declaration, in app order."""
    found = []
    for app_label, personal, _not_personal in app_declarations():
        for model_name, spec in personal.items():
            found.append(build(app_label, model_name, spec))
    return found


def not_personal_models():
    """{model: reason} of the models declared as holding no data about a person."""
    found = {}
    for app_label, _personal, not_personal in app_declarations():
        for model_name, reason in not_personal.items():
            found[apps.get_model(app_label, model_name)] = reason
    return found


def declaration_for(model):
    return next((d for d in declarations() if d.model is model), None)
