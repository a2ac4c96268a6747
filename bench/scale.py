"""Scale data for benchmarks: networks, organisations and members in bulk, permissions as the services grant them."""

from django.db import transaction
from guardian.shortcuts import assign_perm

from intranet.organisations import services
from intranet.organisations.models import Membership, Network, Organisation, Role, User
from intranet.organisations.permissions import ORGANISATION_PERMISSIONS


@transaction.atomic
def build(*, organisations: int, members_per_organisation: int) -> dict:
    """One network of `organisations`, each with a leader and `members_per_organisation - 1` volunteers."""
    network = Network.objects.create(name_da="Bench-netværket", slug="bench")
    coordinator = services.user_create(email="coordinator@bench.invalid", full_name="Bench Coordinator", password=None)
    services.network_coordinator_add(network=network, user=coordinator)
    orgs = Organisation.objects.bulk_create(
        Organisation(name_da=f"Forening {i:05d}", slug=f"bench-{i}", country="DK", city="Aarhus")
        for i in range(organisations)
    )
    network.organisations.add(*orgs)
    users = User.objects.bulk_create(
        User(email=f"p{o}-{m}@bench.invalid", full_name=f"Person {o}-{m}", password="!")  # noqa: S106 - an unusable password
        for o in range(organisations)
        for m in range(members_per_organisation)
    )
    memberships = []
    for o, organisation in enumerate(orgs):
        for m in range(members_per_organisation):
            role = Role.LEADER if m == 0 else Role.VOLUNTEER
            memberships.append(
                Membership(user=users[o * members_per_organisation + m], organisation=organisation, role=role)
            )
    Membership.objects.bulk_create(memberships)
    # Grant what membership_create would grant, in bulk; coordinator view permissions likewise.
    for membership in memberships:
        for codename in ORGANISATION_PERMISSIONS[Role(membership.role)]:
            assign_perm(f"organisations.{codename}", membership.user, membership.organisation)
    for organisation in orgs:
        assign_perm("organisations.view_organisation", coordinator, organisation)
    leader = users[0]
    return {"network": network, "coordinator": coordinator, "leader": leader, "organisation": orgs[0]}
