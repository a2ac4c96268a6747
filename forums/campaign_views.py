"""Pages of campaigns and position papers. Thin: selectors read, services write.

Anyone who may not see a campaign or paper gets 404 (the selectors hide it); a participant who may not do something
gets 403 (the services refuse). Published public papers are readable by anyone at their stable address.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from intranet.organisations.models import Membership, Network, Organisation, Role

from . import campaign_selectors as selectors
from . import campaign_services as services
from .campaign_forms import (
    ActionForm,
    CampaignEditForm,
    CampaignForm,
    CampaignSettingsForm,
    CommentForm,
    DocumentForm,
    InviteForm,
    PaperForm,
    SectionDeleteForm,
    SectionForm,
    SectionMoveForm,
    SignForm,
    TransitionForm,
)
from .campaign_models import (
    LANGUAGE_CODES,
    CampaignAction,
    PaperComment,
    PaperRevision,
    PaperSection,
    PaperSignature,
    PaperStatus,
)
from .paper_pdf import paper_pdf_filename, paper_render


def _error(request, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


def _led_organisations(user):
    return Organisation.objects.filter(memberships__user=user, memberships__role=Role.LEADER).order_by("name")


# --- campaigns ----------------------------------------------------------------------------------------------------


@login_required
def campaign_list(request):
    return render(
        request,
        "forums/campaigns/campaign_list.html",
        {
            "campaigns": selectors.campaign_list(user=request.user),
            "invitations": selectors.invitations_for(user=request.user),
            "may_create": Membership.objects.filter(user=request.user, role=Role.LEADER).exists(),
        },
    )


@login_required
def campaign_create(request):
    organisations = _led_organisations(request.user)
    if not organisations.exists():
        raise Http404
    networks = Network.objects.filter(organisations__in=organisations).distinct().order_by("name")
    form = CampaignForm(request.POST or None, organisations=organisations, networks=networks)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        network, lead = data.pop("network"), data.pop("lead_organisation")
        try:
            campaign = services.campaign_create(
                network=network, lead_organisation=lead, created_by=request.user, data=data
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("campaign_detail", slug=campaign.slug)
    return render(request, "forums/campaigns/campaign_form.html", {"form": form})


def campaign_detail(request, slug):
    campaign = selectors.campaign_get(user=request.user, slug=slug)
    participant = campaign.is_participant
    context = {
        "campaign": campaign,
        "participants": selectors.campaign_participants(campaign=campaign),
        "papers": selectors.campaign_papers(campaign=campaign, participant=participant),
    }
    if participant:
        organisations = selectors.participating_organisations(campaign=campaign)
        context |= {
            "actions": selectors.campaign_actions(campaign=campaign),
            "documents": selectors.campaign_documents(campaign=campaign),
            "action_form": ActionForm(organisations=organisations),
            "document_form": DocumentForm(),
            "paper_form": PaperForm(),
        }
    if campaign.is_lead_leader:
        context |= {
            "invite_form": InviteForm(organisations=selectors.organisations_to_invite(campaign=campaign)),
            "settings_form": CampaignSettingsForm(
                initial={"version": campaign.version, "status": campaign.status, "is_public": campaign.is_public}
            ),
        }
    return render(request, "forums/campaigns/campaign_detail.html", context)


def _campaign_for_participant(request, slug):
    campaign = selectors.campaign_get(user=request.user, slug=slug)
    if not campaign.is_participant:
        raise Http404
    return campaign


@login_required
@require_POST
def campaign_settings(request, slug):
    campaign = _campaign_for_participant(request, slug)
    form = CampaignSettingsForm(request.POST)
    if form.is_valid():
        data = dict(form.cleaned_data)
        version = data.pop("version")
        try:
            services.campaign_update(campaign=campaign, user=request.user, version=version, data=data)
        except ValidationError as error:
            _error(request, error)
    return redirect("campaign_detail", slug=campaign.slug)


_CAMPAIGN_TEXTS = [f"{field}_{code}" for field in ("title", "goal") for code in LANGUAGE_CODES]


@login_required
def campaign_edit(request, slug):
    """The lead's leaders edit the title and goal in each language, based on the `version` they loaded.

    When another leader saved in between, nothing is written: the page comes back (409) with the person's own text
    in the form, now based on the latest version, and the saved text next to it, so they can merge and save again.
    """
    campaign = _campaign_for_participant(request, slug)
    if not services.runs_campaign(user=request.user, campaign=campaign):
        raise PermissionDenied
    saved = conflict = None
    if request.method == "POST":
        form = CampaignEditForm(request.POST)
        if form.is_valid():
            data = dict(form.cleaned_data)
            version = data.pop("version")
            try:
                services.campaign_update(campaign=campaign, user=request.user, version=version, data=data)
            except ValidationError as error:
                if getattr(error, "code", None) != "stale":
                    form.add_error(None, error)
                else:
                    campaign = _campaign_for_participant(request, slug)
                    conflict = error.message
                    saved = [
                        {
                            "name": name,
                            "label": form.fields[name].label,
                            "saved": getattr(campaign, name),
                            "diff": services.text_diff(getattr(campaign, name), data[name]),
                        }
                        for name in _CAMPAIGN_TEXTS
                    ]
                    form = CampaignEditForm(initial={**data, "version": campaign.version})
            else:
                messages.success(request, _("The campaign was saved."))
                return redirect("campaign_detail", slug=campaign.slug)
    else:
        form = CampaignEditForm(
            initial={"version": campaign.version, **{name: getattr(campaign, name) for name in _CAMPAIGN_TEXTS}}
        )
    response = render(
        request,
        "forums/campaigns/campaign_edit.html",
        {"campaign": campaign, "form": form, "saved": saved, "conflict": conflict},
    )
    if saved is not None:
        response.status_code = 409
    return response


@login_required
@require_POST
def campaign_invite(request, slug):
    campaign = _campaign_for_participant(request, slug)
    form = InviteForm(request.POST, organisations=campaign.network.organisations.all())
    if form.is_valid():
        try:
            services.campaign_invite(
                campaign=campaign, organisation=form.cleaned_data["organisation"], invited_by=request.user
            )
        except ValidationError as error:
            _error(request, error)
    return redirect("campaign_detail", slug=campaign.slug)


@login_required
@require_POST
def invitation_answer(request, pk):
    invitation = selectors.invitation_get(user=request.user, pk=pk)
    if request.POST.get("answer") == "accept":
        services.participation_accept(participant=invitation, user=request.user)
        return redirect("campaign_detail", slug=invitation.campaign.slug)
    services.participation_decline(participant=invitation, user=request.user)
    return redirect("campaign_list")


@login_required
@require_POST
def action_create(request, slug):
    campaign = _campaign_for_participant(request, slug)
    form = ActionForm(request.POST, organisations=selectors.participating_organisations(campaign=campaign))
    if form.is_valid():
        try:
            services.action_create(campaign=campaign, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            _error(request, error)
    else:
        for errors in form.errors.values():
            for message in errors:
                messages.error(request, message)
    return redirect("campaign_detail", slug=campaign.slug)


@login_required
@require_POST
def action_done(request, pk):
    action = get_object_or_404(CampaignAction.objects.select_related("campaign"), pk=pk)
    if not selectors.takes_part(user=request.user, campaign=action.campaign):
        raise Http404
    services.action_set_done(action=action, user=request.user, done=request.POST.get("done") != "0")
    return redirect("campaign_detail", slug=action.campaign.slug)


@login_required
@require_POST
def document_upload(request, slug):
    campaign = _campaign_for_participant(request, slug)
    form = DocumentForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.document_create(campaign=campaign, user=request.user, **form.cleaned_data)
        except ValidationError as error:
            _error(request, error)
    return redirect("campaign_detail", slug=campaign.slug)


@login_required
def document_download(request, pk):
    document = selectors.campaign_document_get(user=request.user, pk=pk)
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.original_name,
        content_type=document.content_type,
    )


# --- papers -------------------------------------------------------------------------------------------------------


@login_required
def paper_create(request, slug):
    campaign = _campaign_for_participant(request, slug)
    translation_of = None
    if request.GET.get("translation_of") or request.POST.get("translation_of"):
        pk = request.GET.get("translation_of") or request.POST.get("translation_of")
        if not str(pk).isdigit():
            raise Http404
        translation_of = selectors.paper_get(user=request.user, pk=int(pk))
        if translation_of.campaign_id != campaign.pk:
            raise Http404
    form = PaperForm(request.POST or None, initial={"kind": translation_of.kind} if translation_of else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            paper = services.paper_create(
                campaign=campaign,
                user=request.user,
                kind=data["kind"],
                language=data["language"],
                title=data["title"],
                sections=[(data["heading"], data["body"])],
                translation_of=translation_of,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return redirect("paper_detail", pk=paper.pk)
    return render(
        request,
        "forums/campaigns/paper_form.html",
        {"campaign": campaign, "form": form, "translation_of": translation_of},
    )


def _paper_context(request, paper):
    original = selectors.paper_original(paper=paper)
    campaign = paper.campaign
    signatures = list(selectors.paper_signatures(paper=paper))
    sign_for = selectors.organisations_user_may_sign_for(user=request.user, paper=paper).exclude(
        pk__in=[signature.organisation_id for signature in signatures]
    )
    led = set(_led_organisations(request.user).values_list("pk", flat=True))
    return {
        "paper": paper,
        "original": original,
        "campaign": campaign,
        "versions": selectors.paper_versions(paper=paper),
        "sections": selectors.paper_sections(paper=paper, with_comments=True),
        "revisions": selectors.paper_revisions(paper=paper),
        "signatures": signatures,
        "withdrawable": {s.pk for s in signatures if s.organisation_id in led and paper.status != "published"},
        "sign_form": SignForm(organisations=sign_for) if paper.status == PaperStatus.SIGNATURES else None,
        "runs_campaign": services.runs_campaign(user=request.user, campaign=campaign),
        "transitions": sorted(services.TRANSITIONS[PaperStatus(original.status)]),
        "status_labels": dict(PaperStatus.choices),
        "editable": paper.status in services.EDITABLE,
        "section_form": SectionForm(initial={"base_revision": paper.revision_number}),
        "comment_form": CommentForm(),
        "missing_languages": [
            code
            for code in ("da", "ar", "fr")
            if code not in {version.language for version in selectors.paper_versions(paper=paper)}
        ],
    }


@login_required
def paper_detail(request, pk):
    paper = selectors.paper_get(user=request.user, pk=pk)
    return render(request, "forums/campaigns/paper_detail.html", _paper_context(request, paper))


@login_required
@require_POST
def section_add(request, pk):
    paper = selectors.paper_get(user=request.user, pk=pk)
    form = SectionForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            section = services.section_add(
                paper=paper, user=request.user, heading=data["heading"], body=data["body"], summary=data["summary"]
            )
        except ValidationError as error:
            _error(request, error)
        else:
            return redirect(f"{paper_url(paper)}#section-{section.pk}")
    return redirect("paper_detail", pk=paper.pk)


def paper_url(paper) -> str:
    return reverse("paper_detail", kwargs={"pk": paper.pk})


def _section_get(request, pk) -> PaperSection:
    section = get_object_or_404(PaperSection.objects.select_related("paper__campaign"), pk=pk)
    if not selectors.takes_part(user=request.user, campaign=section.paper.campaign):
        raise Http404
    return section


@login_required
def section_edit(request, pk):
    """Edit one section. When someone saved it in between, show both texts side by side and the differences; the
    form keeps the person's own text and is now based on the latest revision, so merging and saving again works."""
    section = _section_get(request, pk)
    paper = section.paper
    conflict = None
    if request.method == "POST":
        form = SectionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.section_save(
                    section=section,
                    user=request.user,
                    heading=data["heading"],
                    body=data["body"],
                    base_revision=data["base_revision"],
                    summary=data["summary"],
                )
            except services.PaperConflict as error:
                conflict = error
                form = SectionForm(
                    initial={
                        "heading": data["heading"],
                        "body": data["body"],
                        "summary": data["summary"],
                        "base_revision": error.current_revision,
                    }
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                return redirect(f"{paper_url(paper)}#section-{section.pk}")
    else:
        form = SectionForm(
            initial={"heading": section.heading, "body": section.body, "base_revision": paper.revision_number}
        )
    response = render(
        request,
        "forums/campaigns/section_edit.html",
        {"paper": paper, "section": section, "form": form, "conflict": conflict},
    )
    if conflict is not None:
        response.status_code = 409
    return response


@login_required
@require_POST
def section_move(request, pk):
    """Move a section one place up or down; refused (with a message) when the paper changed since it was loaded."""
    section = _section_get(request, pk)
    form = SectionMoveForm(request.POST)
    if not form.is_valid():
        return redirect("paper_detail", pk=section.paper_id)
    try:
        services.section_move(
            section=section,
            user=request.user,
            direction=form.cleaned_data["direction"],
            base_revision=form.cleaned_data["base_revision"],
        )
    except ValidationError as error:
        _error(request, error)
    return redirect(f"{paper_url(section.paper)}#section-{section.pk}")


@login_required
def section_delete(request, pk):
    """Ask before deleting a section (GET), then delete it (POST). The base revision comes from the paper page
    (`?base_revision=`) so a change made before the confirmation page was opened is caught too."""
    section = _section_get(request, pk)
    paper = section.paper
    if paper.status not in services.EDITABLE:
        messages.error(request, _("This paper can no longer be edited."))
        return redirect("paper_detail", pk=paper.pk)
    status, conflict = 200, None
    if request.method == "POST":
        form = SectionDeleteForm(request.POST)
        if form.is_valid():
            try:
                services.section_delete(
                    section=section, user=request.user, base_revision=form.cleaned_data["base_revision"]
                )
            except ValidationError as error:
                section = PaperSection.objects.select_related("paper__campaign").filter(pk=pk).first()
                if getattr(error, "code", None) != "conflict" or section is None:
                    _error(request, error)
                    return redirect("paper_detail", pk=paper.pk)
                # Show the section as it is now, and base a new confirmation on the latest revision.
                paper = section.paper
                form = SectionDeleteForm(initial={"base_revision": paper.revision_number})
                conflict = error.message
                status = 409
            else:
                messages.success(request, _("The section was deleted. Its text stays in the earlier revisions."))
                return redirect("paper_detail", pk=paper.pk)
    else:
        base = request.GET.get("base_revision", "")
        form = SectionDeleteForm(initial={"base_revision": int(base) if base.isdigit() else paper.revision_number})
    response = render(
        request,
        "forums/campaigns/section_delete.html",
        {
            "paper": paper,
            "section": section,
            "form": form,
            "conflict": conflict,
            "comment_count": section.comments.count(),
        },
    )
    response.status_code = status
    return response


@login_required
@require_POST
def comment_create(request, pk):
    section = _section_get(request, pk)
    form = CommentForm(request.POST)
    if form.is_valid():
        try:
            services.comment_create(section=section, user=request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            _error(request, error)
    return redirect(f"{paper_url(section.paper)}#section-{section.pk}")


@login_required
@require_POST
def comment_resolve(request, pk):
    comment = get_object_or_404(PaperComment.objects.select_related("section__paper__campaign"), pk=pk)
    if not selectors.takes_part(user=request.user, campaign=comment.section.paper.campaign):
        raise Http404
    services.comment_resolve(comment=comment, user=request.user, resolved=request.POST.get("resolved") != "0")
    return redirect(f"{paper_url(comment.section.paper)}#section-{comment.section_id}")


@login_required
def revisions_compare(request, pk):
    paper = selectors.paper_get(user=request.user, pk=pk)
    revisions = paper.revisions.select_related("author")
    try:
        older = revisions.get(number=int(request.GET.get("from", "")))
        newer = revisions.get(number=int(request.GET.get("to", "")))
    except (ValueError, PaperRevision.DoesNotExist) as error:
        raise Http404 from error
    if older.number > newer.number:
        older, newer = newer, older
    return render(
        request,
        "forums/campaigns/revisions_compare.html",
        {
            "paper": paper,
            "older": older,
            "newer": newer,
            "rows": services.revisions_compare(older=older, newer=newer),
        },
    )


@login_required
@require_POST
def paper_transition(request, pk):
    paper = selectors.paper_get(user=request.user, pk=pk)
    form = TransitionForm(request.POST)
    if form.is_valid():
        try:
            services.paper_transition(paper=paper, user=request.user, status=form.cleaned_data["status"])
        except ValidationError as error:
            _error(request, error)
    return redirect("paper_detail", pk=paper.pk)


@login_required
@require_POST
def paper_public(request, pk):
    paper = selectors.paper_get(user=request.user, pk=pk)
    try:
        services.paper_set_public(paper=paper, user=request.user, is_public=request.POST.get("public") == "1")
    except ValidationError as error:
        _error(request, error)
    return redirect("paper_detail", pk=paper.pk)


@login_required
@require_POST
def paper_sign(request, pk):
    paper = selectors.paper_get(user=request.user, pk=pk)
    form = SignForm(
        request.POST, organisations=selectors.organisations_user_may_sign_for(user=request.user, paper=paper)
    )
    if form.is_valid():
        try:
            services.paper_sign(paper=paper, user=request.user, organisation=form.cleaned_data["organisation"])
        except ValidationError as error:
            _error(request, error)
    else:
        raise PermissionDenied
    return redirect("paper_detail", pk=paper.pk)


@login_required
@require_POST
def signature_withdraw(request, pk):
    signature = get_object_or_404(PaperSignature.objects.select_related("paper__campaign"), pk=pk)
    if not selectors.takes_part(user=request.user, campaign=signature.paper.campaign):
        raise Http404
    try:
        services.signature_withdraw(signature=signature, user=request.user)
    except ValidationError as error:
        _error(request, error)
    return redirect("paper_detail", pk=signature.paper_id)


def _pdf_response(paper) -> HttpResponse:
    response = HttpResponse(paper_render(paper=paper), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{paper_pdf_filename(paper)}"'
    return response


@login_required
def paper_pdf(request, pk):
    return _pdf_response(selectors.paper_get(user=request.user, pk=pk))


def paper_public_detail(request, public_slug):
    paper = selectors.paper_public_get(public_slug=public_slug)
    versions = selectors.paper_versions(paper=paper).filter(status=PaperStatus.PUBLISHED, is_public=True)
    return render(
        request,
        "forums/campaigns/paper_public.html",
        {
            "paper": paper,
            "versions": versions,
            "sections": selectors.paper_sections(paper=paper),
            "signatures": selectors.paper_signatures(paper=paper),
        },
    )


def paper_public_pdf(request, public_slug):
    return _pdf_response(selectors.paper_public_get(public_slug=public_slug))
