"""Accreditation pages: the organisation's application, the coordinators' queue and review, the public register.
Thin: `certification.accreditation` reads and writes.

Outsiders get 404 on everything that is not public; members of the organisation who are not leaders get 403 when
they try to write.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from intranet.organisations.models import Network

from . import accreditation
from .accreditation_forms import AnswerForm, ApproveForm, ReturnForm, ReviewForm, VersionForm
from .models import AccreditationCriterion, AccreditationStatus


def _organisation_page(request, slug):
    """The organisation and whether `request.user` leads it; 404 for people who may not see it."""
    organisation = accreditation.accreditation_organisation_get(user=request.user, slug=slug)
    return organisation, accreditation.is_leader(user=request.user, organisation=organisation)


def _organisation_for_leader(request, slug):
    organisation, leads = _organisation_page(request, slug)
    if not leads:
        raise PermissionDenied
    return organisation


def _conflict(request, form, error, current_version):
    """Keep what was typed, say why it was not saved, and base the next save on the current version."""
    data = form.data.copy()
    data["version"] = current_version
    form.data = data
    form.add_error(None, error)
    messages.warning(request, error.messages[0])


def _add_errors(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, messages_ in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages_)
    else:
        form.add_error(None, error.messages)


@login_required
def organisation_accreditation(request, slug):
    organisation, leads = _organisation_page(request, slug)
    today = timezone.localdate()
    networks = list(organisation.networks.order_by("name"))
    return render(
        request,
        "certification/accreditation/organisation.html",
        {
            "organisation": organisation,
            "leads": leads,
            "applications": accreditation.organisation_applications(organisation=organisation),
            "startable_networks": accreditation.organisation_application_networks(organisation=organisation)
            if leads
            else [],
            "accredited_networks": [
                network
                for network in networks
                if accreditation.organisation_accredited(organisation=organisation, network=network, today=today)
            ],
        },
    )


@login_required
@require_POST
def application_start(request, slug, network_slug):
    organisation = _organisation_for_leader(request, slug)
    network = get_object_or_404(Network, slug=network_slug, organisations=organisation)
    try:
        application = accreditation.accreditation_application_start(
            organisation=organisation, network=network, user=request.user
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("accreditation_organisation", slug=organisation.slug)
    return redirect("accreditation_application", slug=organisation.slug, pk=application.pk)


def _application_context(application):
    return {
        "application": application,
        "rows": accreditation.application_rows(application=application),
        "events": application.events.all(),
    }


@login_required
def application_detail(request, slug, pk):
    organisation, leads = _organisation_page(request, slug)
    application = accreditation.application_get(queryset=organisation.accreditation_applications.all(), pk=pk)
    return render(
        request,
        "certification/accreditation/application.html",
        {"organisation": organisation, "leads": leads, **_application_context(application)},
    )


@login_required
def answer_edit(request, slug, pk, criterion_pk):
    organisation = _organisation_for_leader(request, slug)
    application = accreditation.application_get(queryset=organisation.accreditation_applications.all(), pk=pk)
    criterion = get_object_or_404(AccreditationCriterion, pk=criterion_pk, network=application.network, active=True)
    answer = next((item for item in application.answers.all() if item.criterion_id == criterion.pk), None)
    if not application.editable:
        raise PermissionDenied
    if request.method == "POST":
        form = AnswerForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                accreditation.criterion_answer_save(
                    application=application,
                    criterion=criterion,
                    user=request.user,
                    statement=form.cleaned_data["statement"],
                    based_on_version=form.cleaned_data["version"],
                    files=form.cleaned_data["files"],
                )
            except accreditation.StaleVersion as error:
                application.refresh_from_db(fields=["version"])
                _conflict(request, form, error, application.version)
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, _("The answer is saved."))
                return redirect("accreditation_application", slug=organisation.slug, pk=application.pk)
    else:
        form = AnswerForm(initial={"statement": answer.statement if answer else "", "version": application.version})
    return render(
        request,
        "certification/accreditation/answer_form.html",
        {
            "organisation": organisation,
            "application": application,
            "criterion": criterion,
            "answer": answer,
            "form": form,
        },
        status=200 if not form.errors else 400,
    )


@login_required
@require_POST
def application_submit(request, slug, pk):
    organisation = _organisation_for_leader(request, slug)
    application = accreditation.application_get(queryset=organisation.accreditation_applications.all(), pk=pk)
    form = VersionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The form was incomplete. Please try again."))
    else:
        try:
            accreditation.accreditation_application_submit(
                application=application, user=request.user, based_on_version=form.cleaned_data["version"]
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(request, _("The application is sent to the network's coordinators."))
    return redirect("accreditation_application", slug=organisation.slug, pk=application.pk)


@login_required
@require_POST
def application_withdraw(request, slug, pk):
    organisation = _organisation_for_leader(request, slug)
    application = accreditation.application_get(queryset=organisation.accreditation_applications.all(), pk=pk)
    form = VersionForm(request.POST)
    if form.is_valid():
        try:
            accreditation.accreditation_application_withdraw(
                application=application, user=request.user, based_on_version=form.cleaned_data["version"]
            )
        except ValidationError as error:
            messages.error(request, error.messages[0])
    return redirect("accreditation_application", slug=organisation.slug, pk=application.pk)


@login_required
def evidence_download(request, pk):
    """The file, streamed after the permission check; 404 for anyone who may not see it."""
    evidence = accreditation.evidence_get_for_user(user=request.user, pk=pk)
    response = FileResponse(
        evidence.file.open("rb"),
        as_attachment=True,
        filename=evidence.original_name,
        content_type=evidence.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


# --- coordinators ------------------------------------------------------------------------------------------------


@login_required
def network_queue(request, slug):
    network = accreditation.accreditation_network_get_for_coordinator(user=request.user, slug=slug)
    return render(
        request,
        "certification/accreditation/queue.html",
        {"network": network, "applications": accreditation.network_application_queue(network=network)},
    )


@login_required
def application_review(request, slug, pk):
    network = accreditation.accreditation_network_get_for_coordinator(user=request.user, slug=slug)
    queryset = network.accreditation_applications.exclude(status=AccreditationStatus.DRAFT)
    application = accreditation.application_get(queryset=queryset, pk=pk)
    own = not accreditation.may_review(user=request.user, application=application)
    review_forms = {}
    approve_form = ApproveForm(initial={"version": application.version}, prefix="approve")
    return_form = ReturnForm(initial={"version": application.version}, prefix="return")
    status = 200
    action = request.POST.get("action") if request.method == "POST" else None
    if action and own:
        raise PermissionDenied
    if action == "review":
        answer = get_object_or_404(application.answers.select_related("criterion"), pk=request.POST.get("answer"))
        form = ReviewForm(request.POST, prefix=f"review-{answer.pk}")
        review_forms[answer.pk] = form
        if form.is_valid():
            try:
                accreditation.criterion_answer_review(
                    answer=answer,
                    user=request.user,
                    verdict=form.cleaned_data["verdict"],
                    comment=form.cleaned_data["comment"],
                    based_on_version=form.cleaned_data["version"],
                )
            except accreditation.StaleVersion as error:
                _conflict(request, form, error, network.accreditation_applications.get(pk=pk).version)
            except ValidationError as error:
                _add_errors(form, error)
            else:
                return redirect("accreditation_review", slug=network.slug, pk=application.pk)
        status = 400
    elif action in ("approve", "return"):
        form_class, service = (
            (ApproveForm, accreditation.accreditation_application_approve)
            if action == "approve"
            else (ReturnForm, accreditation.accreditation_application_return)
        )
        form = form_class(request.POST, prefix=action)
        if action == "approve":
            approve_form = form
        else:
            return_form = form
        if form.is_valid():
            data = dict(form.cleaned_data)
            try:
                service(application=application, user=request.user, based_on_version=data.pop("version"), **data)
            except accreditation.StaleVersion as error:
                _conflict(request, form, error, network.accreditation_applications.get(pk=pk).version)
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, _("The decision is saved."))
                return redirect("accreditation_review", slug=network.slug, pk=application.pk)
        status = 400
    rows = []
    for criterion, answer in accreditation.application_rows(application=application):
        form = None
        if answer is not None:
            form = review_forms.get(answer.pk) or ReviewForm(
                initial={"verdict": answer.verdict, "comment": answer.reviewer_comment, "version": application.version},
                prefix=f"review-{answer.pk}",
            )
        rows.append((criterion, answer, form))
    return render(
        request,
        "certification/accreditation/review.html",
        {
            "network": network,
            "application": application,
            "rows": rows,
            "events": application.events.all(),
            "own": own,
            "approve_form": approve_form,
            "return_form": return_form,
        },
        status=status,
    )


# --- public ------------------------------------------------------------------------------------------------------


def accreditation_register(request, network_slug):
    """Accredited organisations of a network, with validity; recently expired ones marked expired. No sign-in."""
    network = get_object_or_404(Network, slug=network_slug)
    today = timezone.localdate()
    entries = [
        (application, application.accredited_on(today))
        for application in accreditation.accreditation_register(network=network, today=today)
    ]
    return render(
        request,
        "certification/accreditation/register.html",
        {"network": network, "entries": entries, "today": today},
    )
