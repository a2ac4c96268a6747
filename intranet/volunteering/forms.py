"""Forms of the volunteer request pages. They check what was typed; the services check the rules."""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from certification.models import Programme
from intranet.organisations.languages import WORKING_LANGUAGES
from intranet.organisations.models import Network

from .models import InReturn, Mode, RequestKind, VolunteerRequest
from .services import REQUEST_FIELDS

# Typed into the request form; the other fields of REQUEST_FIELDS are checkbox groups.
_MODEL_FIELDS = [name for name in REQUEST_FIELDS if name not in ("languages", "in_return")]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


class RequestFilterForm(forms.Form):
    """The filters of a network's request list, read from the query string."""

    q = forms.CharField(label=_("Search"), required=False, widget=forms.TextInput(attrs={"type": "search"}))
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    city = forms.ChoiceField(label=_("City"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    mode = forms.ChoiceField(label=_("Online or in person"), required=False)
    programme = forms.ChoiceField(label=_("Certificate required"), required=False)
    eligible = forms.BooleanField(label=_("Only requests I can respond to"), required=False)
    closed = forms.BooleanField(label=_("Include filled and cancelled requests"), required=False)

    def __init__(self, *args, cities, programmes, **kwargs):
        """`cities`: names, or (name, number of requests) pairs shown as "Tanger (12)"; `programmes`: the network's
        certificate programmes (a list: the page reads them once)."""
        super().__init__(*args, **kwargs)
        self.programmes = {str(programme.pk): programme for programme in programmes}
        self.fields["kind"].choices = [("", _("All kinds")), *RequestKind.choices]
        choices = [("", _("All cities"))]
        for city in cities:
            name, count = city if isinstance(city, tuple) else (city, None)
            if name:
                choices.append((name, name if count is None else f"{name} ({count})"))
        self.fields["city"].choices = choices
        self.fields["language"].choices = [("", _("All languages")), *WORKING_LANGUAGES]
        # "Online or in person" requests match both filters.
        self.fields["mode"].choices = [
            ("", _("Either")),
            (Mode.IN_PERSON, Mode.IN_PERSON.label),
            (Mode.ONLINE, Mode.ONLINE.label),
        ]
        self.fields["programme"].choices = [("", _("Any or none"))] + [
            (pk, programme.name) for pk, programme in self.programmes.items()
        ]

    def filters(self) -> dict:
        """Keyword arguments for `selectors.requests_search`; none when the query string is invalid."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "text": data["q"],
            "kind": data["kind"],
            "city": data["city"],
            "language": data["language"],
            "mode": data["mode"],
            "programme": self.programmes.get(data["programme"]),
            "eligible_only": data["eligible"],
            "include_closed": data["closed"],
        }


class ProgrammeChoiceField(forms.ModelMultipleChoiceField):
    """Certificate programmes, named with their network when the organisation belongs to more than one."""

    def __init__(self, *args, with_network: bool = False, **kwargs):
        self.with_network = with_network
        super().__init__(*args, **kwargs)

    def label_from_instance(self, programme):
        if self.with_network:
            return f"{programme.name} ({programme.network.name})"
        return programme.name


class VolunteerRequestForm(forms.ModelForm):
    """A leader posts or edits a request. `networks`: where the organisation may post (a network field only when
    posting, hidden when there is one); the certificate programmes offered are those of these networks."""

    network = forms.ModelChoiceField(label=_("Network"), queryset=None, empty_label=None)
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=WORKING_LANGUAGES, widget=forms.CheckboxSelectMultiple
    )
    in_return = forms.MultipleChoiceField(
        label=_("What you give in return"),
        choices=InReturn.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Give to get: what a volunteer gains by helping you."),
    )
    required_programmes = ProgrammeChoiceField(
        label=_("Certificates required"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only volunteers holding a valid certificate of each may respond."),
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = VolunteerRequest
        fields = _MODEL_FIELDS
        widgets = {
            "title": forms.TextInput(attrs={"dir": "auto"}),
            "description": forms.Textarea(attrs={"dir": "auto", "rows": 6}),
            "starts_on": DateInput(),
            "ends_on": DateInput(),
            "schedule": forms.TextInput(attrs={"dir": "auto"}),
            "address": forms.TextInput(attrs={"dir": "auto"}),
            "city": forms.TextInput(attrs={"dir": "auto"}),
            "online_details": forms.TextInput(attrs={"dir": "auto"}),
            "hours": forms.NumberInput(attrs={"step": "0.5", "min": "0.5"}),
            "in_return_details": forms.Textarea(attrs={"dir": "auto", "rows": 3}),
        }

    field_order = ["network", *REQUEST_FIELDS[:13], "required_programmes", *REQUEST_FIELDS[13:]]

    def __init__(self, *args, networks, **kwargs):
        super().__init__(*args, **kwargs)
        networks = list(networks)
        editing = self.instance.pk is not None
        if editing:
            # A request stays in the network it was posted to.
            del self.fields["network"]
            self.initial.setdefault("languages", self.instance.language_codes)
            self.initial.setdefault("in_return", self.instance.in_return_codes)
            self.initial.setdefault("required_programmes", [p.pk for p in self.instance.required_programmes.all()])
            self.initial.setdefault("version", self.instance.version)
        else:
            del self.fields["version"]
            self.fields["network"].queryset = Network.objects.filter(
                pk__in=[network.pk for network in networks]
            ).order_by("name")
            if len(networks) == 1:
                self.fields["network"].widget = forms.HiddenInput()
                self.initial.setdefault("network", networks[0].pk)
        field = self.fields["required_programmes"]
        field.queryset = Programme.objects.filter(network__in=networks).select_related("network").order_by("name")
        field.with_network = len(networks) > 1

    def _post_clean(self):
        # The service validates and saves; the form only checks what was typed.
        pass

    def clean(self):
        data = super().clean()
        network = data.get("network")
        if network is not None and any(p.network_id != network.pk for p in data.get("required_programmes", [])):
            self.add_error(
                "required_programmes",
                _("Choose certificate programmes of the network the request is posted in."),
            )
        return data

    def request_data(self) -> dict:
        return {name: self.cleaned_data[name] for name in REQUEST_FIELDS}


class RespondForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the organisation (optional)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"dir": "auto", "rows": 4}),
    )


class HoursForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=DateInput())
    hours = forms.DecimalField(
        label=_("Hours"),
        min_value=Decimal("0.5"),
        max_value=Decimal("24"),
        max_digits=4,
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.5"}),
    )
    note = forms.CharField(
        label=_("What you did"), required=False, max_length=300, widget=forms.TextInput(attrs={"dir": "auto"})
    )
