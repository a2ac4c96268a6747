from django import forms
from django.utils.translation import gettext_lazy as _

from .models import SubscriptionMode

ATTACHMENT_ACCEPT = "application/pdf,image/png,image/jpeg,image/webp"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files in one input, cleaned to a list; their content is checked by the service."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ATTACHMENT_ACCEPT}))
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Attachments"))
        kwargs.setdefault("help_text", _("PDF, PNG, JPEG or WebP, at most 10 MB each."))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


def _body_field(label):
    return forms.CharField(
        label=label,
        max_length=20000,
        strip=False,
        help_text=_(
            "Markdown: **bold**, *italic*, [link](https://…), lists and quotes. Mention people with @FullName."
        ),
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto"}),
    )


class ThreadForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, widget=forms.TextInput(attrs={"dir": "auto"}))
    body = _body_field(_("Text"))
    attachments = AttachmentsField()


class PostForm(forms.Form):
    body = _body_field(_("Your answer"))
    attachments = AttachmentsField()


class PostEditForm(forms.Form):
    body = _body_field(_("Text"))
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), max_length=500, widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}))


class MoveForm(forms.Form):
    forum = forms.ModelChoiceField(label=_("Move to forum"), queryset=None)

    def __init__(self, *args, forums, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["forum"].queryset = forums


class SubscriptionForm(forms.Form):
    mode = forms.ChoiceField(
        label=_("E-mail me"),
        required=False,
        choices=[("", _("Never")), *SubscriptionMode.choices],
    )


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the forums"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "dir": "auto"}),
    )
    author = forms.IntegerField(required=False, widget=forms.HiddenInput)


def _text_input():
    return forms.TextInput(attrs={"dir": "auto"})


def _description_input():
    return forms.Textarea(attrs={"rows": 3, "dir": "auto"})


class ForumForm(forms.Form):
    """A forum's name and description in each language (Danish required: the others fall back to it) and its place
    in the network's list. The slug is made by the service."""

    name_da = forms.CharField(label=_("Name (Danish)"), max_length=200, widget=_text_input())
    name_ar = forms.CharField(label=_("Name (Arabic)"), max_length=200, required=False, widget=_text_input())
    name_fr = forms.CharField(label=_("Name (French)"), max_length=200, required=False, widget=_text_input())
    description_da = forms.CharField(
        label=_("Description (Danish)"), max_length=2000, required=False, widget=_description_input()
    )
    description_ar = forms.CharField(
        label=_("Description (Arabic)"), max_length=2000, required=False, widget=_description_input()
    )
    description_fr = forms.CharField(
        label=_("Description (French)"), max_length=2000, required=False, widget=_description_input()
    )
    sort_order = forms.IntegerField(
        label=_("Order"),
        min_value=0,
        max_value=32767,
        required=False,
        initial=0,
        help_text=_("Forums with smaller numbers come first."),
    )

    def clean_sort_order(self):
        return self.cleaned_data["sort_order"] or 0
