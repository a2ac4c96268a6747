"""Forms for enrolling others: a leader picks members of their organisation, a coordinator whole organisations.

The choices are built from lists the view has already loaded, so a form costs no query of its own; anything
posted that is not among them is an invalid choice and nobody is enrolled.
"""

from django import forms
from django.utils.translation import gettext_lazy as _


class DueDateField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Due date"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", _("Optional. People get a reminder a week and a day before."))
        super().__init__(**kwargs)


class EnrolMembersForm(forms.Form):
    members = forms.TypedMultipleChoiceField(
        label=_("Members"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )
    all_volunteers = forms.BooleanField(label=_("All the organisation's volunteers"), required=False)
    due_date = DueDateField()

    def __init__(self, *args, memberships, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["members"].choices = [
            (membership.user_id, membership.user.full_name or membership.user.email) for membership in memberships
        ]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("members") and not cleaned.get("all_volunteers") and "members" not in self.errors:
            self.add_error("members", _("Choose at least one person to enrol."))
        return cleaned


class EnrolOrganisationsForm(forms.Form):
    organisations = forms.TypedMultipleChoiceField(
        label=_("Organisations"), coerce=int, widget=forms.CheckboxSelectMultiple
    )
    due_date = DueDateField()

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].choices = [(organisation.pk, organisation.name) for organisation in organisations]
