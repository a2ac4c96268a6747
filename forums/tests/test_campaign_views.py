"""Campaign and paper pages: what participants see and do, and that bystanders of the network, outsiders and
anonymous visitors get 404 (or the sign-in page) everywhere they may not be."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from forums import campaign_services as services
from forums.campaign_models import (
    Campaign,
    CampaignParticipant,
    PaperComment,
    PaperSection,
    PaperSignature,
    PaperStatus,
    ParticipantStatus,
    PositionPaper,
)

from .campaign_factories import *  # noqa: F403 - the fixtures the campaign and paper tests share
from .campaign_factories import campaign_for, open_for_signatures, organisation_in, paper_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def paper(campaign, lead_leader):
    return paper_in(campaign, lead_leader)


@pytest.fixture
def world(campaign, paper, lead_leader, partner_member):
    """One of everything, so every address below points at something that exists."""
    section = paper.sections.first()
    comment = services.comment_create(section=section, user=partner_member, body="Godt")
    action = services.action_create(
        campaign=campaign, user=lead_leader, title="Brev", owner_organisation=campaign.lead_organisation
    )
    document = services.document_create(
        campaign=campaign, user=lead_leader, title="Notat", file=SimpleUploadedFile("n.pdf", b"%PDF-1.4 x")
    )
    services.section_save(section=section, user=lead_leader, heading="I", body="Ændret", base_revision=1)
    return {"section": section, "comment": comment, "action": action, "document": document}


def _addresses(campaign, paper, world):
    section, comment = world["section"], world["comment"]
    get = [
        reverse("campaign_detail", args=[campaign.slug]),
        reverse("paper_create", args=[campaign.slug]),
        reverse("campaign_document", args=[world["document"].pk]),
        reverse("paper_detail", args=[paper.pk]),
        reverse("paper_compare", args=[paper.pk]) + "?from=1&to=2",
        reverse("paper_pdf", args=[paper.pk]),
        reverse("paper_section_edit", args=[section.pk]),
    ]
    post = [
        reverse("campaign_settings", args=[campaign.slug]),
        reverse("campaign_invite", args=[campaign.slug]),
        reverse("campaign_action_create", args=[campaign.slug]),
        reverse("campaign_action_done", args=[world["action"].pk]),
        reverse("campaign_document_upload", args=[campaign.slug]),
        reverse("paper_create", args=[campaign.slug]),
        reverse("paper_section_add", args=[paper.pk]),
        reverse("paper_section_edit", args=[section.pk]),
        reverse("paper_comment_create", args=[section.pk]),
        reverse("paper_comment_resolve", args=[comment.pk]),
        reverse("paper_transition", args=[paper.pk]),
        reverse("paper_public_toggle", args=[paper.pk]),
        reverse("paper_sign", args=[paper.pk]),
    ]
    return get, post


@pytest.mark.parametrize("who", ["bystander", "outsider"])
def test_people_outside_the_campaign_get_404_everywhere(client, campaign, paper, world, who, request):
    client.force_login(request.getfixturevalue(who))
    get, post = _addresses(campaign, paper, world)
    for address in get:
        assert client.get(address).status_code == 404, address
    for address in post:
        assert client.post(address, {"body": "x", "status": "review", "title": "x"}).status_code == 404, address
    signature_address = reverse("paper_signature_withdraw", args=[_a_signature(paper, campaign).pk])
    assert client.post(signature_address).status_code == 404
    invitation = CampaignParticipant.objects.get(organisation=campaign.lead_organisation)
    assert (
        client.post(reverse("campaign_invitation_answer", args=[invitation.pk]), {"answer": "accept"}).status_code
        == 404
    )
    assert client.get(reverse("campaign_list")).status_code == 200
    assert campaign.slug not in client.get(reverse("campaign_list")).content.decode()
    assert PaperComment.objects.count() == 1 and PaperSection.objects.filter(paper=paper).count() == 2
    assert PositionPaper.objects.get(pk=paper.pk).status == PaperStatus.SIGNATURES


def _a_signature(paper, campaign):
    from .campaign_factories import leader_of

    leader = leader_of(campaign.lead_organisation)
    if PositionPaper.objects.get(pk=paper.pk).status != PaperStatus.SIGNATURES:
        open_for_signatures(paper, leader)
    return services.paper_sign(paper=paper, user=leader, organisation=campaign.lead_organisation)


def test_anonymous_visitors_are_sent_to_sign_in_or_get_404(client, campaign, paper, world):
    get, _post = _addresses(campaign, paper, world)
    assert client.get(reverse("campaign_list")).status_code == 302
    assert client.get(get[0]).status_code == 404  # a private campaign
    for address in get[1:]:
        assert client.get(address).status_code in (302, 404), address


def test_participants_see_every_page(client, campaign, paper, world, partner_member):
    client.force_login(partner_member)
    get, _post = _addresses(campaign, paper, world)
    for address in get:
        response = client.get(address)
        assert response.status_code == 200, address
    detail = client.get(get[0]).content.decode()
    assert f'data-paper="{paper.pk}"' in detail and f'data-action="{world["action"].pk}"' in detail


def test_a_public_campaign_shows_only_published_public_papers_to_others(client, campaign, paper, lead_leader, outsider):
    services.campaign_update(campaign=campaign, user=lead_leader, version=campaign.version, data={"is_public": True})
    client.force_login(outsider)
    response = client.get(reverse("campaign_detail", args=[campaign.slug]))
    assert response.status_code == 200
    assert f'data-paper="{paper.pk}"' not in response.content.decode()
    assert "data-action-form" not in response.content.decode()
    assert client.get(reverse("paper_detail", args=[paper.pk])).status_code == 404
    listing = client.get(reverse("campaign_list")).content.decode()
    assert f'data-campaign="{campaign.slug}"' in listing and 'data-participant="false"' in listing
    client.logout()
    response = client.get(reverse("campaign_detail", args=[campaign.slug]))
    assert response.status_code == 200 and f'data-paper="{paper.pk}"' not in response.content.decode()
    assert client.get(reverse("paper_pdf", args=[paper.pk])).status_code == 302


def test_public_paper_address_works_only_when_published_and_public(client, campaign, paper, lead_leader, organisation):
    open_for_signatures(paper, lead_leader)
    services.paper_sign(paper=paper, user=lead_leader, organisation=organisation)
    services.paper_transition(paper=paper, user=lead_leader, status=PaperStatus.PUBLISHED)
    services.paper_set_public(paper=paper, user=lead_leader, is_public=True)
    paper.refresh_from_db()
    address = reverse("paper_public", args=[paper.public_slug])
    response = client.get(address)
    assert response.status_code == 200 and f'data-signature="{organisation.slug}"' in response.content.decode()
    assert client.get(reverse("paper_public_pdf", args=[paper.public_slug]))["Content-Type"] == "application/pdf"
    services.paper_set_public(paper=paper, user=lead_leader, is_public=False)
    assert client.get(address).status_code == 404


def test_leader_creates_a_campaign_invites_and_the_invitee_accepts(
    client, network, organisation, lead_leader, partner, partner_leader, partner_member
):
    client.force_login(lead_leader)
    response = client.post(
        reverse("campaign_create"),
        {"lead_organisation": organisation.pk, "network": network.pk, "title_da": "Retshjælp", "title_ar": "مساعدة"},
    )
    campaign = Campaign.objects.get()
    assert response.status_code == 302 and campaign.forum is not None
    client.post(reverse("campaign_invite", args=[campaign.slug]), {"organisation": partner.pk})
    invitation = CampaignParticipant.objects.get(organisation=partner)
    client.force_login(partner_member)
    assert client.get(reverse("campaign_detail", args=[campaign.slug])).status_code == 404
    assert (
        client.post(reverse("campaign_invitation_answer", args=[invitation.pk]), {"answer": "accept"}).status_code
        == 404
    )
    client.force_login(partner_leader)
    assert f'data-invitation="{invitation.pk}"' in client.get(reverse("campaign_list")).content.decode()
    client.post(reverse("campaign_invitation_answer", args=[invitation.pk]), {"answer": "accept"})
    invitation.refresh_from_db()
    assert invitation.status == ParticipantStatus.ACCEPTED
    client.force_login(partner_member)
    assert client.get(reverse("campaign_detail", args=[campaign.slug])).status_code == 200


def test_a_member_cannot_create_a_campaign(client, partner_member):
    client.force_login(partner_member)
    assert client.get(reverse("campaign_create")).status_code == 404


def test_members_who_do_not_run_the_campaign_get_403_for_its_settings(client, campaign, paper, partner_member):
    client.force_login(partner_member)
    assert client.post(reverse("campaign_invite", args=[campaign.slug]), {"organisation": 1}).status_code in (302, 403)
    response = client.post(reverse("paper_transition", args=[paper.pk]), {"status": "review"})
    assert response.status_code == 403
    assert PositionPaper.objects.get(pk=paper.pk).status == PaperStatus.DRAFT


def test_conflict_page_shows_both_texts_and_keeps_the_editors_text(client, paper, lead_leader, partner_member):
    section = paper.sections.first()
    address = reverse("paper_section_edit", args=[section.pk])
    client.force_login(partner_member)
    form = client.get(address).context["form"]
    base = form.initial["base_revision"]
    services.section_save(
        section=section, user=lead_leader, heading="Indledning", body="Lederens tekst", base_revision=base
    )
    response = client.post(address, {"heading": "Indledning", "body": "Min tekst", "base_revision": base})
    assert response.status_code == 409
    content = response.content.decode()
    assert "data-conflict-theirs" in content and "Lederens tekst" in content and "Min tekst" in content
    assert "<del>Lederens</del>" in content
    assert response.context["form"].initial["body"] == "Min tekst"
    assert response.context["form"].initial["base_revision"] == 2
    section.refresh_from_db()
    assert section.body == "Lederens tekst"
    response = client.post(address, {"heading": "Indledning", "body": "Lederens og min tekst", "base_revision": 2})
    assert response.status_code == 302
    section.refresh_from_db()
    assert section.body == "Lederens og min tekst"


def test_compare_page_shows_ins_and_del(client, paper, lead_leader):
    section = paper.sections.first()
    services.section_save(
        section=section, user=lead_leader, heading="Indledning", body="Andet afsnit.", base_revision=1
    )
    client.force_login(lead_leader)
    content = client.get(reverse("paper_compare", args=[paper.pk]), {"from": 2, "to": 1}).content.decode()
    assert "<del>Første</del><ins>Andet</ins>" in content
    assert client.get(reverse("paper_compare", args=[paper.pk]), {"from": 1, "to": 9}).status_code == 404


def test_signing_and_withdrawing_through_the_page(client, paper, lead_leader, partner, partner_leader):
    open_for_signatures(paper, lead_leader)
    client.force_login(partner_leader)
    assert "data-sign-form" in client.get(reverse("paper_detail", args=[paper.pk])).content.decode()
    client.post(reverse("paper_sign", args=[paper.pk]), {"organisation": partner.pk})
    signature = PaperSignature.objects.get()
    assert (signature.organisation, signature.signed_by) == (partner, partner_leader)
    content = client.get(reverse("paper_detail", args=[paper.pk])).content.decode()
    assert f'data-signature="{partner.slug}"' in content and "data-sign-form" not in content
    client.post(reverse("paper_signature_withdraw", args=[signature.pk]))
    signature.refresh_from_db()
    assert signature.withdrawn_at is not None


def test_a_member_may_not_sign(client, paper, lead_leader, partner, partner_member):
    open_for_signatures(paper, lead_leader)
    client.force_login(partner_member)
    assert "data-sign-form" not in client.get(reverse("paper_detail", args=[paper.pk])).content.decode()
    assert client.post(reverse("paper_sign", args=[paper.pk]), {"organisation": partner.pk}).status_code == 403
    assert not PaperSignature.objects.exists()


def test_campaign_list_queries_do_not_grow(client, django_assert_max_num_queries, network, lead_leader, organisation):
    """A member of 20 organisations: the same number of queries for 3 and for 30 campaigns, and at most 10."""
    from intranet.organisations.models import Role
    from intranet.organisations.services import membership_create

    organisations = [organisation_in(network) for _ in range(19)]
    for other in organisations:
        membership_create(user=lead_leader, organisation=other, role=Role.MEMBER)

    def make(count):
        for number in range(count):
            campaign_for(network, organisation, lead_leader, participants=[organisations[number % 19]])

    def count_queries():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as context:
            response = client.get(reverse("campaign_list"))
        assert response.status_code == 200
        return len(context), response.content.decode().count("data-campaign=")

    client.force_login(lead_leader)
    make(3)
    small, shown = count_queries()
    assert shown == 3
    make(27)
    large, shown = count_queries()
    assert shown == 30
    assert small == large <= 10, (small, large)
    print("campaign list queries", small, large)
    with django_assert_max_num_queries(10):
        client.get(reverse("campaign_list"))


@pytest.mark.parametrize("extra", [1, 10])
def test_campaign_and_paper_pages_queries_do_not_grow(client, campaign, lead_leader, partner_member, extra):
    """The campaign page with 1 or 10 papers, actions and documents, and a paper with 1 or 10 sections with comments,
    revisions and signatures: a fixed number of queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    paper = paper_in(campaign, lead_leader, title="Papir")
    for number in range(extra):
        paper_in(campaign, lead_leader, title=f"Papir {number}")
        services.action_create(
            campaign=campaign, user=lead_leader, title=f"Skridt {number}", owner_organisation=campaign.lead_organisation
        )
        services.document_create(
            campaign=campaign, user=lead_leader, title="Notat", file=SimpleUploadedFile("n.pdf", b"%PDF-1.4 x")
        )
        section = services.section_add(paper=paper, user=lead_leader, heading=f"Afsnit {number}", body="Tekst")
        services.comment_create(section=section, user=partner_member, body="Godt")
    client.force_login(partner_member)
    with CaptureQueriesContext(connection) as campaign_queries:
        assert client.get(reverse("campaign_detail", args=[campaign.slug])).status_code == 200
    with CaptureQueriesContext(connection) as paper_queries:
        assert client.get(reverse("paper_detail", args=[paper.pk])).status_code == 200
    assert len(campaign_queries) <= 16, len(campaign_queries)
    assert len(paper_queries) <= 20, len(paper_queries)
