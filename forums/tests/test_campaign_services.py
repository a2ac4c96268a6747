"""Campaign services: creating with a forum, inviting, accepting and declining, the timeline and documents."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from forums import campaign_selectors as selectors
from forums import campaign_services as services
from forums.campaign_models import CampaignParticipant, ParticipantStatus

from .campaign_factories import *  # noqa: F403 - the fixtures the campaign and paper tests share
from .campaign_factories import campaign_for, organisation_in

pytestmark = pytest.mark.django_db


def test_a_campaign_gets_its_own_forum_and_the_lead_takes_part(network, organisation, lead_leader):
    campaign = campaign_for(network, organisation, lead_leader, with_forum=True)
    assert campaign.forum is not None and campaign.forum.network == network
    assert campaign.forum.name_ar == campaign.title_ar
    assert selectors.takes_part(user=lead_leader, campaign=campaign)


def test_only_a_leader_of_the_lead_organisation_creates_a_campaign(network, organisation, partner_member, partner):
    with pytest.raises(PermissionDenied):
        services.campaign_create(
            network=network, lead_organisation=partner, created_by=partner_member, data={"title_da": "X"}
        )


def test_the_lead_must_belong_to_the_network(network, outsider):
    lead = outsider.organisations.get()
    with pytest.raises(ValidationError):
        services.campaign_create(network=network, lead_organisation=lead, created_by=outsider, data={"title_da": "X"})


def test_invitation_accepted_by_the_invitees_leader(
    network, organisation, lead_leader, partner, partner_leader, partner_member
):
    campaign = campaign_for(network, organisation, lead_leader)
    participant = services.campaign_invite(campaign=campaign, organisation=partner, invited_by=lead_leader)
    assert not selectors.takes_part(user=partner_member, campaign=campaign)
    assert list(selectors.invitations_for(user=partner_leader)) == [participant]
    assert not selectors.invitations_for(user=partner_member).exists()
    with pytest.raises(PermissionDenied):
        services.participation_accept(participant=participant, user=partner_member)
    with pytest.raises(PermissionDenied):
        services.participation_accept(participant=participant, user=lead_leader)
    services.participation_accept(participant=participant, user=partner_leader)
    assert selectors.takes_part(user=partner_member, campaign=campaign)
    with pytest.raises(ValidationError):
        services.participation_decline(participant=participant, user=partner_leader)


def test_declined_invitation_and_reinvitation(network, organisation, lead_leader, partner, partner_leader):
    campaign = campaign_for(network, organisation, lead_leader)
    participant = services.campaign_invite(campaign=campaign, organisation=partner, invited_by=lead_leader)
    services.participation_decline(participant=participant, user=partner_leader)
    assert not selectors.takes_part(user=partner_leader, campaign=campaign)
    again = services.campaign_invite(campaign=campaign, organisation=partner, invited_by=lead_leader)
    assert again.pk == participant.pk and again.status == ParticipantStatus.INVITED
    with pytest.raises(ValidationError):
        services.campaign_invite(campaign=campaign, organisation=partner, invited_by=lead_leader)


def test_only_the_lead_invites_and_only_organisations_of_the_network(
    campaign, partner_leader, lead_leader, outsider, network
):
    other = organisation_in(network)
    with pytest.raises(PermissionDenied):
        services.campaign_invite(campaign=campaign, organisation=other, invited_by=partner_leader)
    with pytest.raises(ValidationError):
        services.campaign_invite(campaign=campaign, organisation=outsider.organisations.get(), invited_by=lead_leader)
    assert CampaignParticipant.objects.filter(campaign=campaign).count() == 2


def test_campaign_visibility(campaign, partner_member, bystander, outsider, lead_leader):
    assert set(selectors.campaigns_visible_to(partner_member)) == {campaign}
    assert not selectors.campaigns_visible_to(bystander).exists()
    assert not selectors.campaigns_visible_to(outsider).exists()
    campaign = services.campaign_update(
        campaign=campaign, user=lead_leader, version=campaign.version, data={"is_public": True}
    )
    assert set(selectors.campaigns_visible_to(outsider)) == {campaign}


def test_campaign_update_refuses_a_stale_version(campaign, lead_leader, partner_leader):
    version = campaign.version
    services.campaign_update(campaign=campaign, user=lead_leader, version=version, data={"title_da": "Ny"})
    with pytest.raises(ValidationError) as error:
        services.campaign_update(campaign=campaign, user=lead_leader, version=version, data={"title_da": "Gammel"})
    assert error.value.code == "stale"
    campaign.refresh_from_db()
    assert campaign.title_da == "Ny"
    with pytest.raises(PermissionDenied):
        services.campaign_update(campaign=campaign, user=partner_leader, version=campaign.version, data={})


def test_actions_belong_to_participating_organisations(campaign, partner, partner_member, bystander, organisation):
    action = services.action_create(
        campaign=campaign,
        user=partner_member,
        title="Møde med borgmesteren",
        owner_organisation=partner,
        person=partner_member,
    )
    services.action_set_done(action=action, user=partner_member)
    assert action.done_at is not None
    with pytest.raises(ValidationError):
        services.action_create(
            campaign=campaign, user=partner_member, title="X", owner_organisation=bystander.organisations.get()
        )
    with pytest.raises(ValidationError):
        services.action_create(
            campaign=campaign, user=partner_member, title="X", owner_organisation=organisation, person=partner_member
        )
    with pytest.raises(PermissionDenied):
        services.action_create(campaign=campaign, user=bystander, title="X", owner_organisation=partner)


def test_documents_are_checked_by_content(campaign, partner_member, bystander):
    pdf = SimpleUploadedFile("notat.pdf", b"%PDF-1.4 minimal", content_type="application/pdf")
    document = services.document_create(campaign=campaign, user=partner_member, title="Notat", file=pdf)
    assert document.content_type == "application/pdf" and document.file.name.endswith(".pdf")
    fake = SimpleUploadedFile("photo.png", b"<html><script>alert(1)</script>", content_type="image/png")
    with pytest.raises(ValidationError):
        services.document_create(campaign=campaign, user=partner_member, title="X", file=fake)
    with pytest.raises(PermissionDenied):
        services.document_create(campaign=campaign, user=bystander, title="Notat", file=pdf)
