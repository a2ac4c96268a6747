"""Who may open what: outsiders get 404, the organisation's own non-leaders 403, anonymous people the login page."""

import pytest

from intranet.organisations import services
from intranet.organisations.models import Invitation, Membership, Role

from .factories import UserFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def target(organisation, leader, volunteer):
    """What the actions below aim at: a volunteer's membership and a waiting invitation of `organisation`."""
    invitation = Invitation.objects.create(organisation=organisation, email="waiting@example.org", invited_by=leader)
    return {
        "slug": organisation.slug,
        "membership": Membership.objects.get(user=volunteer, organisation=organisation),
        "invitation": invitation,
    }


def actions(target):
    """(method, path, data) for every page and action of one organisation."""
    slug, membership, invitation = target["slug"], target["membership"], target["invitation"]
    return {
        "detail": ("get", f"/da/organisations/{slug}/", None),
        "edit": ("get", f"/da/organisations/{slug}/edit/", None),
        "edit_post": ("post", f"/da/organisations/{slug}/edit/", {"name_da": "Kapret", "version": 1}),
        "invite": ("get", f"/da/organisations/{slug}/invite/", None),
        "invite_post": (
            "post",
            f"/da/organisations/{slug}/invite/",
            {"email": "x@example.org", "role": "leader", "language": "da"},
        ),
        "role": ("post", f"/da/organisations/{slug}/members/{membership.pk}/role/", {"role": "leader"}),
        "remove": ("get", f"/da/organisations/{slug}/members/{membership.pk}/remove/", None),
        "remove_post": ("post", f"/da/organisations/{slug}/members/{membership.pk}/remove/", {}),
        "resend": ("post", f"/da/organisations/{slug}/invitations/{invitation.pk}/resend/", {}),
        "withdraw": ("post", f"/da/organisations/{slug}/invitations/{invitation.pk}/withdraw/", {}),
    }


MANAGE_ACTIONS = ["edit", "edit_post", "invite", "invite_post", "role", "remove", "remove_post", "resend", "withdraw"]


def request(client, method, path, data):
    return getattr(client, method)(path, data or {})


def assert_nothing_changed(target, organisation):
    membership = Membership.objects.get(pk=target["membership"].pk)
    assert membership.role == Role.VOLUNTEER
    invitation = Invitation.objects.get(pk=target["invitation"].pk)
    assert invitation.revoked_at is None
    assert invitation.created_at == target["invitation"].created_at
    organisation.refresh_from_db()
    assert organisation.name_da != "Kapret"
    assert organisation.version == 1
    assert Invitation.objects.filter(organisation=organisation).count() == 1


@pytest.mark.parametrize("action", ["detail", *MANAGE_ACTIONS])
def test_outsider_gets_404_for_everything_of_another_organisation(client, organisation, outsider, target, action):
    client.force_login(outsider)
    method, path, data = actions(target)[action]

    response = request(client, method, path, data)

    assert response.status_code == 404
    assert_nothing_changed(target, organisation)


@pytest.mark.parametrize("action", ["detail", *MANAGE_ACTIONS])
def test_signed_in_person_without_organisation_gets_404(client, organisation, target, action):
    client.force_login(UserFactory())
    method, path, data = actions(target)[action]
    assert request(client, method, path, data).status_code == 404
    assert_nothing_changed(target, organisation)


@pytest.mark.parametrize("action", MANAGE_ACTIONS)
@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.MEMBER])
def test_non_leaders_of_the_organisation_get_403_on_manage_actions(client, organisation, target, action, role):
    client.force_login(member(organisation, role))
    method, path, data = actions(target)[action]

    response = request(client, method, path, data)

    assert response.status_code == 403
    assert_nothing_changed(target, organisation)


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.MEMBER])
def test_non_leaders_see_the_organisation_without_manage_controls(client, organisation, target, role):
    client.force_login(member(organisation, role))

    response = client.get(f"/da/organisations/{organisation.slug}/")

    assert response.status_code == 200
    assert response.context["can_manage"] is False
    assert response.context["can_edit"] is False
    assert "invitations" not in response.context
    content = response.content.decode()
    assert "waiting@example.org" not in content  # pending invitations stay private to leaders
    assert f"/organisations/{organisation.slug}/invite/" not in content
    assert f"/organisations/{organisation.slug}/edit/" not in content


def test_leader_sees_manage_controls(client, organisation, leader, target):
    client.force_login(leader)
    response = client.get(f"/da/organisations/{organisation.slug}/")
    assert response.context["can_manage"] is True
    assert response.context["can_edit"] is True
    assert "waiting@example.org" in response.content.decode()


@pytest.mark.parametrize("action", ["detail", *MANAGE_ACTIONS])
def test_anonymous_is_sent_to_login(client, organisation, target, action):
    method, path, data = actions(target)[action]

    response = request(client, method, path, data)

    assert response.status_code == 302
    assert response["Location"].startswith("/da/accounts/login/?next=")
    assert_nothing_changed(target, organisation)


def test_coordinator_sees_member_organisations_but_cannot_manage_them(client, network, organisation, target):
    person = UserFactory()
    services.network_coordinator_add(network=network, user=person)
    client.force_login(person)

    assert client.get(f"/da/organisations/{organisation.slug}/").status_code == 200
    for action in MANAGE_ACTIONS:
        method, path, data = actions(target)[action]
        assert request(client, method, path, data).status_code == 403, action
    assert_nothing_changed(target, organisation)


def test_leader_cannot_reach_another_organisations_membership_through_their_own(
    client, organisation, leader, other_organisation
):
    """Object ids in the address are looked up inside the organisation the person manages."""
    foreign = member(other_organisation, Role.VOLUNTEER)
    foreign_membership = Membership.objects.get(user=foreign, organisation=other_organisation)
    foreign_invitation = Invitation.objects.create(organisation=other_organisation, email="f@example.org")
    client.force_login(leader)
    slug = organisation.slug

    assert (
        client.post(f"/da/organisations/{slug}/members/{foreign_membership.pk}/role/", {"role": "leader"}).status_code
        == 404
    )
    assert client.post(f"/da/organisations/{slug}/members/{foreign_membership.pk}/remove/").status_code == 404
    assert client.post(f"/da/organisations/{slug}/invitations/{foreign_invitation.pk}/withdraw/").status_code == 404
    assert client.post(f"/da/organisations/{slug}/invitations/{foreign_invitation.pk}/resend/").status_code == 404

    assert Membership.objects.get(pk=foreign_membership.pk).role == Role.VOLUNTEER
    assert Invitation.objects.get(pk=foreign_invitation.pk).revoked_at is None


def test_used_or_withdrawn_invitations_cannot_be_resent(client, organisation, leader, target):
    services.invitation_revoke(invitation=target["invitation"])
    client.force_login(leader)
    response = client.post(f"/da/organisations/{organisation.slug}/invitations/{target['invitation'].pk}/resend/")
    assert response.status_code == 404


# --- leader actions that are allowed ----------------------------------------------------------------------------------


def test_leader_changes_a_role(client, organisation, leader, target):
    client.force_login(leader)
    response = client.post(
        f"/da/organisations/{organisation.slug}/members/{target['membership'].pk}/role/", {"role": "leader"}
    )
    assert response.status_code == 302
    assert Membership.objects.get(pk=target["membership"].pk).role == Role.LEADER


def test_leader_sending_an_unknown_role_changes_nothing(client, organisation, leader, target):
    client.force_login(leader)
    client.post(f"/da/organisations/{organisation.slug}/members/{target['membership'].pk}/role/", {"role": "king"})
    assert Membership.objects.get(pk=target["membership"].pk).role == Role.VOLUNTEER


def test_last_leader_demoting_themself_sees_an_error_and_stays_leader(client, organisation, leader):
    own = Membership.objects.get(user=leader, organisation=organisation)
    client.force_login(leader)

    response = client.post(
        f"/da/organisations/{organisation.slug}/members/{own.pk}/role/", {"role": "member"}, follow=True
    )

    assert [message.level_tag for message in response.context["messages"]] == ["error"]
    assert Membership.objects.get(pk=own.pk).role == Role.LEADER


def test_leader_removes_a_member_after_confirming(client, organisation, leader, target):
    client.force_login(leader)
    path = f"/da/organisations/{organisation.slug}/members/{target['membership'].pk}/remove/"

    assert client.get(path).status_code == 200
    assert Membership.objects.filter(pk=target["membership"].pk).exists()

    response = client.post(path)
    assert response.status_code == 302
    assert response["Location"] == f"/da/organisations/{organisation.slug}/"
    assert not Membership.objects.filter(pk=target["membership"].pk).exists()


def test_leader_leaving_goes_to_the_dashboard(client, organisation, leader):
    member(organisation, Role.LEADER)
    own = Membership.objects.get(user=leader, organisation=organisation)
    client.force_login(leader)

    response = client.post(f"/fr/organisations/{organisation.slug}/members/{own.pk}/remove/")

    assert response["Location"] == "/fr/dashboard/"
    assert client.get(f"/fr/organisations/{organisation.slug}/").status_code == 404


def test_leader_resends_and_withdraws_an_invitation(client, organisation, leader, target):
    client.force_login(leader)
    base = f"/da/organisations/{organisation.slug}/invitations/{target['invitation'].pk}"

    assert client.post(f"{base}/resend/").status_code == 302
    assert Invitation.objects.get(pk=target["invitation"].pk).created_at > target["invitation"].created_at

    assert client.get(f"{base}/withdraw/").status_code == 405
    assert client.post(f"{base}/withdraw/").status_code == 302
    assert Invitation.objects.get(pk=target["invitation"].pk).revoked_at is not None


# --- networks ---------------------------------------------------------------------------------------------------------


def test_network_page_is_404_outside_the_network(client, network, outsider):
    client.force_login(outsider)
    assert client.get(f"/da/networks/{network.slug}/").status_code == 404
    client.force_login(UserFactory())
    assert client.get(f"/da/networks/{network.slug}/").status_code == 404


@pytest.mark.parametrize("role", [Role.LEADER, Role.VOLUNTEER, Role.MEMBER])
def test_network_page_for_members_of_its_organisations(client, network, organisation, role):
    client.force_login(member(organisation, role))
    response = client.get(f"/da/networks/{network.slug}/")
    assert response.status_code == 200
    assert response.context["is_coordinator"] is False


def test_network_page_for_its_coordinator(client, network):
    person = UserFactory()
    services.network_coordinator_add(network=network, user=person)
    client.force_login(person)
    response = client.get(f"/da/networks/{network.slug}/")
    assert response.status_code == 200
    assert response.context["is_coordinator"] is True


def test_network_page_for_anonymous_is_login(client, network):
    response = client.get(f"/da/networks/{network.slug}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/da/accounts/login/")


# --- Django admin and Wagtail CMS -------------------------------------------------------------------------------------


def test_django_admin_refuses_people_who_are_not_staff(client, leader):
    client.force_login(leader)
    response = client.get("/django-admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/django-admin/login/")
    assert client.get("/django-admin/organisations/organisation/").status_code == 302


def test_django_admin_opens_for_superusers(admin_client, organisation):
    assert admin_client.get("/django-admin/").status_code == 200
    assert admin_client.get(f"/django-admin/organisations/organisation/{organisation.pk}/change/").status_code == 200


def test_cms_refuses_a_plain_leader(client, leader):
    client.force_login(leader)
    response = client.get("/cms/")
    assert response.status_code == 302
    assert response["Location"].startswith("/cms/login/")


def test_cms_opens_for_a_network_coordinator(client, network, leader):
    services.network_coordinator_add(network=network, user=leader)
    client.force_login(leader)
    assert client.get("/cms/").status_code == 200
    # ... and shows the CMS link on the site.
    assert 'href="/cms/"' in client.get("/da/dashboard/").content.decode()


def test_cms_closes_again_when_the_coordinator_steps_down(client, network, leader):
    services.network_coordinator_add(network=network, user=leader)
    services.network_coordinator_remove(network=network, user=leader)
    client.force_login(leader)
    assert client.get("/cms/").status_code == 302
    assert 'href="/cms/"' not in client.get("/da/dashboard/").content.decode()
