"""Reads for people, networks and organisations: querysets carrying the joins their pages need."""

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from guardian.shortcuts import get_objects_for_user, get_perms

from .models import Invitation, Membership, Network, NetworkCoordinator, Organisation, Role, User


def organisations_visible_to(user: User) -> QuerySet[Organisation]:
    """Organisations `user` may see: their own, and those of the networks they coordinate."""
    if not user.is_authenticated:
        return Organisation.objects.none()
    return get_objects_for_user(user, "organisations.view_organisation", Organisation, accept_global_perms=False)


def organisation_get_for_user(*, user: User, slug: str) -> Organisation:
    """The organisation, or 404 when it does not exist or `user` may not see it (no hint which)."""
    organisation = organisations_visible_to(user).filter(slug=slug).first()
    if organisation is None:
        raise Http404
    return organisation


def organisation_members(*, organisation: Organisation) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(organisation=organisation)
        .select_related("user")
        .order_by("user__full_name", "user__email")
    )


def organisation_pending_invitations(*, organisation: Organisation) -> QuerySet[Invitation]:
    return organisation.invitations.pending().select_related("invited_by").order_by("-created_at")


def memberships_for_dashboard(*, user: User) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(user=user)
        .select_related("organisation")
        .prefetch_related("organisation__networks")
        .order_by("organisation__name")
    )


def networks_visible_to(user: User) -> QuerySet[Network]:
    """Networks `user` coordinates or belongs to through one of their organisations."""
    if not user.is_authenticated:
        return Network.objects.none()
    return Network.objects.filter(Q(coordinators=user) | Q(organisations__memberships__user=user)).distinct()


def coordinates(*, user: User, network: str | OuterRef = "pk") -> Exists:
    """Whether `user` coordinates the network, as an expression to annotate a query with (no query of its own).

    `network` names the network in the outer query: `"pk"` on a Network query, `"network_id"` on a query of
    something that belongs to a network.
    """
    return Exists(NetworkCoordinator.objects.filter(user=user, network=OuterRef(network)))


def network_get_for_user(*, user: User, slug: str) -> Network:
    network = networks_visible_to(user).filter(slug=slug).first()
    if network is None:
        raise Http404
    return network


def network_organisations(*, network: Network) -> QuerySet[Organisation]:
    """Member organisations with head-count, leaders and waiting leader invitations; three queries whatever the size."""
    leaders = Membership.objects.filter(role=Role.LEADER).select_related("user").order_by("user__full_name")
    waiting_leaders = Invitation.objects.pending().filter(role=Role.LEADER).order_by("-created_at")
    return (
        network.organisations.annotate(member_count=Count("memberships", distinct=True))
        .prefetch_related(
            Prefetch("memberships", queryset=leaders, to_attr="leader_memberships"),
            Prefetch("invitations", queryset=waiting_leaders, to_attr="leader_invitations"),
        )
        .order_by("name")
    )


def membership_for(*, user: User, organisation: Organisation) -> Membership | None:
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, organisation=organisation).first()


def organisation_permissions(*, user: User, organisation: Organisation) -> set[str]:
    """The codenames `user` holds on `organisation` (e.g. {"view_organisation", "manage_members"}), in one query."""
    return set(get_perms(user, organisation))
