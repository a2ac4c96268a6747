from django import forms
from django.utils.translation import gettext_lazy as _

from .models import SHORT_CODE_LENGTH, normalise_short_code


class ShortCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Verification code"),
        max_length=40,
        help_text=_("The code printed on the certificate, e.g. ABCD-EFGH-JK."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "dir": "ltr"}),
    )

    def clean_code(self) -> str:
        code = normalise_short_code(self.cleaned_data["code"])
        if len(code) != SHORT_CODE_LENGTH:
            raise forms.ValidationError(
                _("A verification code has %(count)s letters and digits.") % {"count": SHORT_CODE_LENGTH}
            )
        return code


class CertificateIssueForm(forms.Form):
    holder = forms.ModelChoiceField(label=_("Person"), queryset=None)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Why the certificate is issued by hand, e.g. training completed elsewhere."),
    )

    def __init__(self, *args, holders, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["holder"].queryset = holders
        self.fields["holder"].label_from_instance = lambda user: f"{user.full_name} <{user.email}>"


class CertificateRevokeForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))
