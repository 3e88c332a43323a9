"""Forms of the members' area: signing a document, accepting an invitation."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from members_area.names import name_matches


class SignForm(forms.Form):
    version_id = forms.IntegerField(widget=forms.HiddenInput)
    accept = forms.BooleanField(
        label=_("I have read and I accept this document."),
        error_messages={"required": _("Tick the box to say that you have read and accept it.")},
    )
    typed_name = forms.CharField(
        label=_("Your first and last name"),
        help_text=_("Type them as they are on your account, for example: %(example)s."),
        max_length=300,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        example = f"{user.first_name} {user.last_name}".strip() or user.get_username()
        self.fields["typed_name"].help_text = self.fields["typed_name"].help_text % {
            "example": example
        }

    def clean_typed_name(self):
        typed = self.cleaned_data["typed_name"]
        if not name_matches(typed, self.user.first_name, self.user.last_name):
            raise forms.ValidationError(
                _(
                    "This name does not match the name on your account. "
                    "Type your first name and your last name."
                )
            )
        return typed


class AcceptInvitationForm(forms.Form):
    username = forms.CharField(
        label=_("Username"),
        help_text=_("You can log in with it or with your e-mail address."),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username"}),
    )
    password1 = forms.CharField(
        label=_("Choose a password"),
        help_text=_("At least 10 characters. A short sentence is easy to remember."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, invitation, **kwargs):
        self.invitation = invitation
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        User = get_user_model()
        taken = User.objects.filter(username__iexact=username).exclude(
            email__iexact=self.invitation.email
        )
        if taken.exists():
            raise forms.ValidationError(_("This username is taken. Please choose another one."))
        try:
            User.username_validator(username)
        except forms.ValidationError as error:
            raise forms.ValidationError(
                _("Use only letters, digits and the signs @ . + - _")
            ) from error
        return username

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords are not the same."))
        elif first:
            candidate = get_user_model()(
                username=cleaned.get("username", ""),
                email=self.invitation.email,
                first_name=self.invitation.first_name,
                last_name=self.invitation.last_name,
            )
            try:
                password_validation.validate_password(first, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
