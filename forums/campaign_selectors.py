"""Reads for campaigns and position papers: who sees what, and querysets with the joins their pages need.

Outsiders get 404 (`Http404`) for anything they may not see, with no hint whether it exists.
"""

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404

from intranet.organisations.models import Membership, Organisation, Role, User

from .campaign_models import (
    Campaign,
    CampaignAction,
    CampaignDocument,
    CampaignParticipant,
    PaperComment,
    PaperRevision,
    PaperSection,
    PaperSignature,
    PaperStatus,
    ParticipantStatus,
    PositionPaper,
)


def _my_organisations(user: User):
    return Membership.objects.filter(user=user).values("organisation_id")


def takes_part_expression(user: User, campaign: str = "pk") -> Exists:
    """Whether one of `user`'s organisations takes part in the campaign (`campaign` names it in the outer query)."""
    return Exists(
        CampaignParticipant.objects.filter(
            campaign=OuterRef(campaign),
            status=ParticipantStatus.ACCEPTED,
            organisation__memberships__user=user,
        )
    )


def campaigns_visible_to(user: User) -> QuerySet[Campaign]:
    """Campaigns `user` takes part in through one of their organisations, and public campaigns."""
    if not user.is_authenticated:
        return Campaign.objects.filter(is_public=True)
    return Campaign.objects.filter(Q(is_public=True) | takes_part_expression(user))


def campaign_list(*, user: User) -> QuerySet[Campaign]:
    """The campaign list: with network, lead organisation and whether `user` takes part, in one query."""
    queryset = campaigns_visible_to(user).select_related("network", "lead_organisation")
    if user.is_authenticated:
        queryset = queryset.annotate(is_participant=takes_part_expression(user))
    return queryset.order_by("-created_at", "-pk")


def campaign_get(*, user: User, slug: str) -> Campaign:
    """The campaign with `is_participant` and `is_lead_leader`, or 404 when `user` may not see it."""
    queryset = campaigns_visible_to(user).select_related("network", "lead_organisation", "forum")
    if user.is_authenticated:
        queryset = queryset.annotate(
            is_participant=takes_part_expression(user),
            is_lead_leader=Exists(
                Membership.objects.filter(user=user, organisation=OuterRef("lead_organisation"), role=Role.LEADER)
            ),
        )
    campaign = queryset.filter(slug=slug).first()
    if campaign is None:
        raise Http404
    if not user.is_authenticated:
        campaign.is_participant = campaign.is_lead_leader = False
    return campaign


def campaign_participants(*, campaign: Campaign) -> QuerySet[CampaignParticipant]:
    return campaign.participants.select_related("organisation").order_by("status", "organisation__name")


def campaign_actions(*, campaign: Campaign) -> QuerySet[CampaignAction]:
    return campaign.actions.select_related("owner_organisation", "person")


def campaign_documents(*, campaign: Campaign) -> QuerySet[CampaignDocument]:
    return campaign.documents.select_related("uploaded_by")


def campaign_papers(*, campaign: Campaign, participant: bool) -> QuerySet[PositionPaper]:
    """Originals with their language versions; people who do not take part see published public papers only."""
    versions = PositionPaper.objects.order_by("language")
    papers = campaign.papers.filter(translation_of__isnull=True)
    if not participant:
        papers = papers.filter(status=PaperStatus.PUBLISHED, is_public=True)
        versions = versions.filter(status=PaperStatus.PUBLISHED, is_public=True)
    return papers.prefetch_related(Prefetch("translations", queryset=versions)).order_by("-created_at", "-pk")


def campaign_document_get(*, user: User, pk: int) -> CampaignDocument:
    document = CampaignDocument.objects.select_related("campaign").filter(pk=pk).first()
    if document is None or not takes_part(user=user, campaign=document.campaign):
        raise Http404
    return document


def takes_part(*, user: User, campaign: Campaign) -> bool:
    return (
        user.is_authenticated
        and CampaignParticipant.objects.filter(
            campaign=campaign, status=ParticipantStatus.ACCEPTED, organisation__memberships__user=user
        ).exists()
    )


def invitations_for(*, user: User) -> QuerySet[CampaignParticipant]:
    """Invitations waiting for a decision by one of `user`'s organisations where `user` is a leader."""
    if not user.is_authenticated:
        return CampaignParticipant.objects.none()
    led = Membership.objects.filter(user=user, role=Role.LEADER).values("organisation_id")
    return (
        CampaignParticipant.objects.filter(status=ParticipantStatus.INVITED, organisation__in=led)
        .select_related("campaign__lead_organisation", "campaign__network", "organisation")
        .order_by("-invited_at")
    )


def invitation_get(*, user: User, pk: int) -> CampaignParticipant:
    invitation = invitations_for(user=user).filter(pk=pk).first()
    if invitation is None:
        raise Http404
    return invitation


def organisations_to_invite(*, campaign: Campaign) -> QuerySet[Organisation]:
    """Organisations of the campaign's network that were never invited (or declined)."""
    already = campaign.participants.exclude(status=ParticipantStatus.DECLINED).values("organisation_id")
    return campaign.network.organisations.exclude(pk__in=already).order_by("name")


def participating_organisations(*, campaign: Campaign) -> QuerySet[Organisation]:
    return Organisation.objects.filter(
        campaign_participations__campaign=campaign, campaign_participations__status=ParticipantStatus.ACCEPTED
    ).order_by("name")


# --- papers -------------------------------------------------------------------------------------------------------


def paper_get(*, user: User, pk: int) -> PositionPaper:
    """A paper for its participants (any status), or 404."""
    paper = (
        PositionPaper.objects.select_related("campaign__network", "campaign__lead_organisation").filter(pk=pk).first()
    )
    if paper is None or not takes_part(user=user, campaign=paper.campaign):
        raise Http404
    return paper


def paper_public_get(*, public_slug: str) -> PositionPaper:
    """A published paper made public, for anyone; 404 otherwise."""
    paper = (
        PositionPaper.objects.select_related("campaign")
        .filter(public_slug=public_slug, status=PaperStatus.PUBLISHED, is_public=True)
        .first()
    )
    if paper is None:
        raise Http404
    return paper


def paper_original(*, paper: PositionPaper) -> PositionPaper:
    if paper.translation_of_id is None:
        return paper
    return PositionPaper.objects.select_related("campaign").get(pk=paper.translation_of_id)


def paper_versions(*, paper: PositionPaper) -> QuerySet[PositionPaper]:
    """Every language version of `paper`'s text, the original included."""
    original_id = paper.original_id
    return PositionPaper.objects.filter(Q(pk=original_id) | Q(translation_of_id=original_id)).order_by("language")


def paper_sections(*, paper: PositionPaper, with_comments: bool = False) -> QuerySet[PaperSection]:
    sections = paper.sections.all()
    if with_comments:
        comments = PaperComment.objects.select_related("author", "resolved_by").order_by("created_at", "pk")
        sections = sections.prefetch_related(Prefetch("comments", queryset=comments))
    return sections.order_by("order", "pk")


def paper_revisions(*, paper: PositionPaper) -> QuerySet[PaperRevision]:
    return paper.revisions.select_related("author").defer("snapshot").order_by("-number")


def paper_signatures(*, paper: PositionPaper) -> QuerySet[PaperSignature]:
    """Active signatures of the paper's text (kept on the original), with organisation and signer."""
    return (
        PaperSignature.objects.filter(paper_id=paper.original_id, withdrawn_at__isnull=True)
        .select_related("organisation", "signed_by")
        .order_by("signed_at", "pk")
    )


def organisations_user_may_sign_for(*, user: User, paper: PositionPaper) -> QuerySet[Organisation]:
    """Organisations taking part in the paper's campaign that `user` leads."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        memberships__user=user,
        memberships__role=Role.LEADER,
        campaign_participations__campaign_id=paper.campaign_id,
        campaign_participations__status=ParticipantStatus.ACCEPTED,
    ).order_by("name")
