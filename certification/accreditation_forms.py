"""Forms of the accreditation pages. Each write form carries the version of the application it was based on."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .accreditation import evidence_check
from .models import Verdict

EVIDENCE_ACCEPT = "application/pdf,image/png,image/jpeg,image/webp"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; cleaned to a list (empty when none was chosen)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": EVIDENCE_ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class VersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class AnswerForm(VersionForm):
    statement = forms.CharField(
        label=_("Statement"),
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
        required=False,
        help_text=_("How the organisation meets the criterion."),
    )
    files = MultipleFileField(
        label=_("Evidence"),
        required=False,
        help_text=_("PDF, PNG, JPEG or WebP, at most 10 MB each."),
    )

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        errors = []
        for file in files:
            try:
                evidence_check(file)
            except ValidationError as error:
                errors.extend(error.error_list)
        if errors:
            raise ValidationError(errors)
        return files


class ReviewForm(VersionForm):
    verdict = forms.ChoiceField(label=_("Verdict"), choices=Verdict.choices)
    comment = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}), required=False
    )


class ApproveForm(VersionForm):
    valid_until = forms.DateField(label=_("Accredited until"), widget=forms.DateInput(attrs={"type": "date"}))
    comment = forms.CharField(
        label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}), required=False
    )


class ReturnForm(VersionForm):
    comment = forms.CharField(
        label=_("What should be changed"), widget=forms.Textarea(attrs={"rows": 4, "dir": "auto"})
    )
