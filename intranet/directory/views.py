"""Pages of the competence directory. Thin: they call selectors to read and services to write."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from intranet.organisations.selectors import organisation_get_for_user

from . import selectors, services
from .forms import DirectorySearchForm, HelpRequestForm, ImportConfirmForm, ImportUploadForm, OfferForm
from .models import HelpRequest
from .workshop_import import MAX_FILE_BYTES, FileProblem, workshop_csv_decode, workshop_csv_read

OFFERS_PER_PAGE = 25


@login_required
def directory_index(request):
    networks = list(selectors.directory_networks_for(user=request.user))
    if len(networks) == 1:
        return redirect("directory_search", slug=networks[0].slug)
    return render(request, "directory/directory_index.html", {"networks": networks})


@login_required
def directory_search(request, slug):
    network = selectors.directory_network_get(user=request.user, slug=slug)
    competences = list(selectors.competences())
    # The city choices come from the counts below, so the form is first read without them to know the filters.
    filters = DirectorySearchForm(request.GET, competences=competences, cities=[request.GET.get("city", "")]).filters()
    city_counts = selectors.offer_city_counts(network=network, **filters)
    form = DirectorySearchForm(request.GET, competences=competences, cities=city_counts.items())
    offers = selectors.offers_search(network=network, **filters)
    paginator = Paginator(offers, OFFERS_PER_PAGE)
    city = filters.get("city")
    paginator.count = city_counts.get(city, 0) if city else sum(city_counts.values())
    return render(
        request,
        "directory/directory_search.html",
        {"network": network, "form": form, "page_obj": paginator.get_page(request.GET.get("page"))},
    )


@login_required
def offer_detail(request, slug, pk):
    """An offer, and the form to ask its organisation for help."""
    network = selectors.directory_network_get(user=request.user, slug=slug)
    offer = selectors.network_offer_get(network=network, pk=pk)
    organisations = selectors.asker_organisations(user=request.user, network=network)
    form = HelpRequestForm(request.POST or None, organisations=organisations)
    if request.method == "POST" and form.is_valid():
        try:
            help_request = services.help_request_create(
                offer=offer,
                asked_by=request.user,
                message=form.cleaned_data["message"],
                reach_me=form.cleaned_data["reach_me"],
                asker_organisation=form.cleaned_data["organisation"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("directory_help_request_sent", slug=network.slug, pk=help_request.pk)
    return render(request, "directory/offer_detail.html", {"network": network, "offer": offer, "form": form})


@login_required
def help_request_sent(request, slug, pk):
    network = selectors.directory_network_get(user=request.user, slug=slug)
    help_request = get_object_or_404(
        HelpRequest.objects.select_related("offer__organisation", "offer__competence", "offer__contact"),
        pk=pk,
        asked_by=request.user,
    )
    return render(request, "directory/help_request_sent.html", {"network": network, "help_request": help_request})


# --- an organisation's own offers (its leaders) -------------------------------------------------------------------


def _organisation_for_leader(request, slug):
    """The organisation if the person leads it; 404 if they cannot see it, 403 for its other members."""
    organisation = selectors.leader_organisation_get(user=request.user, slug=slug)
    if organisation is None:
        organisation_get_for_user(user=request.user, slug=slug)  # 404 for outsiders
        raise PermissionDenied
    return organisation


@login_required
def organisation_offers(request, slug):
    organisation = _organisation_for_leader(request, slug)
    return render(
        request,
        "directory/organisation_offers.html",
        {
            "organisation": organisation,
            "offers": selectors.organisation_offers(organisation=organisation),
            "help_requests": selectors.organisation_help_requests(organisation=organisation),
        },
    )


@login_required
def offer_create(request, slug):
    organisation = _organisation_for_leader(request, slug)
    form = OfferForm(
        request.POST or None,
        members=selectors.organisation_member_users(organisation=organisation),
        initial={"contact": request.user.pk, "city": organisation.city},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.competence_offer_create(organisation=organisation, created_by=request.user, **form.offer_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The offer is in the directory."))
            return redirect("directory_organisation_offers", slug=organisation.slug)
    return render(request, "directory/offer_form.html", {"organisation": organisation, "form": form})


@login_required
def offer_edit(request, slug, pk):
    organisation = _organisation_for_leader(request, slug)
    offer = get_object_or_404(selectors.organisation_offers(organisation=organisation), pk=pk)
    form = OfferForm(
        request.POST or None,
        instance=offer,
        members=selectors.organisation_member_users(organisation=organisation),
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.competence_offer_update(offer=offer, data=form.offer_data())
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The offer is saved."))
            return redirect("directory_organisation_offers", slug=organisation.slug)
    return render(request, "directory/offer_form.html", {"organisation": organisation, "form": form, "offer": offer})


@login_required
@require_POST
def offer_withdraw(request, slug, pk):
    organisation = _organisation_for_leader(request, slug)
    offer = get_object_or_404(selectors.organisation_offers(organisation=organisation), pk=pk)
    services.competence_offer_withdraw(offer=offer)
    messages.success(request, _("The offer of %(competence)s is withdrawn.") % {"competence": offer.competence.name})
    return redirect("directory_organisation_offers", slug=organisation.slug)


# --- the workshop import (the network's coordinators) -------------------------------------------------------------


@login_required
def workshop_import(request, slug):
    """Upload → preview with row errors → confirm. Nothing is written until the whole file is valid and confirmed."""
    network = selectors.directory_network_get(user=request.user, slug=slug)
    if not network.is_coordinator:
        raise PermissionDenied
    upload_form = ImportUploadForm()
    context = {"network": network}
    if request.method == "POST" and "payload" in request.POST:
        confirm_form = ImportConfirmForm(request.POST)
        if confirm_form.is_valid():
            try:
                offers = services.competence_offers_import(
                    network=network, text=confirm_form.cleaned_data["payload"], imported_by=request.user
                )
            except (ValidationError, FileProblem):
                messages.error(request, _("The file is no longer valid; nothing was imported. Upload it again."))
            else:
                messages.success(request, _("%(count)s offers were added to the directory.") % {"count": len(offers)})
                return redirect("directory_search", slug=network.slug)
        else:
            messages.error(request, " ".join(confirm_form.errors.get("payload", [])))
    elif request.method == "POST":
        upload_form = ImportUploadForm(request.POST, request.FILES)
        if upload_form.is_valid():
            upload = upload_form.cleaned_data["file"]
            try:
                # One byte past the limit is enough to know it is too large, without reading a huge upload.
                text = workshop_csv_decode(content=upload.read(MAX_FILE_BYTES + 1), name=upload.name)
                preview = workshop_csv_read(network=network, text=text)
            except FileProblem as problem:
                upload_form.add_error("file", problem.message)
            else:
                context["preview"] = preview
                if preview.is_valid:
                    context["confirm_form"] = ImportConfirmForm(initial={"payload": ImportConfirmForm.sign(text)})
    context["upload_form"] = upload_form
    return render(request, "directory/workshop_import.html", context)
