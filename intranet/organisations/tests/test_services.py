"""Writes in intranet/organisations/services.py: memberships, coordinators, profiles and invitations."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core import mail, signing
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from guardian.shortcuts import get_perms

from intranet.organisations import services
from intranet.organisations.models import Invitation, Membership, Organisation, Role, User

from .factories import NetworkFactory, OrganisationFactory, UserFactory, coordinator, member
from .helpers import html_alternative

pytestmark = pytest.mark.django_db

LEADER_PERMS = {"view_organisation", "change_organisation", "manage_members"}
VIEW_ONLY = {"view_organisation"}


def perms_on(user, obj) -> set[str]:
    """Guardian permissions as stored now (a fresh user object, so no cache can answer)."""
    return set(get_perms(User.objects.get(pk=user.pk), obj))


def can(user, perm, obj) -> bool:
    return User.objects.get(pk=user.pk).has_perm(f"organisations.{perm}", obj)


# --- people -----------------------------------------------------------------------------------------------------------


def test_user_create_normalises_email_and_refuses_duplicates_case_insensitively():
    user = services.user_create(email="Amina@Example.ORG", full_name="Amina", password="x-long-password-1")
    assert user.email == "amina@example.org"
    assert user.check_password("x-long-password-1")

    with pytest.raises(ValidationError) as error:
        services.user_create(email="AMINA@example.org", full_name="Other", password="y-long-password-2")
    assert error.value.message_dict["email"] == [_("A person with this e-mail address already exists.")]
    assert User.objects.filter(email__iexact="amina@example.org").count() == 1


def test_user_set_preferred_language_saves_known_and_refuses_unknown_language():
    user = UserFactory(preferred_language="da")
    services.user_set_preferred_language(user=user, language="ar")
    user.refresh_from_db()
    assert user.preferred_language == "ar"

    with pytest.raises(ValidationError):
        services.user_set_preferred_language(user=user, language="de")
    user.refresh_from_db()
    assert user.preferred_language == "ar"


# --- memberships and their permissions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "expected"),
    [(Role.LEADER, LEADER_PERMS), (Role.VOLUNTEER, VIEW_ONLY), (Role.MEMBER, VIEW_ONLY)],
)
def test_membership_create_grants_the_role_permissions(organisation, role, expected):
    user = UserFactory()
    membership = services.membership_create(user=user, organisation=organisation, role=role)

    assert membership.role == role
    assert perms_on(user, organisation) == expected
    assert can(user, "view_organisation", organisation)
    assert can(user, "manage_members", organisation) is (role == Role.LEADER)
    assert can(user, "change_organisation", organisation) is (role == Role.LEADER)


def test_membership_permissions_apply_to_that_organisation_only(organisation, other_organisation):
    user = member(organisation, Role.LEADER)
    assert perms_on(user, other_organisation) == set()
    assert not can(user, "view_organisation", other_organisation)


def test_membership_create_twice_is_refused(organisation):
    user = member(organisation, Role.VOLUNTEER)
    with pytest.raises(ValidationError) as error:
        services.membership_create(user=user, organisation=organisation, role=Role.LEADER)
    assert error.value.code == "already_member"
    assert Membership.objects.get(user=user, organisation=organisation).role == Role.VOLUNTEER
    assert perms_on(user, organisation) == VIEW_ONLY


def test_promotion_to_leader_grants_and_demotion_removes_manage_permissions(organisation, leader):
    person = member(organisation, Role.VOLUNTEER)
    membership = Membership.objects.get(user=person, organisation=organisation)

    services.membership_change_role(membership=membership, role=Role.LEADER, changed_by=leader)
    assert perms_on(person, organisation) == LEADER_PERMS

    services.membership_change_role(membership=membership, role=Role.VOLUNTEER, changed_by=leader)
    membership.refresh_from_db()
    assert membership.role == Role.VOLUNTEER
    assert perms_on(person, organisation) == VIEW_ONLY
    assert not can(person, "manage_members", organisation)


def test_membership_remove_takes_every_permission_away(organisation, leader):
    person = member(organisation, Role.LEADER)
    membership = Membership.objects.get(user=person, organisation=organisation)

    services.membership_remove(membership=membership, removed_by=leader)

    assert not Membership.objects.filter(user=person, organisation=organisation).exists()
    assert perms_on(person, organisation) == set()
    assert not can(person, "view_organisation", organisation)
    assert perms_on(leader, organisation) == LEADER_PERMS


def test_the_last_leader_cannot_demote_themself(organisation, leader):
    membership = Membership.objects.get(user=leader, organisation=organisation)

    with pytest.raises(ValidationError) as error:
        services.membership_change_role(membership=membership, role=Role.MEMBER, changed_by=leader)

    assert error.value.code == "last_leader"
    assert Membership.objects.get(pk=membership.pk).role == Role.LEADER
    assert perms_on(leader, organisation) == LEADER_PERMS


def test_the_last_leader_cannot_remove_themself(organisation, leader):
    membership = Membership.objects.get(user=leader, organisation=organisation)

    with pytest.raises(ValidationError) as error:
        services.membership_remove(membership=membership, removed_by=leader)

    assert error.value.code == "last_leader"
    assert Membership.objects.filter(pk=membership.pk, role=Role.LEADER).exists()
    assert perms_on(leader, organisation) == LEADER_PERMS


def test_last_leader_check_reads_the_database_not_a_stale_object(organisation, leader):
    """A membership object loaded as volunteer but promoted since must still count as the last leader."""
    stale = Membership.objects.get(user=leader, organisation=organisation)
    stale.role = Role.VOLUNTEER  # what an old form would think

    with pytest.raises(ValidationError):
        services.membership_remove(membership=stale, removed_by=leader)
    assert Membership.objects.filter(pk=stale.pk).exists()


def test_with_a_second_leader_a_leader_may_step_down_and_leave(organisation, leader):
    second = member(organisation, Role.LEADER)
    membership = Membership.objects.get(user=leader, organisation=organisation)

    services.membership_change_role(membership=membership, role=Role.MEMBER, changed_by=leader)
    assert Membership.objects.get(pk=membership.pk).role == Role.MEMBER
    assert perms_on(leader, organisation) == VIEW_ONLY

    services.membership_remove(membership=membership, removed_by=leader)
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert perms_on(leader, organisation) == set()

    # Now `second` is the last one and is held to the rule.
    with pytest.raises(ValidationError):
        services.membership_remove(
            membership=Membership.objects.get(user=second, organisation=organisation), removed_by=second
        )


def test_volunteers_can_be_removed_while_a_single_leader_remains(organisation, leader, volunteer):
    membership = Membership.objects.get(user=volunteer, organisation=organisation)
    services.membership_remove(membership=membership, removed_by=leader)
    assert perms_on(volunteer, organisation) == set()


# --- network coordinators ---------------------------------------------------------------------------------------------


def test_network_coordinator_add_gives_sight_of_every_organisation_and_cms_group():
    network = NetworkFactory()
    first, second = OrganisationFactory(), OrganisationFactory()
    outside = OrganisationFactory()
    network.organisations.add(first, second)
    user = UserFactory()

    services.network_coordinator_add(network=network, user=user)

    assert network.coordinators.filter(pk=user.pk).exists()
    assert user.groups.filter(name=services.COORDINATORS_GROUP).exists()
    assert can(user, "view_organisation", first)
    assert can(user, "view_organisation", second)
    assert perms_on(user, first) == VIEW_ONLY  # sight, not management
    assert not can(user, "view_organisation", outside)
    assert User.objects.get(pk=user.pk).has_perm("organisations.coordinate_network", network)


def test_network_coordinator_sees_organisations_admitted_later(network):
    user = coordinator(network)
    later = OrganisationFactory()
    assert not can(user, "view_organisation", later)

    services.network_organisation_add(network=network, organisation=later)
    assert can(user, "view_organisation", later)

    services.network_organisation_remove(network=network, organisation=later)
    assert not can(user, "view_organisation", later)


def test_network_coordinator_add_twice_is_harmless(network, organisation):
    user = coordinator(network)
    services.network_coordinator_add(network=network, user=user)
    assert network.coordinator_links.filter(user=user).count() == 1
    assert can(user, "view_organisation", organisation)


def test_network_coordinator_remove_takes_sight_and_group_away(network, organisation):
    user = coordinator(network)

    services.network_coordinator_remove(network=network, user=user)

    assert not network.coordinators.filter(pk=user.pk).exists()
    assert not user.groups.filter(name=services.COORDINATORS_GROUP).exists()
    assert perms_on(user, organisation) == set()
    assert not User.objects.get(pk=user.pk).has_perm("organisations.coordinate_network", network)


def test_network_coordinator_remove_keeps_own_membership_and_other_networks(network, organisation):
    other_network = NetworkFactory()
    other_org = OrganisationFactory()
    other_network.organisations.add(other_org)
    user = member(organisation, Role.LEADER)
    services.network_coordinator_add(network=network, user=user)
    services.network_coordinator_add(network=other_network, user=user)

    services.network_coordinator_remove(network=network, user=user)

    # Still a leader of their own organisation and still coordinating the other network.
    assert perms_on(user, organisation) == LEADER_PERMS
    assert can(user, "view_organisation", other_org)
    assert user.groups.filter(name=services.COORDINATORS_GROUP).exists()


def test_coordinator_who_is_also_a_member_keeps_sight_after_leaving_the_organisation(network, organisation, leader):
    user = member(organisation, Role.VOLUNTEER)
    services.network_coordinator_add(network=network, user=user)

    services.membership_remove(
        membership=Membership.objects.get(user=user, organisation=organisation), removed_by=leader
    )

    assert perms_on(user, organisation) == VIEW_ONLY


# --- organisation profile --------------------------------------------------------------------------------------------


def test_organisation_update_saves_and_bumps_the_version(organisation):
    services.organisation_update(
        organisation=organisation, version=organisation.version, data={"name_ar": "جمعية الأمل", "city": "Tétouan"}
    )
    saved = Organisation.objects.get(pk=organisation.pk)
    assert saved.name_ar == "جمعية الأمل"
    assert saved.city == "Tétouan"
    assert saved.version == 2
    assert organisation.version == 2


def test_organisation_update_with_a_stale_version_writes_nothing(organisation):
    first_copy = Organisation.objects.get(pk=organisation.pk)
    second_copy = Organisation.objects.get(pk=organisation.pk)
    services.organisation_update(organisation=first_copy, version=1, data={"city": "Rabat"})

    with pytest.raises(services.ConcurrentEditError):
        services.organisation_update(organisation=second_copy, version=1, data={"city": "Fès", "name_da": "Ny"})

    saved = Organisation.objects.get(pk=organisation.pk)
    assert saved.city == "Rabat"
    assert saved.name_da == organisation.name_da
    assert saved.version == 2


def test_organisation_update_can_clear_the_logo(organisation):
    """An emptied ClearableFileInput gives False; saving it must leave no logo (not crash, not store 'False')."""
    services.organisation_update(organisation=organisation, version=organisation.version, data={"logo": False})
    assert not Organisation.objects.get(pk=organisation.pk).logo


# --- invitations -----------------------------------------------------------------------------------------------------


def invite(organisation, inviter, email="new.person@example.org", role=Role.VOLUNTEER, language="da"):
    return services.invitation_create(
        organisation=organisation, email=email, role=role, language=language, invited_by=inviter
    )


def link_in(message) -> str:
    match = re.search(r"http://testserver(/\w\w/invitations/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.mark.parametrize(("language", "direction"), [("da", "ltr"), ("ar", "rtl"), ("fr", "ltr")])
def test_invitation_create_emails_a_link_in_the_invitation_language(
    organisation, leader, django_capture_on_commit_callbacks, language, direction
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        invitation = invite(organisation, leader, email="  Nour@Example.ORG ", role=Role.LEADER, language=language)
    assert len(callbacks) == 1

    invitation.refresh_from_db()
    assert invitation.email == "nour@example.org"
    assert invitation.role == Role.LEADER
    assert invitation.language == language
    assert invitation.invited_by == leader

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nour@example.org"]
    path = link_in(message)
    assert path.startswith(f"/{language}/invitations/")
    html = html_alternative(message)
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f'href="http://testserver{path}"' in html
    token = path.rstrip("/").rsplit("/", 1)[1]
    assert services.invitation_from_token(token) == invitation


def test_invitation_email_is_sent_only_after_commit(organisation, leader, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        invite(organisation, leader)
    assert len(callbacks) == 1
    assert mail.outbox == []


def test_withdrawn_before_the_worker_runs_sends_nothing(organisation, leader, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        invitation = invite(organisation, leader)
    services.invitation_revoke(invitation=invitation)
    for callback in callbacks:
        callback()
    assert mail.outbox == []


def test_a_second_pending_invitation_to_the_same_address_is_refused(organisation, leader):
    invite(organisation, leader, email="twice@example.org")
    with pytest.raises(ValidationError) as error:
        invite(organisation, leader, email="TWICE@example.org", role=Role.LEADER)
    assert error.value.message_dict["email"] == [
        _("An invitation to this address is already waiting. You can send it again from the list.")
    ]
    assert Invitation.objects.filter(organisation=organisation).count() == 1


def test_a_new_invitation_is_possible_after_the_old_one_was_withdrawn(organisation, leader):
    old = invite(organisation, leader, email="again@example.org")
    services.invitation_revoke(invitation=old)
    new = invite(organisation, leader, email="again@example.org")
    assert new.pk != old.pk
    assert list(organisation.invitations.pending()) == [new]


def test_the_same_address_may_be_invited_by_two_organisations(organisation, leader, other_organisation, outsider):
    invite(organisation, leader, email="both@example.org")
    invite(other_organisation, outsider, email="both@example.org")
    assert Invitation.objects.filter(email="both@example.org").count() == 2


def test_inviting_an_existing_member_is_refused(organisation, leader, volunteer):
    with pytest.raises(ValidationError) as error:
        invite(organisation, leader, email=volunteer.email.upper())
    assert error.value.message_dict["email"] == [_("This person is already a member of the organisation.")]
    assert not Invitation.objects.exists()


def test_invitation_from_token_returns_the_pending_invitation(organisation, leader):
    invitation = invite(organisation, leader)
    assert services.invitation_from_token(services.invitation_token(invitation)) == invitation


@pytest.mark.parametrize(
    "make_token",
    [lambda: "", lambda: "garbage", lambda: signing.dumps({"invitation": 1, "sent": 0.0}, salt="another.salt")],
    ids=["empty", "garbage", "other-salt"],
)
def test_invitation_from_token_refuses_invalid_tokens(organisation, leader, make_token):
    invite(organisation, leader)
    token = make_token()  # signed at run time: a timestamped token in the test id differs between xdist workers
    with pytest.raises(services.InvitationError) as error:
        services.invitation_from_token(token)
    assert error.value.code == "invalid"


def test_invitation_from_token_refuses_a_tampered_token(organisation, leader):
    invitation = invite(organisation, leader)
    token = services.invitation_token(invitation)
    with pytest.raises(services.InvitationError) as error:
        services.invitation_from_token(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))
    assert error.value.code == "invalid"


def test_invitation_from_token_of_a_deleted_invitation_is_invalid(organisation, leader):
    invitation = invite(organisation, leader)
    token = services.invitation_token(invitation)
    invitation.delete()
    with pytest.raises(services.InvitationError) as error:
        services.invitation_from_token(token)
    assert error.value.code == "invalid"


def test_invitation_from_token_refuses_an_expired_invitation(organisation, leader):
    invitation = invite(organisation, leader)
    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now() - timedelta(days=15))
    invitation.refresh_from_db()

    with pytest.raises(services.InvitationError) as error:
        services.invitation_from_token(services.invitation_token(invitation))
    assert error.value.code == "expired"
    assert error.value.invitation == invitation


def test_invitation_link_expires_after_the_maximum_age(organisation, leader, settings):
    invitation = invite(organisation, leader)
    token = services.invitation_token(invitation)
    later = invitation.created_at + timedelta(days=settings.INVITATION_MAX_AGE_DAYS)

    with mock.patch("django.utils.timezone.now", return_value=later - timedelta(minutes=1)):
        assert services.invitation_from_token(token) == invitation
    with mock.patch("django.utils.timezone.now", return_value=later), pytest.raises(services.InvitationError) as error:
        services.invitation_from_token(token)
    assert error.value.code == "expired"


def test_invitation_from_token_refuses_a_used_invitation(organisation, leader):
    invitation = invite(organisation, leader, email="used@example.org")
    token = services.invitation_token(invitation)
    services.invitation_accept(invitation=invitation, user=UserFactory(email="used@example.org"))

    with pytest.raises(services.InvitationError) as error:
        services.invitation_from_token(token)
    assert error.value.code == "used"


def test_invitation_from_token_refuses_a_withdrawn_invitation(organisation, leader):
    invitation = invite(organisation, leader)
    token = services.invitation_token(invitation)
    services.invitation_revoke(invitation=invitation)

    with pytest.raises(services.InvitationError) as error:
        services.invitation_from_token(token)
    assert error.value.code == "withdrawn"


def test_after_resend_only_the_newest_link_works(organisation, leader, django_capture_on_commit_callbacks):
    invitation = invite(organisation, leader)
    Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now() - timedelta(days=20))
    invitation.refresh_from_db()
    old_token = services.invitation_token(invitation)

    with django_capture_on_commit_callbacks(execute=True):
        services.invitation_resend(invitation=invitation)

    with pytest.raises(services.InvitationError) as error:
        services.invitation_from_token(old_token)
    assert error.value.code == "superseded"
    # The resent link is valid for a full new period and is the one in the new e-mail.
    assert len(mail.outbox) == 1
    new_token = link_in(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]
    assert services.invitation_from_token(new_token) == invitation


def test_invitation_accept_creates_the_membership_with_the_invited_role(organisation, leader):
    invitation = invite(organisation, leader, email="Salma@example.org", role=Role.LEADER)
    user = UserFactory(email="salma@example.org")

    membership = services.invitation_accept(invitation=invitation, user=user)

    assert membership.role == Role.LEADER
    assert perms_on(user, organisation) == LEADER_PERMS
    invitation.refresh_from_db()
    assert invitation.accepted_by == user
    assert invitation.accepted_at is not None


def test_invitation_accept_by_someone_already_member_keeps_their_membership(organisation, leader, volunteer):
    invitation = Invitation.objects.create(organisation=organisation, email=volunteer.email, role=Role.LEADER)
    membership = services.invitation_accept(invitation=invitation, user=volunteer)
    assert membership.role == Role.VOLUNTEER
    assert Membership.objects.filter(user=volunteer, organisation=organisation).count() == 1


def test_invitation_accept_for_the_wrong_user_raises_and_changes_nothing(organisation, leader):
    invitation = invite(organisation, leader, email="invited@example.org")
    intruder = UserFactory(email="intruder@example.org")

    with pytest.raises(services.InvitationError) as error:
        services.invitation_accept(invitation=invitation, user=intruder)

    assert error.value.code == "wrong_user"
    assert not Membership.objects.filter(user=intruder).exists()
    assert perms_on(intruder, organisation) == set()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
    assert invitation.accepted_by is None


@pytest.mark.parametrize("state", ["used", "withdrawn", "expired"])
def test_invitation_accept_rechecks_the_invitation_under_lock(organisation, leader, state):
    """The view read the invitation before; the service must see it was used/withdrawn/expired meanwhile."""
    invitation = invite(organisation, leader, email="late@example.org")
    stale = Invitation.objects.get(pk=invitation.pk)
    if state == "used":
        services.invitation_accept(invitation=invitation, user=UserFactory(email="late@example.org"))
        late = User.objects.get(email="late@example.org")
    else:
        late = UserFactory(email="late@example.org")
        if state == "withdrawn":
            services.invitation_revoke(invitation=invitation)
        else:
            Invitation.objects.filter(pk=invitation.pk).update(created_at=timezone.now() - timedelta(days=15))

    memberships_before = Membership.objects.count()
    with pytest.raises(services.InvitationError) as error:
        services.invitation_accept(invitation=stale, user=late)
    assert error.value.code == state
    assert Membership.objects.count() == memberships_before


def test_group_for_coordinators_exists():
    """The data migration creates the CMS groups the services rely on."""
    assert Group.objects.filter(name=services.COORDINATORS_GROUP).exists()
    assert Group.objects.filter(name=services.EDITORS_GROUP).exists()
