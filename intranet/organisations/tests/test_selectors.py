"""Reads in intranet/organisations/selectors.py."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.http import Http404
from django.utils import timezone

from intranet.organisations import selectors, services
from intranet.organisations.models import Invitation, Role

from .factories import NetworkFactory, OrganisationFactory, UserFactory, coordinator, member

pytestmark = pytest.mark.django_db


def test_organisations_visible_to_members_and_coordinators_only(network, organisation, other_organisation, leader):
    network_coordinator = coordinator(network)
    assert list(selectors.organisations_visible_to(leader)) == [organisation]
    assert list(selectors.organisations_visible_to(network_coordinator)) == [organisation]
    assert list(selectors.organisations_visible_to(UserFactory())) == []
    assert list(selectors.organisations_visible_to(AnonymousUser())) == []


def test_organisations_visible_to_ignores_global_permissions(organisation, other_organisation, leader):
    """A model-wide view permission (e.g. from a CMS group) must not reveal every organisation."""
    leader.user_permissions.add(Permission.objects.get(codename="view_organisation"))
    assert list(selectors.organisations_visible_to(leader)) == [organisation]


def test_organisation_get_for_user_is_404_for_outsiders_and_unknown_slugs(organisation, leader, outsider):
    assert selectors.organisation_get_for_user(user=leader, slug=organisation.slug) == organisation
    with pytest.raises(Http404):
        selectors.organisation_get_for_user(user=outsider, slug=organisation.slug)
    with pytest.raises(Http404):
        selectors.organisation_get_for_user(user=leader, slug="no-such-organisation")


def test_organisation_members_sorted_by_name(organisation):
    member(organisation, full_name="Zainab")
    member(organisation, full_name="Anders")
    names = [m.user.full_name for m in selectors.organisation_members(organisation=organisation)]
    assert names == ["Anders", "Zainab"]


def test_organisation_pending_invitations_leaves_out_accepted_and_withdrawn(organisation, leader):
    waiting = Invitation.objects.create(organisation=organisation, email="a@example.org", invited_by=leader)
    Invitation.objects.create(organisation=organisation, email="b@example.org", accepted_at=timezone.now())
    Invitation.objects.create(organisation=organisation, email="c@example.org", revoked_at=timezone.now())
    assert list(selectors.organisation_pending_invitations(organisation=organisation)) == [waiting]


def test_memberships_for_dashboard_lists_own_memberships_by_organisation_name():
    user = UserFactory()
    later = OrganisationFactory(name_da="Østerbro Forening")
    earlier = OrganisationFactory(name_da="Amager Forening")
    services.membership_create(user=user, organisation=later, role=Role.VOLUNTEER)
    services.membership_create(user=user, organisation=earlier, role=Role.LEADER)
    member(earlier)  # someone else's membership is not listed

    memberships = list(selectors.memberships_for_dashboard(user=user))
    assert [(m.organisation, m.role) for m in memberships] == [(earlier, Role.LEADER), (later, Role.VOLUNTEER)]


def test_networks_visible_to_members_and_coordinators_without_duplicates(network, organisation):
    second = OrganisationFactory()
    network.organisations.add(second)
    person = member(organisation)
    services.membership_create(user=person, organisation=second, role=Role.MEMBER)
    services.network_coordinator_add(network=network, user=person)

    assert list(selectors.networks_visible_to(person)) == [network]
    assert list(selectors.networks_visible_to(UserFactory())) == []
    assert list(selectors.networks_visible_to(AnonymousUser())) == []


def test_network_get_for_user_is_404_outside_the_network(network, organisation, leader, outsider):
    assert selectors.network_get_for_user(user=leader, slug=network.slug) == network
    with pytest.raises(Http404):
        selectors.network_get_for_user(user=outsider, slug=network.slug)


def test_network_organisations_carry_member_count_and_leaders(network, organisation):
    member(organisation, Role.LEADER, full_name="Bashir")
    member(organisation, Role.LEADER, full_name="Aicha")
    member(organisation, Role.VOLUNTEER)
    empty = OrganisationFactory(name_da="Å-foreningen")
    network.organisations.add(empty)
    NetworkFactory().organisations.add(OrganisationFactory())  # another network's organisation

    rows = list(selectors.network_organisations(network=network))

    assert rows == [organisation, empty]
    assert rows[0].member_count == 3
    assert [m.user.full_name for m in rows[0].leader_memberships] == ["Aicha", "Bashir"]
    assert rows[1].member_count == 0
    assert rows[1].leader_memberships == []


def test_membership_for(organisation, leader, outsider):
    assert selectors.membership_for(user=leader, organisation=organisation).role == Role.LEADER
    assert selectors.membership_for(user=outsider, organisation=organisation) is None
    assert selectors.membership_for(user=AnonymousUser(), organisation=organisation) is None
