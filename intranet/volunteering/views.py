"""Pages of volunteer requests. Thin: they call selectors to read and services to write; the services decide who
may do what, so a forged POST gets the answer the page would have given."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from certification import selectors as certification_selectors
from intranet.forms import form_add_validation_error
from intranet.organisations.models import User
from intranet.organisations.selectors import organisation_get_for_user

from . import selectors, services
from .forms import HoursForm, RequestFilterForm, RespondForm, VolunteerRequestForm
from .models import InReturn, RequestStatus, ResponseStatus

REQUESTS_PER_PAGE = 20


@login_required
def volunteering_index(request):
    networks = list(selectors.volunteering_networks_for(user=request.user))
    if len(networks) == 1:
        return redirect("volunteer_request_list", slug=networks[0].slug)
    return render(request, "volunteering/volunteering_index.html", {"networks": networks})


@login_required
def request_list(request, slug):
    network = selectors.request_list_network_get(user=request.user, slug=slug)
    programmes = selectors.network_programmes_held(network=network, user=request.user)
    held = {programme.pk for programme in programmes if programme.is_held}
    # The city choices come from the counts below, so the form is first read without them to know the filters.
    first_read = RequestFilterForm(request.GET, cities=[request.GET.get("city", "")], programmes=programmes)
    filters = first_read.filters()
    search = {"network": network, "user": request.user, "held_programme_ids": held, **filters}
    # One query gives both the city filter's choices and the number of results (instead of Paginator's count).
    city_counts = selectors.request_city_counts(requests=selectors.requests_search(**{**search, "city": ""}))
    city = filters.get("city", "")
    cities = sorted(city_counts.items(), key=lambda item: item[0].casefold())
    if city and city not in city_counts:
        cities.append((city, 0))
    form = RequestFilterForm(request.GET, cities=cities, programmes=programmes)
    requests = selectors.with_required_programme_flags(
        requests=selectors.requests_search(**search), programmes=programmes
    )
    paginator = Paginator(requests, REQUESTS_PER_PAGE)
    paginator.count = (
        sum(count for name, count in city_counts.items() if name.casefold() == city.casefold())
        if city
        else sum(city_counts.values())
    )
    page_obj = paginator.get_page(request.GET.get("page"))
    cards = [
        (
            volunteer_request,
            selectors.required_programmes_from_flags(volunteer_request=volunteer_request, programmes=programmes),
        )
        for volunteer_request in page_obj
    ]
    led_organisations = []
    if (network.led_organisation_count or 0) > 1:
        led_organisations = list(selectors.organisations_led_in(user=request.user, network=network))
    return render(
        request,
        "volunteering/request_list.html",
        {
            "network": network,
            "form": form,
            "page_obj": page_obj,
            "cards": cards,
            "held": held,
            "led_organisations": led_organisations,
        },
    )


def _detail_page(request, network, volunteer_request, *, respond_form=None, hours_form=None):
    """The request, and what the viewer may do with it: respond, or see why not; their response and hours."""
    live_response = selectors.live_response_of(user=request.user, volunteer_request=volunteer_request)
    held = selectors.valid_programme_ids(user=request.user)
    result = selectors.eligibility(
        user=request.user,
        volunteer_request=volunteer_request,
        held_programme_ids=held,
        is_member=selectors.belongs_to_network(user=request.user, network_id=network.pk),
        live_response=live_response,
    )
    context = {
        "network": network,
        "volunteer_request": volunteer_request,
        "eligibility": result,
        "held_programme_ids": held,
        "live_response": live_response,
        "is_leader": selectors.leads(user=request.user, organisation_id=volunteer_request.organisation_id),
    }
    if result.can_respond:
        context["respond_form"] = respond_form or RespondForm()
    if live_response is not None and live_response.status == ResponseStatus.ACCEPTED:
        context["hours_form"] = hours_form or HoursForm()
    return render(request, "volunteering/request_detail.html", context)


@login_required
def request_detail(request, slug, pk):
    """The request; POST responds to it."""
    network = selectors.volunteering_network_get(user=request.user, slug=slug)
    volunteer_request = selectors.network_request_get(network=network, pk=pk)
    if request.method != "POST":
        return _detail_page(request, network, volunteer_request)
    form = RespondForm(request.POST)
    if form.is_valid():
        try:
            services.volunteer_response_create(
                volunteer_request=volunteer_request, volunteer=request.user, message=form.cleaned_data["message"]
            )
        except ValidationError as error:
            # Refused (certificates, closed, already responded): the page says why; nothing typed is worth keeping.
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your response is sent. The organisation will answer you."))
        return redirect(volunteer_request.get_absolute_url())
    return _detail_page(request, network, volunteer_request, respond_form=form)


@login_required
@require_POST
def response_withdraw(request, pk):
    response = selectors.response_for_volunteer(user=request.user, pk=pk)
    if response is None:
        raise Http404
    try:
        services.volunteer_response_withdraw(response=response, withdrawn_by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your response is withdrawn."))
    return redirect(response.request.get_absolute_url())


@login_required
def hours_log(request, pk):
    """An accepted volunteer logs hours; errors show on the request's page with what was typed."""
    response = selectors.response_for_volunteer(user=request.user, pk=pk)
    if response is None:
        raise Http404
    volunteer_request = response.request
    if request.method != "POST":
        return redirect(volunteer_request.get_absolute_url())
    form = HoursForm(request.POST)
    if form.is_valid():
        try:
            services.hours_log(
                response=response,
                logged_by=request.user,
                date=form.cleaned_data["date"],
                hours=form.cleaned_data["hours"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as error:
            if not hasattr(error, "error_dict"):
                # Not about what was typed (the response is no longer accepted): the page shows its state.
                messages.error(request, " ".join(error.messages))
                return redirect(volunteer_request.get_absolute_url())
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("Your hours are logged. The organisation will confirm them."))
            return redirect(volunteer_request.get_absolute_url() + "#my-hours")
    network = selectors.volunteering_network_get(user=request.user, slug=volunteer_request.network.slug)
    volunteer_request = selectors.network_request_get(network=network, pk=volunteer_request.pk)
    return _detail_page(request, network, volunteer_request, hours_form=form)


# --- an organisation's own requests (its leaders) -----------------------------------------------------------------


def _organisation_for_leader(request, slug, *, with_networks=False):
    """The organisation if the person leads it; 404 if they cannot see it, 403 for its other members."""
    if with_networks:
        organisation = selectors.led_organisation_get(user=request.user, slug=slug)
    else:
        organisation = selectors.organisations_led_by(user=request.user).filter(slug=slug).first()
    if organisation is None:
        organisation_get_for_user(user=request.user, slug=slug)  # 404 for outsiders
        raise PermissionDenied
    return organisation


def _organisation_request(organisation, pk):
    volunteer_request = selectors.organisation_request_get(organisation=organisation, pk=pk)
    if volunteer_request is None:
        raise Http404
    return volunteer_request


@login_required
def organisation_requests(request, slug):
    organisation = _organisation_for_leader(request, slug)
    return render(
        request,
        "volunteering/organisation_requests.html",
        {
            "organisation": organisation,
            "requests": selectors.organisation_requests(organisation=organisation),
            "statuses": RequestStatus,
        },
    )


@login_required
def request_create(request, slug):
    organisation = _organisation_for_leader(request, slug, with_networks=True)
    networks = list(organisation.networks.all())
    if not networks:
        messages.error(request, _("The organisation is not a member of a network yet."))
        return redirect("organisation_volunteer_requests", slug=organisation.slug)
    form = VolunteerRequestForm(
        request.POST or None, networks=networks, initial={"city": organisation.city, "volunteers_needed": 1}
    )
    if request.method == "POST" and form.is_valid():
        try:
            volunteer_request = services.volunteer_request_create(
                organisation=organisation,
                network=form.cleaned_data["network"],
                created_by=request.user,
                data=form.request_data(),
                required_programmes=list(form.cleaned_data["required_programmes"]),
            )
        except ValidationError as error:
            form_add_validation_error(form, error)
        else:
            messages.success(request, _("The request is posted to the network."))
            return redirect(volunteer_request.get_absolute_url())
    return render(
        request,
        "volunteering/request_form.html",
        {"organisation": organisation, "form": form, "fields": [(field, None) for field in form.visible_fields()]},
    )


def _saved_values(volunteer_request) -> dict:
    """What the request holds now, as text to show next to each field when someone else saved in between."""
    values = {
        name: formats.localize(getattr(volunteer_request, name))
        for name in services.REQUEST_FIELDS
        if name not in ("languages", "in_return", "kind", "mode")
    }
    values["kind"] = volunteer_request.get_kind_display()
    values["mode"] = volunteer_request.get_mode_display()
    values["languages"] = ", ".join(volunteer_request.get_languages_display())
    values["in_return"] = ", ".join(volunteer_request.get_in_return_display())
    values["required_programmes"] = ", ".join(p.name for p in volunteer_request.required_programmes.all())
    return values


@login_required
def request_edit(request, slug, pk):
    organisation = _organisation_for_leader(request, slug)
    volunteer_request = _organisation_request(organisation, pk)
    form = VolunteerRequestForm(request.POST or None, instance=volunteer_request, networks=[volunteer_request.network])
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            services.volunteer_request_update(
                volunteer_request=volunteer_request,
                updated_by=request.user,
                version=form.cleaned_data["version"],
                data=form.request_data(),
                required_programmes=list(form.cleaned_data["required_programmes"]),
            )
        except ValidationError as error:
            if getattr(error, "code", None) == "conflict":
                # Keep what this person typed; show what the colleague saved, so they can merge and save again.
                conflict = _organisation_request(organisation, pk)
                form.data = form.data.copy()
                form.data["version"] = conflict.version
                form.add_error(
                    None,
                    _(
                        "Someone else saved this request while you were editing it. Your text is kept; compare it "
                        "with what they saved, shown next to each field, then save again."
                    ),
                )
            else:
                form_add_validation_error(form, error)
        else:
            messages.success(request, _("The request is saved."))
            return redirect(volunteer_request.get_absolute_url())
    saved = _saved_values(conflict) if conflict else {}
    return render(
        request,
        "volunteering/request_form.html",
        {
            "organisation": organisation,
            "volunteer_request": volunteer_request,
            "form": form,
            "conflict": conflict,
            "fields": [(field, saved.get(field.name)) for field in form.visible_fields()],
        },
    )


@login_required
@require_POST
def request_status(request, slug, pk):
    """Mark a request filled, cancel it, or open it again."""
    organisation = _organisation_for_leader(request, slug)
    volunteer_request = _organisation_request(organisation, pk)
    status = request.POST.get("status", "")
    if status not in RequestStatus.values:
        return HttpResponseBadRequest()
    services.volunteer_request_set_status(volunteer_request=volunteer_request, status=status, changed_by=request.user)
    messages.success(
        request,
        _("“%(title)s” is now: %(status)s.")
        % {"title": volunteer_request.title, "status": RequestStatus(status).label},
    )
    return redirect("organisation_volunteer_requests", slug=organisation.slug)


@login_required
def request_responses(request, slug, pk):
    """The responses to one request, with each volunteer's certificates and hours, to answer and confirm."""
    organisation = _organisation_for_leader(request, slug)
    volunteer_request = _organisation_request(organisation, pk)
    responses = list(selectors.request_responses(volunteer_request=volunteer_request))
    required = list(volunteer_request.required_programmes.all())
    volunteer_ids = {response.volunteer_id for response in responses}
    held_by = certification_selectors.valid_programmes_by_holder(
        holder_ids=volunteer_ids,
        programme_ids=[programme.pk for programme in required],
    )
    hours_in_all = selectors.confirmed_hours_by_volunteer(volunteer_ids=volunteer_ids)
    rows = [
        {
            "response": response,
            "hours_in_all": hours_in_all.get(response.volunteer_id, 0),
            "certificates": [
                (programme, programme.pk in held_by.get(response.volunteer_id, ())) for programme in required
            ],
        }
        for response in responses
    ]
    return render(
        request,
        "volunteering/request_responses.html",
        {"organisation": organisation, "volunteer_request": volunteer_request, "rows": rows},
    )


def _back_to_responses(volunteer_request):
    return redirect("volunteer_request_responses", slug=volunteer_request.organisation.slug, pk=volunteer_request.pk)


@login_required
@require_POST
def response_decide(request, pk):
    """A leader accepts or declines a waiting response."""
    response = selectors.response_for_leader(user=request.user, pk=pk)
    if response is None:
        raise Http404
    decision, note = request.POST.get("decision"), request.POST.get("note", "")
    if decision not in ("accept", "decline"):
        return HttpResponseBadRequest()
    try:
        if decision == "accept":
            services.volunteer_response_accept(response=response, decided_by=request.user, note=note)
        else:
            services.volunteer_response_decline(response=response, decided_by=request.user, note=note)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        name = response.volunteer.full_name
        if decision == "accept":
            messages.success(request, _("%(name)s is accepted and told by e-mail.") % {"name": name})
        else:
            messages.success(request, _("%(name)s is declined and told by e-mail.") % {"name": name})
    return _back_to_responses(response.request)


@login_required
@require_POST
def hours_review(request, pk):
    """A leader confirms logged hours, or rejects them saying why. Nobody confirms their own hours (403)."""
    entry = selectors.hours_entry_for_leader(user=request.user, pk=pk)
    if entry is None:
        raise Http404
    decision = request.POST.get("decision")
    if decision not in ("confirm", "reject"):
        return HttpResponseBadRequest()
    try:
        if decision == "confirm":
            services.hours_confirm(entry=entry, reviewed_by=request.user)
        else:
            services.hours_reject(entry=entry, reviewed_by=request.user, note=request.POST.get("note", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if decision == "confirm":
            messages.success(request, _("The hours are confirmed."))
        else:
            messages.success(request, _("The hours are not confirmed; the volunteer sees why."))
    return _back_to_responses(entry.response.request)


# --- volunteers' profiles and the network's give and get ----------------------------------------------------------


@login_required
def my_volunteering(request):
    profile = selectors.volunteer_profile(person=request.user)
    return render(request, "volunteering/volunteer_profile.html", {"profile": profile, "is_self": True})


@login_required
def volunteer_profile(request, pk):
    person = get_object_or_404(User, pk=pk, is_active=True)
    if not selectors.may_see_profile(viewer=request.user, person=person):
        raise Http404
    profile = selectors.volunteer_profile(person=person)
    return render(
        request, "volunteering/volunteer_profile.html", {"profile": profile, "is_self": person.pk == request.user.pk}
    )


@login_required
def give_and_get(request, slug):
    """Who gives and who asks in the network: hours given and received, and what each offers in return."""
    network = selectors.volunteering_network_get(user=request.user, slug=slug)
    labels = dict(InReturn.choices)
    rows = []
    for organisation in selectors.give_and_get(network=network):
        codes = {
            code
            for volunteer_request in organisation.network_requests
            if volunteer_request.status == RequestStatus.OPEN
            for code in volunteer_request.in_return_codes
        }
        offers = [str(label) for code, label in labels.items() if code in codes]
        rows.append({"organisation": organisation, "offers": offers})
    return render(request, "volunteering/give_and_get.html", {"network": network, "rows": rows})
