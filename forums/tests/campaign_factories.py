"""Factories for the campaign and paper tests: a campaign led by one organisation with others taking part, and
papers with sections, all made through the services as in the product."""

import itertools

from forums import campaign_services as services
from forums.campaign_models import Campaign, PaperStatus, PositionPaper
from intranet.organisations.models import Network, Organisation, Role, User
from intranet.organisations.tests.factories import OrganisationFactory, member

_numbers = itertools.count(1)


def campaign_for(
    network: Network, lead: Organisation, leader: User, *, participants=(), with_forum: bool = False, **data
) -> Campaign:
    """A campaign led by `lead` (whose leader is `leader`); each organisation in `participants` is invited and
    accepted by a new leader of its own unless it already has one."""
    number = next(_numbers)
    data = {
        "title_da": f"Kampagne {number}",
        "title_ar": f"حملة {number}",
        "title_fr": f"Campagne {number}",
        "goal_da": "Et fælles mål",
    } | data
    campaign = services.campaign_create(
        network=network, lead_organisation=lead, created_by=leader, data=data, with_forum=with_forum
    )
    for organisation in participants:
        participant = services.campaign_invite(campaign=campaign, organisation=organisation, invited_by=leader)
        organisation_leader = leader_of(organisation)
        services.participation_accept(participant=participant, user=organisation_leader)
    return campaign


def leader_of(organisation: Organisation) -> User:
    found = User.objects.filter(memberships__organisation=organisation, memberships__role=Role.LEADER).first()
    return found or member(organisation, Role.LEADER)


def organisation_in(network: Network, **fields) -> Organisation:
    organisation = OrganisationFactory(**fields)
    network.organisations.add(organisation)
    return organisation


def paper_in(
    campaign: Campaign, author: User, *, language: str = "da", title: str = "Holdningspapir", sections=None, **kwargs
) -> PositionPaper:
    sections = sections if sections is not None else [("Indledning", "Første afsnit."), ("Krav", "Vi kræver.")]
    return services.paper_create(
        campaign=campaign,
        user=author,
        kind=kwargs.pop("kind", "position_paper"),
        language=language,
        title=title,
        sections=sections,
        **kwargs,
    )


def open_for_signatures(paper: PositionPaper, runner: User) -> PositionPaper:
    services.paper_transition(paper=paper, user=runner, status=PaperStatus.REVIEW)
    return services.paper_transition(paper=paper, user=runner, status=PaperStatus.SIGNATURES)


# --- fixtures the campaign and paper tests share (imported by name into each test module) -----------------------

import pytest  # noqa: E402

from intranet.organisations.tests.factories import NetworkFactory  # noqa: E402


@pytest.fixture
def lead_leader(organisation):
    return member(organisation, Role.LEADER, full_name="Leila Bennani", preferred_language="ar")


@pytest.fixture
def partner(network):
    return organisation_in(network, name_da="Forening Partner", name_fr="Association Partenaire")


@pytest.fixture
def partner_leader(partner):
    return member(partner, Role.LEADER, full_name="Claire Dubois", preferred_language="fr")


@pytest.fixture
def partner_member(partner):
    return member(partner, Role.VOLUNTEER, full_name="Søren Ørsted")


@pytest.fixture
def campaign(network, organisation, lead_leader, partner, partner_leader):
    return campaign_for(network, organisation, lead_leader, participants=[partner])


@pytest.fixture
def bystander(network):
    """A leader of an organisation of the same network that does not take part."""
    return member(organisation_in(network), Role.LEADER, full_name="Bo Bystander")


@pytest.fixture
def outsider(db):
    foreign = OrganisationFactory(city="Odense", country="DK")
    NetworkFactory().organisations.add(foreign)
    return member(foreign, Role.LEADER, full_name="Omar Outsider")
