"""France's free emergency and help numbers, shown by the helplines block.

The numbers are national facts, not content: they are written once here, with what each is
for as interface strings (translated through gettext), and every page that needs them
places the block instead of copying them."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Helpline:
    number: str
    name: str
    purpose: str
    by_text: bool = False  # reached by text message (SMS) instead of a call

    @property
    def href(self):
        return f"{'sms' if self.by_text else 'tel'}:{self.number}"


HELPLINES = [
    Helpline("17", _("Police"), _("You are in danger now, or you saw a crime happen.")),
    Helpline(
        "112",
        _("European emergency number"),
        _("Any emergency, from any phone, anywhere in Europe."),
    ),
    Helpline(
        "119",
        _("Children in danger (Allô Enfance en danger)"),
        _("A child or a teenager is in danger, or you are worried about one."),
    ),
    Helpline(
        "3919",
        _("Violence against women (Violences Femmes Info)"),
        _("To talk about violence you suffer, without giving your name."),
    ),
    Helpline(
        "114",
        _("Emergency by text message"),
        _("When you cannot speak or hear: send a text message to ask for help."),
        by_text=True,
    ),
    Helpline("115", _("Emergency shelter (Samu social)"), _("You need a place to sleep tonight.")),
]
