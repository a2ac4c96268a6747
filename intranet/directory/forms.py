from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from .models import OFFER_LANGUAGES, Competence, CompetenceOffer

IMPORT_SALT = "shabaka.directory.import"
# The preview's signed copy of the file is accepted for this long; a coordinator reads the table, then confirms.
IMPORT_MAX_AGE_SECONDS = 60 * 60


class OfferForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=OFFER_LANGUAGES, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = CompetenceOffer
        fields = ["competence", "description", "contact", "languages", "city", "mode"]
        widgets = {
            "description": forms.Textarea(attrs={"dir": "auto", "rows": 6}),
            "city": forms.TextInput(attrs={"dir": "auto"}),
        }

    def __init__(self, *args, members, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["contact"].queryset = members
        self.fields["contact"].required = True
        self.fields["competence"].queryset = Competence.objects.order_by("sort_order", "name")
        self.fields["city"].help_text = _("Leave empty for the organisation's city.")
        if self.instance.pk:
            self.initial["languages"] = self.instance.language_codes

    def _post_clean(self):
        # The service validates and saves; the form only checks what was typed.
        pass

    def offer_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class DirectorySearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, widget=forms.TextInput(attrs={"type": "search"}))
    competence = forms.ChoiceField(label=_("Competence"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, competences, cities, **kwargs):
        """`cities`: names, or (name, number of offers) pairs shown as "Tanger (12)"."""
        super().__init__(*args, **kwargs)
        # A list, not a queryset: the page reads the competences once, for the choices and the chosen one.
        self.competences = {competence.slug: competence for competence in competences}
        self.fields["competence"].choices = [("", _("All competences"))] + [
            (slug, competence.name) for slug, competence in self.competences.items()
        ]
        choices = [("", _("All cities"))]
        for city in cities:
            name, count = city if isinstance(city, tuple) else (city, None)
            if name:
                choices.append((name, name if count is None else f"{name} ({count})"))
        self.fields["city"].choices = choices
        self.fields["language"].choices = [("", _("All languages")), *OFFER_LANGUAGES]

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "competence": self.competences.get(data["competence"]),
            "city": data["city"],
            "language": data["language"],
            "text": data["q"],
        }


class HelpRequestForm(forms.Form):
    message = forms.CharField(
        label=_("What do you need help with?"), max_length=5000, widget=forms.Textarea(attrs={"dir": "auto", "rows": 6})
    )
    organisation = forms.ModelChoiceField(label=_("On behalf of"), queryset=None, required=False)
    reach_me = forms.CharField(
        label=_("How to reach you"),
        max_length=300,
        help_text=_("E-mail, phone, or when you are usually available."),
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].required = organisations.exists()


class ImportUploadForm(forms.Form):
    file = forms.FileField(label=_("CSV file from the workshop"))


class ImportConfirmForm(forms.Form):
    """The previewed file, signed so that what is confirmed is exactly what was checked."""

    payload = forms.CharField(widget=forms.HiddenInput)

    @staticmethod
    def sign(text: str) -> str:
        return signing.dumps(text, salt=IMPORT_SALT, compress=True)

    def clean_payload(self) -> str:
        try:
            return signing.loads(self.cleaned_data["payload"], salt=IMPORT_SALT, max_age=IMPORT_MAX_AGE_SECONDS)
        except signing.BadSignature as error:
            raise forms.ValidationError(_("The preview is too old or was changed. Upload the file again.")) from error
