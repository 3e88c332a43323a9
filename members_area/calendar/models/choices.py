from django.db import models
from django.utils.translation import gettext_lazy as _


class EventKind(models.TextChoices):
    TALK_GROUP = "talk_group", _("Talk group")
    WORKING_GROUP = "working_group", _("Working group")
    GENERAL_ASSEMBLY = "general_assembly", _("General assembly")
    TRAINING = "training", _("Training")
    SOCIAL = "social", _("Social event")


class Recurrence(models.TextChoices):
    NONE = "none", _("Does not repeat")
    WEEKLY = "weekly", _("Every week")
    BIWEEKLY = "biweekly", _("Every two weeks")
    MONTHLY = "monthly", _("Every month, on the same weekday (e.g. 2nd Tuesday)")


class PlaceKind(models.TextChoices):
    ADDRESS = "address", _("At an address")
    ONLINE = "online", _("Online")


class Audience(models.TextChoices):
    ALL_MEMBERS = "all", _("All members")
    ACTIVE_MEMBERS = "active", _("Active members")
    WORKING_GROUP = "working_group", _("A working group (active members)")


class AnswerStatus(models.TextChoices):
    COMING = "coming", _("I will come")
    NOT_COMING = "not_coming", _("I can't come")


# Languages a group may be held in: ISO 639 codes, names in the site's language.
SPOKEN_LANGUAGES = [
    ("fr", _("French")),
    ("en", _("English")),
    ("pcm", _("Nigerian Pidgin")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("ro", _("Romanian")),
    ("zh", _("Chinese")),
    ("ar", _("Arabic")),
]
