"""Pages for network meetings. Thin: selectors read, services write."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from intranet.forms import form_add_validation_error
from intranet.organisations.models import Organisation, User
from intranet.organisations.selectors import network_get_for_user, networks_visible_to

from . import ics, selectors, services
from .forms import (
    ActionItemForm,
    AgendaItemForm,
    AgendaReorderForm,
    MeetingForm,
    MeetingSettingsForm,
    MinutesForm,
    RSVPForm,
)
from .models import ActionItem, AgendaItem, Answer, NetworkMeetingSettings


def _coordinated_meeting(request, pk):
    """The meeting for its coordinators; 404 for those who may not see it, 403 for members who may not edit."""
    meeting = selectors.meeting_get_for_user(user=request.user, pk=pk)
    if not meeting.user_coordinates:
        raise PermissionDenied
    return meeting


def _meeting_data(form) -> dict:
    data = {name: form.cleaned_data[name] for name in form.data_fields}
    data["starts_at"], data["ends_at"] = services.meeting_times(
        day=form.cleaned_data["day"],
        start=form.cleaned_data["start"],
        end=form.cleaned_data["end"],
        time_zone=form.cleaned_data["time_zone"],
    )
    data["time_zone"] = form.cleaned_data["time_zone"]
    data["languages"] = ",".join(form.cleaned_data["languages"])
    return data


@login_required
def network_meetings(request, slug):
    network = network_get_for_user(user=request.user, slug=slug)
    is_coordinator = selectors.user_coordinates(user=request.user, network_id=network.pk)
    return render(
        request,
        "meetings/network_meetings.html",
        {
            "network": network,
            "is_coordinator": is_coordinator,
            "upcoming": selectors.meetings_for_network(network=network, upcoming=True),
            "past": selectors.meetings_for_network(network=network, upcoming=False)[:20],
            "feed_url": request.build_absolute_uri(
                reverse(
                    "meeting_feed", kwargs={"token": ics.feed_token(user_id=request.user.pk, network_id=network.pk)}
                )
            ),
        },
    )


@login_required
def meeting_create(request, slug):
    network = network_get_for_user(user=request.user, slug=slug)
    if not selectors.user_coordinates(user=request.user, network_id=network.pk):
        raise PermissionDenied
    meeting_settings = NetworkMeetingSettings.objects.filter(network=network).first()
    with_dilemma = bool(meeting_settings and meeting_settings.dilemma_of_the_day)
    initial = {"time_zone": request.user.time_zone, "languages": [request.LANGUAGE_CODE]}
    form = MeetingForm(request.POST or None, network=network, with_dilemma=with_dilemma, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            meeting = services.meeting_create(
                network=network,
                created_by=request.user,
                data=_meeting_data(form),
                dilemma_presenter=form.cleaned_data.get("dilemma_presenter"),
            )
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("The meeting is scheduled."))
            return redirect(meeting)
    return render(request, "meetings/meeting_form.html", {"form": form, "network": network})


@login_required
def meeting_edit(request, pk):
    meeting = _coordinated_meeting(request, pk)
    form = MeetingForm(request.POST or None, instance=meeting, network=meeting.network)
    if request.method == "POST" and form.is_valid():
        try:
            services.meeting_update(meeting=meeting, updated_by=request.user, data=_meeting_data(form))
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("The meeting is saved."))
            return redirect(meeting)
    return render(request, "meetings/meeting_form.html", {"form": form, "network": meeting.network, "meeting": meeting})


@login_required
def meeting_settings(request, slug):
    network = network_get_for_user(user=request.user, slug=slug)
    if not selectors.user_coordinates(user=request.user, network_id=network.pk):
        raise PermissionDenied
    current = NetworkMeetingSettings.objects.filter(network=network).first()
    initial = {"dilemma_of_the_day": current.dilemma_of_the_day if current else False}
    initial["dilemma_minutes"] = current.dilemma_minutes if current else 20
    form = MeetingSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.meeting_settings_update(network=network, updated_by=request.user, **form.cleaned_data)
        messages.success(request, _("The meeting settings are saved."))
        return redirect("network_meetings", slug=network.slug)
    return render(request, "meetings/meeting_settings.html", {"form": form, "network": network})


@login_required
def meeting_detail(request, pk):
    meeting = selectors.meeting_get_for_user(user=request.user, pk=pk)
    is_coordinator = meeting.user_coordinates
    action_items, earlier_actions = selectors.meeting_actions(meeting=meeting)
    rsvps = list(selectors.meeting_rsvps(meeting=meeting))
    my_rsvp = next((rsvp for rsvp in rsvps if rsvp.user_id == request.user.pk), None)
    by_organisation = {rsvp.organisation_id: rsvp for rsvp in rsvps if rsvp.organisation_id}
    led = [
        (organisation, by_organisation.get(organisation.pk))
        for organisation in selectors.organisations_user_leads_in_network(
            user=request.user, network_id=meeting.network_id
        )
    ]
    coming = [rsvp for rsvp in rsvps if rsvp.answer != Answer.NO]
    minutes = getattr(meeting, "minutes", None)
    return render(
        request,
        "meetings/meeting_detail.html",
        {
            "meeting": meeting,
            "is_coordinator": is_coordinator,
            "schedule": selectors.agenda_schedule(meeting=meeting),
            "rsvps": coming,
            "people_coming": sum(rsvp.people for rsvp in coming if rsvp.answer == Answer.YES),
            "my_rsvp": my_rsvp,
            "rsvp_form": RSVPForm(
                initial={"answer": my_rsvp.answer, "people": my_rsvp.people, "dietary_needs": my_rsvp.dietary_needs}
                if my_rsvp
                else None
            ),
            "led_organisations": led,
            "earlier_actions": earlier_actions,
            "action_items": action_items,
            "minutes": minutes,
        },
    )


@login_required
@require_POST
def meeting_rsvp(request, pk):
    meeting = selectors.meeting_get_for_user(user=request.user, pk=pk)
    organisation = None
    if slug := request.POST.get("organisation"):
        organisation = get_object_or_404(Organisation, slug=slug)
    form = RSVPForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please correct the answer and try again."))
        return redirect(meeting)
    try:
        services.rsvp_answer(meeting=meeting, answered_by=request.user, organisation=organisation, **form.cleaned_data)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Thank you, your answer is saved."))
    return redirect(meeting)


@login_required
def meeting_attendees(request, pk):
    meeting = _coordinated_meeting(request, pk)
    return render(
        request,
        "meetings/meeting_attendees.html",
        {
            "meeting": meeting,
            "rsvps": selectors.meeting_rsvps(meeting=meeting),
            "counts": selectors.rsvp_counts_per_organisation(meeting=meeting),
        },
    )


@login_required
def agenda_item_add(request, pk):
    meeting = _coordinated_meeting(request, pk)
    form = AgendaItemForm(request.POST or None, network=meeting.network, prefix="agenda")
    if request.method == "POST" and form.is_valid():
        services.agenda_item_add(
            meeting=meeting,
            added_by=request.user,
            title=form.cleaned_data["title"],
            duration_minutes=form.cleaned_data["duration_minutes"],
            presenter=form.cleaned_data["presenter"],
        )
        messages.success(request, _("The agenda item is added."))
        return redirect(meeting)
    return render(request, "meetings/agenda_item_form.html", {"form": form, "meeting": meeting})


@login_required
def agenda_item_edit(request, pk, item_pk):
    meeting = _coordinated_meeting(request, pk)
    item = get_object_or_404(AgendaItem, meeting=meeting, pk=item_pk)
    form = AgendaItemForm(request.POST or None, instance=item, network=meeting.network)
    if request.method == "POST":
        if "delete" in request.POST:
            services.agenda_item_delete(item=item, deleted_by=request.user)
            return redirect(meeting)
        if form.is_valid():
            services.agenda_item_update(item=item, updated_by=request.user, data=form.cleaned_data)
            return redirect(meeting)
    return render(request, "meetings/agenda_item_form.html", {"form": form, "meeting": meeting, "item": item})


@login_required
def agenda_reorder(request, pk):
    """Reorder the whole agenda; each move is saved at once and the page comes back with focus on the moved item."""
    meeting = _coordinated_meeting(request, pk)
    form = AgendaReorderForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            items = services.agenda_reorder(
                meeting=meeting, ordered_ids=form.cleaned_data["ordered_ids"], updated_by=request.user
            )
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            if "done" in request.POST:
                messages.success(request, _("The order of the agenda is saved."))
                return redirect(meeting)
            url = reverse("agenda_reorder", kwargs={"pk": meeting.pk})
            moved_pk, direction = form.cleaned_data["move"] or (None, None)
            position = next((index for index, item in enumerate(items, start=1) if item.pk == moved_pk), None)
            if position is None:
                messages.success(request, _("The order of the agenda is saved."))
                return redirect(url)
            # Said in words as well, for those who do not see the list change.
            messages.success(
                request,
                _("“%(title)s” is now number %(position)s of %(count)s.")
                % {"title": items[position - 1].title, "position": position, "count": len(items)},
            )
            return redirect(f"{url}?{urlencode({'moved': f'{moved_pk}:{direction}'})}#item-{moved_pk}")
    # After a refused list the prefetched items are the current ones: the page shows what is really there now.
    schedule = selectors.agenda_schedule(meeting=meeting)
    return render(
        request,
        "meetings/agenda_reorder.html",
        {"meeting": meeting, "form": form, "schedule": schedule, "focus": _reorder_focus(request, schedule)},
    )


def _reorder_focus(request, schedule) -> tuple[int, str] | None:
    """The button to focus after a move: the same one again, or its twin once the item reached the top or bottom."""
    match = AgendaReorderForm.MOVE.match(request.GET.get("moved", ""))
    ids = [entry.item.pk for entry in schedule]
    if match is None or int(match["pk"]) not in ids:
        return None
    pk, direction = int(match["pk"]), match["direction"]
    if len(ids) > 1 and ids[0 if direction == "up" else -1] == pk:
        direction = "down" if direction == "up" else "up"
    return pk, direction


@login_required
def minutes_edit(request, pk):
    meeting = _coordinated_meeting(request, pk)
    minutes = getattr(meeting, "minutes", None)
    form = MinutesForm(
        request.POST or None, initial={"text": minutes.text, "decisions": minutes.decisions} if minutes else None
    )
    action_form = ActionItemForm(network=meeting.network, prefix="action")
    if request.method == "POST" and form.is_valid():
        services.minutes_save(meeting=meeting, updated_by=request.user, **form.cleaned_data)
        messages.success(request, _("The minutes are saved."))
        return redirect(meeting)
    return render(request, "meetings/minutes_form.html", {"form": form, "meeting": meeting, "action_form": action_form})


@login_required
@require_POST
def action_item_add(request, pk):
    meeting = _coordinated_meeting(request, pk)
    form = ActionItemForm(request.POST, network=meeting.network, prefix="action")
    if form.is_valid():
        services.action_item_add(meeting=meeting, added_by=request.user, **form.cleaned_data)
        messages.success(request, _("The action item is added."))
    else:
        messages.error(request, _("The action item needs a title."))
    return redirect(meeting)


@login_required
@require_POST
def action_item_status(request, pk, item_pk):
    meeting = selectors.meeting_get_for_user(user=request.user, pk=pk)
    item = get_object_or_404(ActionItem.objects.select_related("meeting__network"), meeting=meeting, pk=item_pk)
    services.action_item_set_status(item=item, changed_by=request.user, status=request.POST.get("status", "done"))
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, {request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect(meeting)


def _calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def meeting_ics(request, pk):
    meeting = selectors.meeting_get_for_user(user=request.user, pk=pk)
    return _calendar_response(ics.meetings_calendar([meeting], name=meeting.title), f"meeting-{meeting.pk}.ics")


def meeting_feed(request, token):
    """A subscribable calendar: calendar apps have no session, so the signed token in the URL says who asks."""
    try:
        payload = ics.feed_token_read(token)
    except signing.BadSignature as error:
        raise Http404 from error
    user = User.objects.filter(pk=payload.get("u"), is_active=True).first()
    if user is None:
        raise Http404
    meetings = selectors.meetings_visible_to(user).order_by("starts_at")
    name = _("Network meetings")
    if payload.get("n") is not None:
        network = networks_visible_to(user).filter(pk=payload["n"]).first()
        if network is None:
            raise Http404
        meetings = meetings.filter(network=network)
        name = network.name
    return _calendar_response(ics.meetings_calendar(meetings, name=name), "meetings.ics")


@login_required
def my_meetings_feed_link(request):
    url = request.build_absolute_uri(reverse("meeting_feed", kwargs={"token": ics.feed_token(user_id=request.user.pk)}))
    return render(request, "meetings/my_feed.html", {"feed_url": url})
