"""Writes for campaigns and position papers. Every guardian permission on a paper is granted here and only here.

Rules worth knowing:

- The lead organisation's leaders run the campaign: they invite organisations of the network, change its status and
  whether it is public, and move papers through the workflow. A leader of an invited organisation accepts or declines.
- Members of participating organisations co-draft: sections, comments, actions and documents.
- No lost edits: a section is saved with the paper revision the editor started from. When someone changed that
  section in between, the save raises `PaperConflict` (code "conflict"), writes nothing, and carries both texts and
  their differences so the person can merge by hand. Moving and deleting a section carry that base revision too and
  are refused (code "conflict") after any change of the paper; each is a revision, so nothing deleted is lost.
- A leader of a participating organisation signs on its behalf, once, while the paper is open for signatures; the
  signature can be withdrawn until the paper is published. Signatures and the workflow belong to the original paper;
  its language versions follow it.
"""

import difflib
import os
import re
import uuid

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from guardian.shortcuts import assign_perm, get_users_with_perms, remove_perm

from intranet.markup import render_markdown
from intranet.organisations.models import Membership, Network, Organisation, Role, User
from intranet.uploads import DOCUMENTS_AND_IMAGES, upload_check

from . import services as forum_services
from .campaign_models import (
    LANGUAGE_CODES,
    Campaign,
    CampaignAction,
    CampaignDocument,
    CampaignParticipant,
    CampaignStatus,
    PaperComment,
    PaperKind,
    PaperRevision,
    PaperSection,
    PaperSignature,
    PaperStatus,
    ParticipantStatus,
    PositionPaper,
)
from .campaign_selectors import takes_part

SIGN_PAPER = "forums.sign_paper"
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

# Which workflow step may follow which; withdrawing is possible until publication.
TRANSITIONS = {
    PaperStatus.DRAFT: {PaperStatus.REVIEW, PaperStatus.WITHDRAWN},
    PaperStatus.REVIEW: {PaperStatus.DRAFT, PaperStatus.SIGNATURES, PaperStatus.WITHDRAWN},
    PaperStatus.SIGNATURES: {PaperStatus.REVIEW, PaperStatus.PUBLISHED, PaperStatus.WITHDRAWN},
    PaperStatus.PUBLISHED: set(),
    PaperStatus.WITHDRAWN: {PaperStatus.DRAFT},
}
EDITABLE = {PaperStatus.DRAFT, PaperStatus.REVIEW}


class PaperConflict(ValidationError):
    """Someone changed the section after the editor loaded it. Nothing was written; both texts come along."""

    def __init__(self, *, section: PaperSection, heading: str, body: str, current_revision: int):
        super().__init__(
            _(
                "Someone else saved this section while you were working on it. Nothing was lost: "
                "your text and theirs are shown side by side. Merge them and save again."
            ),
            code="conflict",
        )
        self.section = section
        self.mine_heading, self.mine = heading, body
        self.theirs_heading, self.theirs = section.heading, section.body
        self.current_revision = current_revision
        self.diff = text_diff(section.body, body)


# --- who may do what ----------------------------------------------------------------------------------------------


def is_leader(*, user: User, organisation: Organisation | int) -> bool:
    return (
        user.is_authenticated
        and Membership.objects.filter(user=user, organisation=organisation, role=Role.LEADER).exists()
    )


def runs_campaign(*, user: User, campaign: Campaign) -> bool:
    """A leader of the campaign's lead organisation."""
    return is_leader(user=user, organisation=campaign.lead_organisation_id)


def _require_participant(user: User, campaign: Campaign) -> None:
    if not takes_part(user=user, campaign=campaign):
        raise PermissionDenied


def _require_runner(user: User, campaign: Campaign) -> None:
    if not runs_campaign(user=user, campaign=campaign):
        raise PermissionDenied


# --- campaigns ----------------------------------------------------------------------------------------------------


def _unique_campaign_slug(title: str) -> str:
    base = slugify(title)[:70] or "campaign"
    slug, number = base, 2
    while Campaign.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _titles(data: dict) -> dict:
    titles = {f"title_{code}": (data.get(f"title_{code}") or "").strip() for code in LANGUAGE_CODES}
    if not any(titles.values()):
        raise ValidationError({"title_da": ValidationError(_("Give the campaign a title."), code="required")})
    return titles


@transaction.atomic
def campaign_create(
    *, network: Network, lead_organisation: Organisation, created_by: User, data: dict, with_forum: bool = True
) -> Campaign:
    """A leader of `lead_organisation` (a member of `network`) starts a campaign; it gets its own forum.

    `data`: title_da/_ar/_fr, goal_da/_ar/_fr, optionally status and is_public.
    """
    if not network.organisations.filter(pk=lead_organisation.pk).exists():
        raise ValidationError(_("The lead organisation must belong to the network."), code="not_in_network")
    if not is_leader(user=created_by, organisation=lead_organisation):
        raise PermissionDenied
    titles = _titles(data)
    campaign = Campaign(
        network=network,
        lead_organisation=lead_organisation,
        created_by=created_by,
        slug=_unique_campaign_slug(next(value for value in titles.values() if value)),
        status=data.get("status") or CampaignStatus.PLANNING,
        is_public=bool(data.get("is_public")),
        **titles,
        **{f"goal_{code}": (data.get(f"goal_{code}") or "").strip() for code in LANGUAGE_CODES},
    )
    campaign.full_clean()
    campaign.save()
    CampaignParticipant.objects.create(
        campaign=campaign,
        organisation=lead_organisation,
        status=ParticipantStatus.ACCEPTED,
        invited_by=created_by,
        decided_by=created_by,
        decided_at=timezone.now(),
    )
    if with_forum:
        fallback = campaign.title_da or campaign.title_fr or campaign.title_ar
        campaign.forum = forum_services.forum_create(
            network=network,
            data={
                "name_da": (campaign.title_da or fallback)[:200],
                "name_ar": (campaign.title_ar or fallback)[:200],
                "name_fr": (campaign.title_fr or fallback)[:200],
                "slug": f"campaign-{campaign.slug}"[:80],
                "sort_order": 100,
            },
        )
        campaign.save(update_fields=["forum"])
    return campaign


@transaction.atomic
def campaign_update(*, campaign: Campaign, user: User, version: int, data: dict) -> Campaign:
    """Change titles, goals, status or publicity, if nobody saved in between (ValidationError code "stale")."""
    _require_runner(user, campaign)
    titles = _titles({**{f"title_{code}": getattr(campaign, f"title_{code}") for code in LANGUAGE_CODES}, **data})
    if not Campaign.objects.filter(pk=campaign.pk, version=version).update(version=F("version") + 1):
        raise ValidationError(
            _("Someone else changed the campaign while you were editing it. Check it and save again."), code="stale"
        )
    for field, value in titles.items():
        setattr(campaign, field, value)
    for code in LANGUAGE_CODES:
        if f"goal_{code}" in data:
            setattr(campaign, f"goal_{code}", (data[f"goal_{code}"] or "").strip())
    if "status" in data:
        campaign.status = CampaignStatus(data["status"])
    if "is_public" in data:
        campaign.is_public = bool(data["is_public"])
    campaign.version = version + 1
    campaign.full_clean()
    campaign.save()
    return campaign


@transaction.atomic
def campaign_invite(*, campaign: Campaign, organisation: Organisation, invited_by: User) -> CampaignParticipant:
    """The lead invites an organisation of the campaign's network (again, if it declined before)."""
    _require_runner(invited_by, campaign)
    if not campaign.network.organisations.filter(pk=organisation.pk).exists():
        raise ValidationError(_("Only organisations of the network can be invited."), code="not_in_network")
    participant, created = CampaignParticipant.objects.get_or_create(
        campaign=campaign, organisation=organisation, defaults={"invited_by": invited_by}
    )
    if not created:
        if participant.status != ParticipantStatus.DECLINED:
            raise ValidationError(_("This organisation is already invited."), code="already_invited")
        participant.status = ParticipantStatus.INVITED
        participant.invited_by, participant.invited_at = invited_by, timezone.now()
        participant.decided_by = participant.decided_at = None
        participant.save()
    return participant


def _decide(participant: CampaignParticipant, user: User, status: str) -> CampaignParticipant:
    participant = CampaignParticipant.objects.select_for_update().select_related("campaign").get(pk=participant.pk)
    if not is_leader(user=user, organisation=participant.organisation_id):
        raise PermissionDenied
    if participant.status != ParticipantStatus.INVITED:
        raise ValidationError(_("This invitation has already been answered."), code="answered")
    participant.status = status
    participant.decided_by, participant.decided_at = user, timezone.now()
    participant.save()
    return participant


@transaction.atomic
def participation_accept(*, participant: CampaignParticipant, user: User) -> CampaignParticipant:
    """A leader of the invited organisation accepts: its members now see the campaign, its leaders may sign."""
    participant = _decide(participant, user, ParticipantStatus.ACCEPTED)
    paper_signers_sync(campaign=participant.campaign)
    return participant


@transaction.atomic
def participation_decline(*, participant: CampaignParticipant, user: User) -> CampaignParticipant:
    return _decide(participant, user, ParticipantStatus.DECLINED)


# --- timeline and documents ---------------------------------------------------------------------------------------


@transaction.atomic
def action_create(
    *,
    campaign: Campaign,
    user: User,
    title: str,
    owner_organisation: Organisation,
    person: User | None = None,
    deadline=None,
) -> CampaignAction:
    """A step on the timeline, owned by a participating organisation (and one of its members, if named)."""
    _require_participant(user, campaign)
    errors = {}
    title = (title or "").strip()
    if not title:
        errors["title"] = ValidationError(_("Say what is to be done."), code="required")
    owner_takes_part = campaign.participants.filter(
        organisation=owner_organisation, status=ParticipantStatus.ACCEPTED
    ).exists()
    if not owner_takes_part:
        errors["owner_organisation"] = ValidationError(
            _("The organisation must take part in the campaign."), code="not_participant"
        )
    elif person is not None and not Membership.objects.filter(user=person, organisation=owner_organisation).exists():
        errors["person"] = ValidationError(_("The person must belong to that organisation."), code="not_member")
    if errors:
        raise ValidationError(errors)
    return CampaignAction.objects.create(
        campaign=campaign,
        title=title[:300],
        owner_organisation=owner_organisation,
        person=person,
        deadline=deadline,
        created_by=user,
    )


@transaction.atomic
def action_set_done(*, action: CampaignAction, user: User, done: bool = True) -> CampaignAction:
    _require_participant(user, action.campaign)
    action.done_at = timezone.now() if done else None
    action.save(update_fields=["done_at"])
    return action


@transaction.atomic
def document_create(*, campaign: Campaign, user: User, title: str, file) -> CampaignDocument:
    """Share a file with the participants; its type is read from its content (PDF or image)."""
    _require_participant(user, campaign)
    if not file:
        raise ValidationError({"file": ValidationError(_("Choose a file."), code="required")})
    try:
        content_type, extension = upload_check(file, max_bytes=MAX_DOCUMENT_BYTES, kinds=DOCUMENTS_AND_IMAGES)
    except ValidationError as error:
        raise ValidationError({"file": error.error_list}) from error
    original_name = os.path.basename(getattr(file, "name", "") or "")[:255] or f"file{extension}"
    document = CampaignDocument(
        campaign=campaign,
        title=(title or "").strip()[:200] or original_name,
        original_name=original_name,
        content_type=content_type,
        size=file.size,
        uploaded_by=user,
    )
    document.file.save(f"{uuid.uuid4().hex}{extension}", file, save=False)
    document.save()
    return document


# --- papers and their signers -------------------------------------------------------------------------------------


@transaction.atomic
def paper_signers_sync(*, campaign: Campaign) -> None:
    """Leaders of the participating organisations hold `sign_paper` on the campaign's papers; nobody else does.

    Run when an organisation joins and when a paper is created. Signing itself checks leadership and participation
    again at that moment, so a leader who stepped down in between cannot sign anyway.
    """
    leaders = set(
        User.objects.filter(
            memberships__role=Role.LEADER,
            memberships__organisation__campaign_participations__campaign=campaign,
            memberships__organisation__campaign_participations__status=ParticipantStatus.ACCEPTED,
        ).distinct()
    )
    for paper in campaign.papers.filter(translation_of__isnull=True):
        holders = set(get_users_with_perms(paper, only_with_perms_in=["sign_paper"], with_superusers=False))
        for user in leaders - holders:
            assign_perm(SIGN_PAPER, user, paper)
        for user in holders - leaders:
            remove_perm(SIGN_PAPER, user, paper)


def _snapshot(paper: PositionPaper) -> list[dict]:
    return [
        {"id": section.pk, "order": section.order, "heading": section.heading, "body": section.body}
        for section in paper.sections.order_by("order", "pk")
    ]


def _revision_add(paper: PositionPaper, author: User, summary: str) -> PaperRevision:
    """The next revision of `paper` (locked by the caller), with the whole text as it now is."""
    paper.revision_number += 1
    paper.save(update_fields=["revision_number"])
    return PaperRevision.objects.create(
        paper=paper,
        number=paper.revision_number,
        author=author,
        summary=(summary or "").strip()[:300],
        snapshot=_snapshot(paper),
    )


def _render(body: str) -> str:
    return str(render_markdown(body or ""))


@transaction.atomic
def paper_create(
    *,
    campaign: Campaign,
    user: User,
    kind: str,
    language: str,
    title: str,
    sections=(),
    translation_of: PositionPaper | None = None,
) -> PositionPaper:
    """A participant opens a paper (or a version in another language of `translation_of`) with its first sections
    (`sections`: [(heading, body), ...]); the first revision records them."""
    _require_participant(user, campaign)
    errors = {}
    title = (title or "").strip()
    if not title:
        errors["title"] = ValidationError(_("Give the paper a title."), code="required")
    if language not in LANGUAGE_CODES:
        errors["language"] = ValidationError(_("Choose a language."), code="invalid")
    if kind not in PaperKind.values:
        errors["kind"] = ValidationError(_("Choose a kind of text."), code="invalid")
    if translation_of is not None:
        if translation_of.translation_of_id is not None:
            translation_of = translation_of.translation_of
        if translation_of.campaign_id != campaign.pk:
            raise PermissionDenied
        languages = {translation_of.language, *translation_of.translations.values_list("language", flat=True)}
        if language in languages:
            errors["language"] = ValidationError(_("A version in this language exists already."), code="exists")
        kind = translation_of.kind
    if errors:
        raise ValidationError(errors)
    paper = PositionPaper.objects.create(
        campaign=campaign,
        kind=kind,
        language=language,
        title=title[:300],
        translation_of=translation_of,
        status=translation_of.status if translation_of else PaperStatus.DRAFT,
        created_by=user,
    )
    sections = [(heading, body) for heading, body in sections if (heading or "").strip() or (body or "").strip()]
    for order, (heading, body) in enumerate(sections, start=1):
        PaperSection.objects.create(
            paper=paper,
            order=order,
            heading=(heading or "").strip()[:300],
            body=body or "",
            body_html=_render(body),
            revision_number=1,
        )
    if sections:
        _revision_add(paper, user, "")
    if translation_of is None:
        paper_signers_sync(campaign=campaign)
    return paper


def _locked_editable_paper(paper: PositionPaper, user: User) -> PositionPaper:
    _require_participant(user, paper.campaign)
    locked = PositionPaper.objects.select_for_update().select_related("campaign").get(pk=paper.pk)
    if locked.status not in EDITABLE:
        raise ValidationError(_("This paper can no longer be edited."), code="not_editable")
    return locked


@transaction.atomic
def section_add(*, paper: PositionPaper, user: User, heading: str, body: str, summary: str = "") -> PaperSection:
    """A new section at the end of the paper, recorded as a revision."""
    paper = _locked_editable_paper(paper, user)
    if not (heading or "").strip() and not (body or "").strip():
        raise ValidationError({"body": ValidationError(_("Write something first."), code="required")})
    last = paper.sections.order_by("-order").values_list("order", flat=True).first() or 0
    section = PaperSection.objects.create(
        paper=paper,
        order=last + 1,
        heading=(heading or "").strip()[:300],
        body=body or "",
        body_html=_render(body),
        revision_number=paper.revision_number + 1,
    )
    _revision_add(paper, user, summary)
    return section


@transaction.atomic
def section_save(
    *, section: PaperSection, user: User, heading: str, body: str, base_revision: int, summary: str = ""
) -> PaperSection:
    """Save an edited section that the editor loaded at paper revision `base_revision`.

    Raises `PaperConflict` (code "conflict") and writes nothing when someone changed this section after that
    revision. Changes elsewhere in the paper do not conflict.
    """
    paper = _locked_editable_paper(section.paper, user)
    current = PaperSection.objects.get(pk=section.pk, paper=paper)
    heading = (heading or "").strip()[:300]
    body = body or ""
    if current.revision_number > base_revision:
        raise PaperConflict(section=current, heading=heading, body=body, current_revision=paper.revision_number)
    if current.heading == heading and current.body == body:
        return current
    current.heading, current.body, current.body_html = heading, body, _render(body)
    current.revision_number = paper.revision_number + 1
    current.save()
    _revision_add(paper, user, summary)
    return current


def _stale_paper() -> ValidationError:
    return ValidationError(
        _(
            "Someone else changed the paper after you opened it. Nothing was changed: "
            "look at the paper as it is now and try again."
        ),
        code="conflict",
    )


def _locked_section_at(section: PaperSection, user: User, base_revision: int) -> tuple[PositionPaper, PaperSection]:
    """The locked editable paper and the section, if nobody saved the paper since `base_revision`.

    Unlike a section save, moving and deleting are refused after any change of the paper: the positions the person
    saw, and the text they chose to delete, may no longer be what is there.
    """
    paper = _locked_editable_paper(section.paper, user)
    current = PaperSection.objects.filter(pk=section.pk, paper=paper).first()
    if current is None or paper.revision_number != base_revision:
        raise _stale_paper()
    return paper, current


def _renumber(sections: list[PaperSection]) -> None:
    """Orders 1..n in the given order; only sections whose order changes are written."""
    changed = []
    for order, section in enumerate(sections, start=1):
        if section.order != order:
            section.order = order
            changed.append(section)
    PaperSection.objects.bulk_update(changed, ["order"])


@transaction.atomic
def section_move(*, section: PaperSection, user: User, direction: str, base_revision: int) -> PaperSection:
    """Move a section one place "up" or "down", recorded as a revision (author, time, "Moved section … up").

    Raises ValidationError code "conflict" and changes nothing when the paper was saved after `base_revision`, and
    code "cannot_move" when the section is already first (up) or last (down). The text of no section changes, so
    a move never makes someone's open edit of a section conflict.
    """
    if direction not in ("up", "down"):
        raise ValidationError(_("Choose up or down."), code="invalid")
    paper, current = _locked_section_at(section, user, base_revision)
    sections = list(paper.sections.order_by("order", "pk"))
    index = next(position for position, item in enumerate(sections) if item.pk == current.pk)
    other = index - 1 if direction == "up" else index + 1
    if not 0 <= other < len(sections):
        if direction == "up":
            raise ValidationError(_("This section is already the first."), code="cannot_move")
        raise ValidationError(_("This section is already the last."), code="cannot_move")
    sections[index], sections[other] = sections[other], sections[index]
    _renumber(sections)
    if direction == "up":
        summary = _("Moved section “%(section)s” up") % {"section": current}
    else:
        summary = _("Moved section “%(section)s” down") % {"section": current}
    _revision_add(paper, user, summary)
    return next(item for item in sections if item.pk == current.pk)


@transaction.atomic
def section_delete(*, section: PaperSection, user: User, base_revision: int) -> PaperRevision:
    """Delete a section (and the comments on it), recorded as a revision ("Deleted section …").

    Its text stays in the snapshots of the earlier revisions, so comparing the revision before with the one after
    shows it as removed. Raises ValidationError code "conflict" and deletes nothing when the paper was saved after
    `base_revision`.
    """
    paper, current = _locked_section_at(section, user, base_revision)
    summary = _("Deleted section “%(section)s”") % {"section": current}
    current.delete()
    _renumber(list(paper.sections.order_by("order", "pk")))
    return _revision_add(paper, user, summary)


# --- differences between texts ------------------------------------------------------------------------------------

_WORDS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def text_diff(old: str, new: str) -> SafeString:
    """Word by word: removed words in <del>, added ones in <ins>, everything escaped."""
    old_words, new_words = _WORDS.findall(old or ""), _WORDS.findall(new or "")
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_words, new_words, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append(escape("".join(old_words[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            parts.append(f"<del>{escape(''.join(old_words[i1:i2]))}</del>")
        if tag in ("insert", "replace"):
            parts.append(f"<ins>{escape(''.join(new_words[j1:j2]))}</ins>")
    # Every piece of text above went through escape(); the only markup is our own <ins>/<del>.
    return mark_safe("".join(parts))  # noqa: S308


def revisions_compare(*, older: PaperRevision, newer: PaperRevision) -> list[dict]:
    """Section by section: heading and body differences between two revisions of one paper, in the newer order.

    Each item: {"id", "heading_diff", "body_diff", "state": "same"|"changed"|"added"|"removed", "moved": bool};
    `moved`: the section's place among the sections both revisions have is not the same.
    """
    if older.paper_id != newer.paper_id:
        raise ValidationError(_("Both revisions must belong to the same paper."), code="other_paper")
    before = {item["id"]: item for item in older.snapshot}
    after_ids = [item["id"] for item in newer.snapshot]
    common_before = [item["id"] for item in older.snapshot if item["id"] in set(after_ids)]
    common_after = [pk for pk in after_ids if pk in before]
    moved = {pk for pk, was in zip(common_after, common_before, strict=True) if pk != was}
    rows = []
    for item in newer.snapshot:
        old = before.get(item["id"])
        if old is None:
            state = "added"
            old = {"heading": "", "body": ""}
        else:
            state = "same" if (old["heading"], old["body"]) == (item["heading"], item["body"]) else "changed"
        rows.append(
            {
                "id": item["id"],
                "state": state,
                "moved": item["id"] in moved,
                "heading_diff": text_diff(old["heading"], item["heading"]),
                "body_diff": text_diff(old["body"], item["body"]),
            }
        )
    for item in older.snapshot:
        if item["id"] not in after_ids:
            rows.append(
                {
                    "id": item["id"],
                    "state": "removed",
                    "moved": False,
                    "heading_diff": text_diff(item["heading"], ""),
                    "body_diff": text_diff(item["body"], ""),
                }
            )
    return rows


# --- comments -----------------------------------------------------------------------------------------------------


@transaction.atomic
def comment_create(*, section: PaperSection, user: User, body: str) -> PaperComment:
    _require_participant(user, section.paper.campaign)
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": ValidationError(_("Write something first."), code="required")})
    return PaperComment.objects.create(section=section, author=user, body=body, body_html=_render(body))


@transaction.atomic
def comment_resolve(*, comment: PaperComment, user: User, resolved: bool = True) -> PaperComment:
    _require_participant(user, comment.section.paper.campaign)
    comment.resolved_at = timezone.now() if resolved else None
    comment.resolved_by = user if resolved else None
    comment.save(update_fields=["resolved_at", "resolved_by"])
    return comment


# --- workflow, signatures, publicity ------------------------------------------------------------------------------


def _original_locked(paper: PositionPaper) -> PositionPaper:
    return PositionPaper.objects.select_for_update().select_related("campaign").get(pk=paper.original_id)


@transaction.atomic
def paper_transition(*, paper: PositionPaper, user: User, status: str) -> PositionPaper:
    """Move the paper (and all its language versions) to `status`; only the lead's leaders may.

    Publishing needs at least one signature.
    """
    original = _original_locked(paper)
    _require_runner(user, original.campaign)
    status = PaperStatus(status)
    if status not in TRANSITIONS[PaperStatus(original.status)]:
        raise ValidationError(_("This step is not possible now."), code="invalid_transition")
    fields = {"status": status}
    if status == PaperStatus.PUBLISHED:
        if not original.signatures.filter(withdrawn_at__isnull=True).exists():
            raise ValidationError(_("A paper needs at least one signature to be published."), code="no_signatures")
        fields["published_at"] = timezone.now()
    PositionPaper.objects.filter(pk=original.pk).update(**fields)
    original.translations.update(**fields)
    paper.refresh_from_db()
    return paper


@transaction.atomic
def paper_set_public(*, paper: PositionPaper, user: User, is_public: bool) -> PositionPaper:
    """Make a published paper (all its versions) readable by anyone at a stable address, or private again."""
    original = _original_locked(paper)
    _require_runner(user, original.campaign)
    if is_public and original.status != PaperStatus.PUBLISHED:
        raise ValidationError(_("Only a published paper can be made public."), code="not_published")
    for version in [original, *original.translations.all()]:
        version.is_public = bool(is_public)
        if version.is_public and not version.public_slug:
            base = slugify(version.title)[:60] or "paper"
            version.public_slug = f"{base}-{version.language}-{get_random_string(8).lower()}"
        version.save(update_fields=["is_public", "public_slug"])
    paper.refresh_from_db()
    return paper


@transaction.atomic
def paper_sign(*, paper: PositionPaper, user: User, organisation: Organisation) -> PaperSignature:
    """`user`, a leader of `organisation`, signs the paper on its behalf. Once per organisation; only while the
    paper is open for signatures; only for an organisation taking part in the campaign."""
    original = _original_locked(paper)
    campaign = original.campaign
    participates = campaign.participants.filter(organisation=organisation, status=ParticipantStatus.ACCEPTED).exists()
    if not participates or not is_leader(user=user, organisation=organisation):
        raise PermissionDenied
    paper_signers_sync(campaign=campaign)
    if not user.has_perm(SIGN_PAPER, original):
        raise PermissionDenied
    if original.status != PaperStatus.SIGNATURES:
        raise ValidationError(_("This paper is not open for signatures."), code="not_open")
    if original.signatures.filter(organisation=organisation, withdrawn_at__isnull=True).exists():
        raise ValidationError(_("Your organisation has already signed this paper."), code="already_signed")
    try:
        with transaction.atomic():
            return PaperSignature.objects.create(paper=original, organisation=organisation, signed_by=user)
    except IntegrityError as error:
        raise ValidationError(_("Your organisation has already signed this paper."), code="already_signed") from error


@transaction.atomic
def signature_withdraw(*, signature: PaperSignature, user: User) -> PaperSignature:
    """A leader of the signing organisation withdraws its signature; not once the paper is published."""
    signature = PaperSignature.objects.select_for_update().select_related("paper").get(pk=signature.pk)
    if not is_leader(user=user, organisation=signature.organisation_id):
        raise PermissionDenied
    if signature.withdrawn_at is not None:
        raise ValidationError(_("This signature was already withdrawn."), code="withdrawn")
    if signature.paper.status == PaperStatus.PUBLISHED:
        raise ValidationError(_("The paper is published: signatures can no longer be withdrawn."), code="published")
    signature.withdrawn_at, signature.withdrawn_by = timezone.now(), user
    signature.save(update_fields=["withdrawn_at", "withdrawn_by"])
    return signature
