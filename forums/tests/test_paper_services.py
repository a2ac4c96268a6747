"""Paper services: revisions and their differences, two editors interleaving without losing a word, comments, the
workflow, and the signing rules."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from guardian.shortcuts import get_objects_for_user

from forums import campaign_selectors as selectors
from forums import campaign_services as services
from forums.campaign_models import PaperRevision, PaperSection, PaperSignature, PaperStatus, PositionPaper
from intranet.organisations import services as organisation_services
from intranet.organisations.models import Membership, Role
from intranet.organisations.tests.factories import member

from .campaign_factories import *  # noqa: F403 - the fixtures the campaign and paper tests share
from .campaign_factories import open_for_signatures, paper_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def paper(campaign, lead_leader):
    return paper_in(campaign, lead_leader)


def _section(paper, order=1):
    return PaperSection.objects.get(paper=paper, order=order)


def test_creating_a_paper_records_the_first_revision(paper, lead_leader):
    assert paper.revision_number == 1 and paper.status == PaperStatus.DRAFT
    revision = PaperRevision.objects.get(paper=paper)
    assert revision.author == lead_leader
    assert [item["heading"] for item in revision.snapshot] == ["Indledning", "Krav"]


def test_every_save_is_a_revision_with_author_and_summary(paper, partner_member):
    section = _section(paper)
    services.section_save(
        section=section,
        user=partner_member,
        heading="Indledning",
        body="Nyt første afsnit.",
        base_revision=1,
        summary="Kortere",
    )
    paper.refresh_from_db()
    assert paper.revision_number == 2
    revision = paper.revisions.get(number=2)
    assert (revision.author, revision.summary) == (partner_member, "Kortere")
    assert revision.snapshot[0]["body"] == "Nyt første afsnit."
    assert _section(paper).body_html == "<p>Nyt første afsnit.</p>"


def test_saving_the_same_text_makes_no_revision(paper, partner_member):
    section = _section(paper)
    services.section_save(
        section=section, user=partner_member, heading=section.heading, body=section.body, base_revision=1
    )
    paper.refresh_from_db()
    assert paper.revision_number == 1


def test_two_editors_interleaving_lose_nothing(paper, lead_leader, partner_member):
    """Both load revision 1; the first saves; the second's save is refused with both texts; after merging by hand
    the second saves on top of the first, and both edits are in the revisions."""
    loaded_by_first = loaded_by_second = paper.revision_number
    section = _section(paper)
    services.section_save(
        section=section,
        user=lead_leader,
        heading="Indledning",
        body="Første afsnit, skærpet.",
        base_revision=loaded_by_first,
    )
    with pytest.raises(services.PaperConflict) as conflict:
        services.section_save(
            section=section,
            user=partner_member,
            heading="Indledning",
            body="Første afsnit, med tal.",
            base_revision=loaded_by_second,
        )
    assert conflict.value.code == "conflict"
    assert conflict.value.theirs == "Første afsnit, skærpet."
    assert conflict.value.mine == "Første afsnit, med tal."
    assert "<del>" in conflict.value.diff and "<ins>" in conflict.value.diff
    assert conflict.value.current_revision == 2
    paper.refresh_from_db()
    assert paper.revision_number == 2
    assert _section(paper).body == "Første afsnit, skærpet."

    services.section_save(
        section=section,
        user=partner_member,
        heading="Indledning",
        body="Første afsnit, skærpet, med tal.",
        base_revision=conflict.value.current_revision,
    )
    bodies = [revision.snapshot[0]["body"] for revision in paper.revisions.order_by("number")]
    assert bodies == ["Første afsnit.", "Første afsnit, skærpet.", "Første afsnit, skærpet, med tal."]


def test_edits_of_different_sections_do_not_conflict(paper, lead_leader, partner_member):
    services.section_save(section=_section(paper, 1), user=lead_leader, heading="A", body="a", base_revision=1)
    services.section_save(section=_section(paper, 2), user=partner_member, heading="B", body="b", base_revision=1)
    paper.refresh_from_db()
    assert paper.revision_number == 3
    assert [s.body for s in paper.sections.order_by("order")] == ["a", "b"]


def test_a_section_added_after_loading_is_a_new_revision(paper, partner_member):
    section = services.section_add(paper=paper, user=partner_member, heading="Afslutning", body="Tak.")
    paper.refresh_from_db()
    assert section.order == 3 and paper.revision_number == 2 == section.revision_number


def test_compare_any_two_revisions(paper, lead_leader):
    services.section_save(
        section=_section(paper),
        user=lead_leader,
        heading="Indledning",
        body="Første <b>afsnit</b> ændret.",
        base_revision=1,
    )
    services.section_add(paper=paper, user=lead_leader, heading="Ny", body="Mere")
    older, newer = paper.revisions.get(number=1), paper.revisions.get(number=3)
    rows = services.revisions_compare(older=older, newer=newer)
    assert [row["state"] for row in rows] == ["changed", "same", "added"]
    assert rows[0]["body_diff"] == "Første <ins>&lt;b&gt;</ins>afsnit<ins>&lt;/b&gt; ændret</ins>."
    back = services.revisions_compare(older=newer, newer=older)
    assert "<del>&lt;b&gt;</del>" in back[0]["body_diff"] and back[2]["state"] == "removed"


def test_outsiders_and_bystanders_cannot_edit_or_comment(paper, bystander, outsider):
    for person in (bystander, outsider):
        with pytest.raises(PermissionDenied):
            services.section_save(section=_section(paper), user=person, heading="x", body="x", base_revision=1)
        with pytest.raises(PermissionDenied):
            services.comment_create(section=_section(paper), user=person, body="x")


def test_comments_are_sanitised_and_resolvable(paper, partner_member, lead_leader):
    comment = services.comment_create(section=_section(paper), user=partner_member, body="**Hm** <script>x</script>")
    assert "<script" not in comment.body_html and "<strong>Hm</strong>" in comment.body_html
    services.comment_resolve(comment=comment, user=lead_leader)
    assert comment.resolved_at is not None and comment.resolved_by == lead_leader


def test_workflow_is_run_by_the_leads_leaders(paper, lead_leader, partner_leader, partner_member):
    with pytest.raises(PermissionDenied):
        services.paper_transition(paper=paper, user=partner_leader, status=PaperStatus.REVIEW)
    with pytest.raises(ValidationError):
        services.paper_transition(paper=paper, user=lead_leader, status=PaperStatus.PUBLISHED)
    open_for_signatures(paper, lead_leader)
    paper.refresh_from_db()
    assert paper.status == PaperStatus.SIGNATURES
    with pytest.raises(ValidationError) as error:
        services.section_save(section=_section(paper), user=partner_member, heading="x", body="x", base_revision=1)
    assert error.value.code == "not_editable"
    with pytest.raises(ValidationError) as error:
        services.paper_transition(paper=paper, user=lead_leader, status=PaperStatus.PUBLISHED)
    assert error.value.code == "no_signatures"


def test_language_versions_follow_the_original(campaign, paper, lead_leader, partner_member):
    arabic = paper_in(
        campaign, partner_member, language="ar", title="ورقة موقف", translation_of=paper, sections=[("مقدمة", "نص")]
    )
    assert arabic.translation_of == paper and arabic.kind == paper.kind
    with pytest.raises(ValidationError):
        paper_in(campaign, partner_member, language="ar", title="x", translation_of=paper)
    with pytest.raises(ValidationError):
        paper_in(campaign, partner_member, language="da", title="x", translation_of=arabic)
    open_for_signatures(arabic, lead_leader)
    assert set(selectors.paper_versions(paper=arabic).values_list("status", flat=True)) == {PaperStatus.SIGNATURES}


# --- signing ------------------------------------------------------------------------------------------------------


def test_leaders_of_participating_organisations_hold_sign_paper(
    paper, lead_leader, partner_leader, partner_member, bystander
):
    assert paper in get_objects_for_user(lead_leader, "forums.sign_paper", PositionPaper)
    assert paper in get_objects_for_user(partner_leader, "forums.sign_paper", PositionPaper)
    assert not get_objects_for_user(partner_member, "forums.sign_paper", PositionPaper).exists()
    assert not get_objects_for_user(bystander, "forums.sign_paper", PositionPaper).exists()


def test_sign_once_per_organisation_only_when_open(paper, lead_leader, partner, partner_leader):
    with pytest.raises(ValidationError) as error:
        services.paper_sign(paper=paper, user=partner_leader, organisation=partner)
    assert error.value.code == "not_open"
    open_for_signatures(paper, lead_leader)
    signature = services.paper_sign(paper=paper, user=partner_leader, organisation=partner)
    assert (signature.organisation, signature.signed_by) == (partner, partner_leader)
    second_leader = member(partner, Role.LEADER)
    with pytest.raises(ValidationError) as error:
        services.paper_sign(paper=paper, user=second_leader, organisation=partner)
    assert error.value.code == "already_signed"
    assert PaperSignature.objects.filter(paper=paper).count() == 1


def test_only_a_leader_signs_and_only_for_their_participating_organisation(
    paper, lead_leader, organisation, partner, partner_member, bystander, outsider
):
    open_for_signatures(paper, lead_leader)
    with pytest.raises(PermissionDenied):
        services.paper_sign(paper=paper, user=partner_member, organisation=partner)
    with pytest.raises(PermissionDenied):
        services.paper_sign(paper=paper, user=lead_leader, organisation=partner)
    with pytest.raises(PermissionDenied):
        services.paper_sign(paper=paper, user=bystander, organisation=bystander.organisations.get())
    with pytest.raises(PermissionDenied):
        services.paper_sign(paper=paper, user=outsider, organisation=outsider.organisations.get())
    assert not PaperSignature.objects.exists()


def test_a_leader_who_stepped_down_can_no_longer_sign(paper, lead_leader, partner, partner_leader):
    open_for_signatures(paper, lead_leader)
    member(partner, Role.LEADER)
    membership = Membership.objects.get(user=partner_leader, organisation=partner)
    organisation_services.membership_change_role(membership=membership, role=Role.MEMBER, changed_by=partner_leader)
    with pytest.raises(PermissionDenied):
        services.paper_sign(paper=paper, user=partner_leader, organisation=partner)
    assert not PaperSignature.objects.exists()


def test_withdraw_before_publication_then_sign_again(paper, lead_leader, organisation, partner, partner_leader):
    open_for_signatures(paper, lead_leader)
    signature = services.paper_sign(paper=paper, user=partner_leader, organisation=partner)
    with pytest.raises(PermissionDenied):
        services.signature_withdraw(signature=signature, user=lead_leader)
    services.signature_withdraw(signature=signature, user=partner_leader)
    assert not selectors.paper_signatures(paper=paper).exists()
    services.paper_sign(paper=paper, user=partner_leader, organisation=partner)
    own = services.paper_sign(paper=paper, user=lead_leader, organisation=organisation)
    services.paper_transition(paper=paper, user=lead_leader, status=PaperStatus.PUBLISHED)
    with pytest.raises(ValidationError) as error:
        services.signature_withdraw(signature=own, user=lead_leader)
    assert error.value.code == "published"
    assert [s.organisation for s in selectors.paper_signatures(paper=paper)] == [partner, organisation]


def test_signing_a_version_signs_the_original(campaign, paper, lead_leader, partner, partner_leader):
    french = paper_in(campaign, partner_leader, language="fr", title="Prise de position", translation_of=paper)
    open_for_signatures(paper, lead_leader)
    services.paper_sign(paper=french, user=partner_leader, organisation=partner)
    assert PaperSignature.objects.get().paper == paper
    assert [s.organisation for s in selectors.paper_signatures(paper=french)] == [partner]


def test_only_published_papers_become_public(paper, lead_leader, organisation, partner_leader):
    with pytest.raises(ValidationError):
        services.paper_set_public(paper=paper, user=lead_leader, is_public=True)
    open_for_signatures(paper, lead_leader)
    services.paper_sign(paper=paper, user=lead_leader, organisation=organisation)
    services.paper_transition(paper=paper, user=lead_leader, status=PaperStatus.PUBLISHED)
    with pytest.raises(PermissionDenied):
        services.paper_set_public(paper=paper, user=partner_leader, is_public=True)
    services.paper_set_public(paper=paper, user=lead_leader, is_public=True)
    slug = paper.public_slug
    assert slug and selectors.paper_public_get(public_slug=slug) == paper
    services.paper_set_public(paper=paper, user=lead_leader, is_public=False)
    services.paper_set_public(paper=paper, user=lead_leader, is_public=True)
    assert paper.public_slug == slug
