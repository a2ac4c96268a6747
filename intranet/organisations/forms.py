from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .login_throttle import WINDOW_SECONDS, LoginAttempt, client_address
from .models import Invitation, Organisation, Role, User

ALLOWED_LOGO_FORMATS = {"PNG", "JPEG", "WEBP"}


class EmailAuthenticationForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("E-mail address"), widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"})
    )
    error_messages = {
        "invalid_login": _("The e-mail address or password is not right. Note that the password is case-sensitive."),
        "inactive": _("This account is inactive."),
        "throttled": _(
            "Too many failed attempts to sign in. Wait %(minutes)s minutes, or choose a new password "
            "with “Forgotten your password?”."
        ),
    }

    def clean(self):
        attempt = LoginAttempt(email=self.data.get("username", ""), client=client_address(self.request))
        if attempt.is_blocked():
            raise forms.ValidationError(
                self.error_messages["throttled"],
                code="throttled",
                params={"minutes": WINDOW_SECONDS // 60},
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            attempt.record_failure()
            raise
        attempt.clear()
        return cleaned


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["full_name", "preferred_language", "time_zone"]
        widgets = {"full_name": forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"})}


class SignUpFromInvitationForm(forms.Form):
    """A new person accepting an invitation: the e-mail address is the invited one and cannot be changed."""

    full_name = forms.CharField(
        label=_("Full name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"})
    )
    password1 = forms.CharField(
        label=_("Password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    password2 = forms.CharField(
        label=_("Password again"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def __init__(self, *args, email: str, **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)
        self.fields["password1"].help_text = password_validation.password_validators_help_text_html()

    def clean(self):
        cleaned = super().clean()
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are not the same."))
        elif password1:
            candidate = User(email=self.email, full_name=cleaned.get("full_name", ""))
            try:
                password_validation.validate_password(password1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["email", "role", "language"]
        widgets = {"email": forms.EmailInput(attrs={"autocomplete": "off"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()

    def validate_unique(self):
        # The service reports a waiting invitation to the same address with a clearer message.
        pass


class LeaderInvitationForm(InvitationForm):
    """A coordinator invites a leader for an organisation of their network; the role is fixed."""

    class Meta(InvitationForm.Meta):
        fields = ["email", "language"]


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class OrganisationForm(forms.ModelForm):
    """The organisation's profile in all three languages; `version` guards against overwriting a colleague's save."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = [
            "name_da",
            "name_ar",
            "name_fr",
            "description_da",
            "description_ar",
            "description_fr",
            "kind",
            "city",
            "country",
            "logo",
            "contact_email",
            "contact_phone",
            "website",
        ]
        widgets = {
            "name_ar": forms.TextInput(attrs={"dir": "rtl", "lang": "ar"}),
            "name_da": forms.TextInput(attrs={"dir": "ltr", "lang": "da"}),
            "name_fr": forms.TextInput(attrs={"dir": "ltr", "lang": "fr"}),
            "description_ar": forms.Textarea(attrs={"dir": "rtl", "lang": "ar", "rows": 5}),
            "description_da": forms.Textarea(attrs={"dir": "ltr", "lang": "da", "rows": 5}),
            "description_fr": forms.Textarea(attrs={"dir": "ltr", "lang": "fr", "rows": 5}),
            "logo": forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/webp"}),
        }
        labels = {
            "name_da": _("Name (Danish)"),
            "name_ar": _("Name (Arabic)"),
            "name_fr": _("Name (French)"),
            "description_da": _("Description (Danish)"),
            "description_ar": _("Description (Arabic)"),
            "description_fr": _("Description (French)"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name_da"].required = True
        if not self.is_bound and "version" in self.fields:
            self.initial["version"] = self.instance.version

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if not logo or logo == self.instance.logo:
            return logo
        if logo.size > settings.LOGO_MAX_BYTES:
            raise forms.ValidationError(
                _("The logo is %(size)s; the limit is %(limit)s."),
                code="too_large",
                params={"size": filesizeformat(logo.size), "limit": filesizeformat(settings.LOGO_MAX_BYTES)},
            )
        # ImageField has opened the file with Pillow, so the format is read from the content, not the name.
        image_format = getattr(getattr(logo, "image", None), "format", None)
        if image_format not in ALLOWED_LOGO_FORMATS:
            raise forms.ValidationError(_("The logo must be a PNG, JPEG or WebP image."), code="invalid_type")
        return logo

    def profile_data(self) -> dict:
        return {name: value for name, value in self.cleaned_data.items() if name != "version"}


class PreferredLanguagePasswordResetForm(PasswordResetForm):
    """Write the reset e-mail in the language the person chose, whatever page they asked from."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        with translation.override(context["user"].preferred_language):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


class OrganisationCreateForm(OrganisationForm):
    """A coordinator admits an organisation to the network; its first leader is invited by e-mail."""

    version = None
    leader_email = forms.EmailField(
        label=_("E-mail address of the first leader"),
        help_text=_("They receive an invitation to become the organisation's leader."),
    )
    leader_language = forms.ChoiceField(label=_("Language of the e-mail"), choices=settings.LANGUAGES)

    class Meta(OrganisationForm.Meta):
        fields = [field for field in OrganisationForm.Meta.fields if field != "logo"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.pop("version", None)
        self.fields["leader_language"].initial = get_language()

    def profile_data(self) -> dict:
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in {"leader_email", "leader_language"} and name in self._meta.fields
        }
