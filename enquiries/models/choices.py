"""Choices shared by the request models and their forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    NEW = "new", _("New")
    QUOTED = "quoted", _("Quoted")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    CLOSED = "closed", _("Closed")


# Nobody sends a quote to a victim: her requests only open, get an answer, or close.
PERSON_STATUSES = [(value, label) for value, label in Status.choices if value != Status.QUOTED]


class OrganisationKind(models.TextChoices):
    SOCIAL_SERVICE = "social", _("Social service or child protection")
    SHELTER = "shelter", _("Shelter or housing")
    ASSOCIATION = "association", _("Association")
    JUSTICE = "justice", _("Justice, lawyers or police")
    HEALTH = "health", _("Health")
    EDUCATION = "education", _("School or education")
    PUBLIC_BODY = "public", _("Public authority")
    OTHER = "other", _("Other")


class Training(models.TextChoices):
    INITIAL = "initial", _("Initial training")
    CONTINUED = "continued", _("Continued training")
    LONG_TERM = "long_term", _("Long-term support scheme")
    PRACTICE_GROUP = "practice_group", _("Analysis-of-practice group (Balint type)")
    CO_ACCOMPANIMENT = "co_accompaniment", _("Co-accompaniment protocol")


class Audience(models.TextChoices):
    MINORS = "minors", _("Minors")
    ADULTS = "adults", _("Adults")
    BOTH = "both", _("Minors and adults")


class Place(models.TextChoices):
    ON_SITE = "on_site", _("At your premises")
    AT_MIST = "at_mist", _("At Mist, in Paris")
    ONLINE = "online", _("Online")


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Phone call or text message")
    EMAIL = "email", _("E-mail")
    MESSAGING = "messaging", _("Messaging app (WhatsApp, Signal…)")


class PreferredLanguage(models.TextChoices):
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")
    OTHER = "other", _("Another language")
