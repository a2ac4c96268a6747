"""Forms of the campaign and paper pages; the services do the checking that needs the database."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .campaign_models import CampaignStatus, PaperKind, PaperStatus

LANGUAGES = [("da", _("Danish")), ("ar", _("Arabic")), ("fr", _("French"))]


def _auto(widget):
    widget.attrs["dir"] = "auto"
    return widget


class CampaignTextsForm(forms.Form):
    """The campaign's title and goal in each language."""

    title_da = forms.CharField(
        label=_("Title (Danish)"), max_length=200, required=False, widget=_auto(forms.TextInput())
    )
    title_ar = forms.CharField(
        label=_("Title (Arabic)"), max_length=200, required=False, widget=_auto(forms.TextInput())
    )
    title_fr = forms.CharField(
        label=_("Title (French)"), max_length=200, required=False, widget=_auto(forms.TextInput())
    )
    goal_da = forms.CharField(label=_("Goal (Danish)"), required=False, widget=_auto(forms.Textarea(attrs={"rows": 3})))
    goal_ar = forms.CharField(label=_("Goal (Arabic)"), required=False, widget=_auto(forms.Textarea(attrs={"rows": 3})))
    goal_fr = forms.CharField(label=_("Goal (French)"), required=False, widget=_auto(forms.Textarea(attrs={"rows": 3})))


class CampaignForm(CampaignTextsForm):
    lead_organisation = forms.ModelChoiceField(queryset=None, label=_("Lead organisation"))
    network = forms.ModelChoiceField(queryset=None, label=_("Network"))
    is_public = forms.BooleanField(label=_("Public: anyone can see the campaign"), required=False)

    field_order = ["lead_organisation", "network"]

    def __init__(self, *args, organisations, networks, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_organisation"].queryset = organisations
        self.fields["network"].queryset = networks


class CampaignSettingsForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    status = forms.ChoiceField(label=_("Status"), choices=CampaignStatus.choices)
    is_public = forms.BooleanField(label=_("Public: anyone can see the campaign"), required=False)


class CampaignEditForm(CampaignTextsForm):
    """Title and goal, based on the campaign `version` the leader loaded (a concurrent save is refused)."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class InviteForm(forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, label=_("Organisation"))

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations


class ActionForm(forms.Form):
    title = forms.CharField(label=_("Action"), max_length=300, widget=_auto(forms.TextInput()))
    owner_organisation = forms.ModelChoiceField(queryset=None, label=_("Organisation"))
    deadline = forms.DateField(label=_("Deadline"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_organisation"].queryset = organisations


class DocumentForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False, widget=_auto(forms.TextInput()))
    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, PNG, JPEG or WebP."),
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,image/png,image/jpeg,image/webp"}),
    )


class PaperForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=PaperKind.choices)
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGES)
    title = forms.CharField(label=_("Title"), max_length=300, widget=_auto(forms.TextInput()))
    heading = forms.CharField(
        label=_("Heading of the first section"), max_length=300, required=False, widget=_auto(forms.TextInput())
    )
    body = forms.CharField(
        label=_("Text of the first section"),
        required=False,
        widget=_auto(forms.Textarea(attrs={"rows": 8})),
        help_text=_("Markdown"),
    )


class SectionForm(forms.Form):
    heading = forms.CharField(label=_("Heading"), max_length=300, required=False, widget=_auto(forms.TextInput()))
    body = forms.CharField(
        label=_("Text"), required=False, widget=_auto(forms.Textarea(attrs={"rows": 12})), help_text=_("Markdown")
    )
    summary = forms.CharField(
        label=_("What did you change?"), max_length=300, required=False, widget=_auto(forms.TextInput())
    )
    base_revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class SectionDeleteForm(forms.Form):
    base_revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class SectionMoveForm(SectionDeleteForm):
    direction = forms.ChoiceField(choices=[("up", _("Move up")), ("down", _("Move down"))])


class CommentForm(forms.Form):
    body = forms.CharField(label=_("Comment"), widget=_auto(forms.Textarea(attrs={"rows": 3})), help_text=_("Markdown"))


class TransitionForm(forms.Form):
    status = forms.ChoiceField(choices=PaperStatus.choices)


class SignForm(forms.Form):
    organisation = forms.ModelChoiceField(queryset=None, label=_("On behalf of"), empty_label=None)

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
