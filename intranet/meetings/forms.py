import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from intranet.organisations.models import Organisation, time_zone_choices

from .models import ActionItem, AgendaItem, Answer, NetworkMeeting


class MeetingForm(forms.ModelForm):
    """Date and wall-clock times are entered in the meeting's own time zone, whatever the reader's is."""

    day = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    start = forms.TimeField(label=_("Starts at"), widget=forms.TimeInput(attrs={"type": "time"}))
    end = forms.TimeField(label=_("Ends at"), widget=forms.TimeInput(attrs={"type": "time"}))
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)
    languages = forms.MultipleChoiceField(
        label=_("Meeting languages"), choices=settings.LANGUAGES, widget=forms.CheckboxSelectMultiple, required=False
    )
    dilemma_presenter = forms.ModelChoiceField(
        label=_("Presenter of the dilemma of the day"), queryset=Organisation.objects.none(), required=False
    )

    class Meta:
        model = NetworkMeeting
        fields = [
            "title",
            "description",
            "host_organisation",
            "address",
            "international_guests",
            "international_guests_note",
        ]
        widgets = {"address": forms.Textarea(attrs={"rows": 3}), "description": forms.Textarea(attrs={"rows": 4})}

    map_url = forms.URLField(label=_("Map link"), required=False, assume_scheme="https")
    online_url = forms.URLField(label=_("Online meeting link"), required=False, assume_scheme="https")

    # What the service receives as model fields (the times are converted from day/start/end/time_zone).
    data_fields = (*Meta.fields, "map_url", "online_url")

    def __init__(self, *args, network, with_dilemma=False, **kwargs):
        instance = kwargs.get("instance")
        if instance is not None and instance.pk:
            local_start = instance.starts_at.astimezone(instance.zone)
            kwargs.setdefault("initial", {}).update(
                day=local_start.date(),
                start=local_start.time(),
                end=instance.ends_at.astimezone(instance.zone).time(),
                time_zone=instance.time_zone,
                map_url=instance.map_url,
                online_url=instance.online_url,
                languages=[code for code in instance.languages.split(",") if code],
            )
        super().__init__(*args, **kwargs)
        organisations = network.organisations.order_by("name")
        self.fields["host_organisation"].queryset = organisations
        if with_dilemma:
            self.fields["dilemma_presenter"].queryset = organisations
        else:
            del self.fields["dilemma_presenter"]
        for name in ("title", "description", "address", "international_guests_note"):
            self.fields[name].widget.attrs["dir"] = "auto"


class MeetingSettingsForm(forms.Form):
    dilemma_of_the_day = forms.BooleanField(label=_("Dilemma of the day on every new meeting"), required=False)
    dilemma_minutes = forms.IntegerField(label=_("Minutes for the dilemma of the day"), min_value=5, max_value=240)


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["title", "presenter", "duration_minutes", "order"]

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["presenter"].queryset = network.organisations.order_by("name")
        self.fields["title"].widget.attrs["dir"] = "auto"
        if self.instance.pk is None:
            del self.fields["order"]  # a new item goes last


class AgendaReorderForm(forms.Form):
    """The agenda as the coordinator saw it: every item id in order (`item`), and maybe one item to move a step.

    Each "Move up"/"Move down" button posts the whole list plus `move=<id>:up|down`, so the page works without
    JavaScript. `ordered_ids` in `cleaned_data` is the new order with the move applied; `move` is (id, direction).
    """

    MOVE = re.compile(r"^(?P<pk>\d+):(?P<direction>up|down)\Z")

    def clean(self):
        cleaned_data = super().clean()
        unreadable = ValidationError(
            _("The new order could not be read. Nothing was moved; try again."), code="unreadable"
        )
        try:
            ordered_ids = [int(value) for value in self.data.getlist("item")]
        except ValueError:
            raise unreadable from None
        move = None
        if raw_move := self.data.get("move"):
            match = self.MOVE.match(raw_move)
            if match is None:
                raise unreadable
            move = (int(match["pk"]), match["direction"])
            if move[0] in ordered_ids:
                index = ordered_ids.index(move[0])
                other = index - 1 if move[1] == "up" else index + 1
                if 0 <= other < len(ordered_ids):  # the first item cannot go up, nor the last down
                    ordered_ids[index], ordered_ids[other] = ordered_ids[other], ordered_ids[index]
        cleaned_data["ordered_ids"] = ordered_ids
        cleaned_data["move"] = move
        return cleaned_data


class RSVPForm(forms.Form):
    answer = forms.ChoiceField(label=_("Will you come?"), choices=Answer.choices, widget=forms.RadioSelect)
    people = forms.IntegerField(label=_("Number of people"), min_value=0, max_value=500, initial=1)
    dietary_needs = forms.CharField(label=_("Dietary needs"), max_length=300, required=False)


class MinutesForm(forms.Form):
    text = forms.CharField(label=_("Minutes"), widget=forms.Textarea(attrs={"rows": 12, "dir": "auto"}), required=False)
    decisions = forms.CharField(
        label=_("Decisions"), widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}), required=False
    )


class ActionItemForm(forms.ModelForm):
    class Meta:
        model = ActionItem
        fields = ["title", "owner_organisation", "owner_person", "due_date"]
        widgets = {"due_date": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner_organisation"].queryset = network.organisations.order_by("name")
        self.fields["title"].widget.attrs["dir"] = "auto"
