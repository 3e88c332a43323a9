"""The public forms. Labels speak to the visitor in plain words; every message is translated
so it appears in the page's language."""

import uuid

from django import forms
from django.core.validators import validate_email
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from enquiries.models import AppointmentRequest, MembershipInterest, TrainingQuoteRequest
from enquiries.models.choices import ContactMethod
from enquiries.models.requests import MAX_PARTICIPANTS
from enquiries.validators import validate_phone

HONEYPOT_FIELD = "website"

REQUIRED = {"required": _("Please fill in this field.")}
CHOOSE = {
    "required": _("Please choose one answer."),
    "invalid_choice": _("Please choose one answer."),
}
MESSAGE_HELP = _("At most %(limit)s characters.")


class EnquiryForm(forms.ModelForm):
    """What every public form adds to its model's fields: the double-submission token, the
    honeypot and the agreement to the privacy notice."""

    token = forms.CharField(required=False, max_length=64, widget=forms.HiddenInput)
    # A trap for robots: hidden from people, from screen readers and from the Tab key.
    website = forms.CharField(required=False, max_length=200, label=_("Leave this field empty"))

    # Radio buttons beat drop-down lists on small phones: every choice is visible at once.
    radio_fields = ()

    def __init__(self, *args, privacy_url="", **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        if not self.is_bound and not self.initial.get("token"):
            self.initial["token"] = str(uuid.uuid4())
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        for name, field in self.fields.items():
            if name in self.radio_fields:
                field.widget = forms.RadioSelect(choices=field.choices)
                field.choices = [choice for choice in field.choices if choice[0] != ""]
            is_choice = isinstance(field, forms.ChoiceField)
            field.error_messages.update(CHOOSE if is_choice else REQUIRED)
            if getattr(field, "max_length", None) and isinstance(field.widget, forms.Textarea):
                field.help_text = MESSAGE_HELP % {"limit": field.max_length}
        self.fields["privacy_agreed"] = forms.BooleanField(
            required=True,
            label=privacy_label(privacy_url),
            error_messages={"required": _("Please agree to the privacy notice to send the form.")},
        )

    def clean_token(self):
        """A missing or forged token only costs the double-submission guard, never the request."""
        try:
            return uuid.UUID(self.cleaned_data.get("token") or "")
        except ValueError:
            return uuid.uuid4()

    def is_spam(self):
        return bool(self.data.get(HONEYPOT_FIELD))

    def save(self, commit=True, language=""):
        instance = super().save(commit=False)
        instance.idempotency_key = self.cleaned_data["token"]
        instance.privacy_agreed = True
        instance.language = language
        if commit:
            instance.save()
        return instance


def privacy_label(url):
    if url:
        return format_html(
            '{} <a href="{}">{}</a>',
            _("I have read and I accept the"),
            url,
            _("privacy notice"),
        )
    return _("I have read and I accept the privacy notice")


class TrainingQuoteForm(EnquiryForm):
    participants = forms.IntegerField(
        min_value=1,
        max_value=MAX_PARTICIPANTS,
        label=_("Number of participants"),
        error_messages={
            "invalid": _("Enter a whole number, for example 12."),
            "min_value": _("There must be at least one participant."),
        },
    )
    radio_fields = ("training", "audience", "place")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Formatted here, in the request's language, not once at import.
        participants = self.fields["participants"]
        participants.help_text = _("Between 1 and %(max)s.") % {"max": MAX_PARTICIPANTS}
        participants.error_messages["max_value"] = _(
            "For more than %(max)s people, please say so in your message."
        ) % {"max": MAX_PARTICIPANTS}

    class Meta:
        model = TrainingQuoteRequest
        fields = [
            "organisation",
            "organisation_kind",
            "contact_name",
            "contact_role",
            "email",
            "phone",
            "training",
            "audience",
            "participants",
            "preferred_period",
            "place",
            "region",
            "message",
        ]
        labels = {
            "organisation": _("Name of your organisation"),
            "organisation_kind": _("Kind of organisation"),
            "contact_name": _("Your name"),
            "contact_role": _("Your role"),
            "email": _("Your e-mail address"),
            "phone": _("Your phone number (optional)"),
            "training": _("Which training do you want?"),
            "audience": _("The people you work with are"),
            "preferred_period": _("When would suit you?"),
            "place": _("Where?"),
            "region": _("Your region"),
            "message": _("Anything else we should know? (optional)"),
        }
        help_texts = {
            "preferred_period": _("For example: spring 2027, or a month."),
            "contact_role": _("For example: social worker, head of service."),
        }
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "contact_role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "message": forms.Textarea(attrs={"rows": 5}),
        }
        error_messages = {
            "email": {"invalid": _("Enter an e-mail address like name@example.org.")},
        }


class SafeContactForm(EnquiryForm):
    """Short on purpose. The browser is asked not to remember anything typed here: the phone
    may be shared with, or checked by, the wrong person."""

    may_leave_message = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        label=_("May we leave you a message?"),
        help_text=_("If someone else may hear or read it, answer no."),
    )
    radio_fields = ("contact_method", "preferred_language")
    autocomplete_off = True

    class Meta:
        fields = [
            "name",
            "contact_method",
            "contact_value",
            "may_leave_message",
            "preferred_language",
            "message",
        ]
        labels = {
            "name": _("Your first name, or a name you choose"),
            "contact_method": _("How can we reach you safely?"),
            "contact_value": _("Your number, e-mail address or messaging account"),
            "preferred_language": _("Which language do you prefer?"),
            "message": _("Your message (optional)"),
        }
        help_texts = {
            "name": _("It does not need to be your real name."),
            "contact_value": _("Only one that is safe for you."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "off"}),
            "contact_value": forms.TextInput(attrs={"autocomplete": "off"}),
            "message": forms.Textarea(attrs={"rows": 5, "autocomplete": "off"}),
        }

    def clean(self):
        cleaned = super().clean()
        method, value = cleaned.get("contact_method"), cleaned.get("contact_value")
        if method and value:
            try:
                if method == ContactMethod.EMAIL:
                    validate_email(value)
                elif method == ContactMethod.PHONE:
                    validate_phone(value)
            except forms.ValidationError:
                self.add_error(
                    "contact_value",
                    _("Enter an e-mail address like name@example.org.")
                    if method == ContactMethod.EMAIL
                    else _("Enter a phone number with digits only, for example 06 12 34 56 78."),
                )
        return cleaned


class AppointmentForm(SafeContactForm):
    class Meta(SafeContactForm.Meta):
        model = AppointmentRequest


class MembershipInterestForm(SafeContactForm):
    class Meta(SafeContactForm.Meta):
        model = MembershipInterest
        fields = SafeContactForm.Meta.fields[:5] + ["referred_by", "message"]
        labels = SafeContactForm.Meta.labels | {
            "referred_by": _("Did an association send you to us? Which one? (optional)")
        }
        help_texts = SafeContactForm.Meta.help_texts | {"referred_by": ""}
