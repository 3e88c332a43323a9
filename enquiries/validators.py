"""Validators for what people type into the public forms."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# Digits with the usual separators and an optional leading +: "+33 6 12 34 56 78", "06.12…".
validate_phone = RegexValidator(
    r"^\+?[0-9][0-9 .\-()]{5,28}[0-9]$",
    message=_("Enter a phone number with digits only, for example 06 12 34 56 78."),
)
