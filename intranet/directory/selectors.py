"""Reads for the competence directory: querysets carrying the joins their pages need."""

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from intranet.organisations.models import Membership, Network, Organisation, Role, User
from intranet.organisations.selectors import coordinates, networks_visible_to
from intranet.textsearch import normalise

from .models import Competence, CompetenceOffer, HelpRequest


def directory_network_get(*, user: User, slug: str) -> Network:
    """The network if `user` belongs to it (member of one of its organisations, or coordinator); 404 otherwise.

    The network carries `is_coordinator`, so the page needs no second query to know.
    """
    if not user.is_authenticated:
        raise Http404
    network = (
        Network.objects.filter(pk__in=networks_visible_to(user).values("pk"), slug=slug)
        .annotate(
            is_coordinator=coordinates(user=user),
        )
        .first()
    )
    if network is None:
        raise Http404
    return network


def directory_networks_for(*, user: User) -> QuerySet[Network]:
    """The person's networks, each with `offer_count`, its active competence offers."""
    return (
        Network.objects.filter(pk__in=networks_visible_to(user).values("pk"))
        .annotate(
            offer_count=Count(
                "organisations__competence_offers",
                filter=Q(organisations__competence_offers__withdrawn_at__isnull=True),
                distinct=True,
            )
        )
        .order_by("name")
    )


def network_offers(*, network: Network) -> QuerySet[CompetenceOffer]:
    return (
        CompetenceOffer.objects.active()
        .filter(organisation__networks=network)
        .select_related("organisation", "competence", "contact")
    )


def _offers_filtered(
    *, network: Network, competence: Competence | None = None, language: str = "", text: str = ""
) -> QuerySet[CompetenceOffer]:
    offers = network_offers(network=network)
    if competence is not None:
        offers = offers.filter(competence=competence)
    if language:
        offers = offers.filter(languages__contains=f" {language} ")
    for word in normalise(text).split():
        offers = offers.filter(search_text__icontains=word)
    return offers


def offers_search(
    *, network: Network, competence: Competence | None = None, city: str = "", language: str = "", text: str = ""
) -> QuerySet[CompetenceOffer]:
    """The network's active offers matching every filter given; `text` words are normalised like the offers'."""
    offers = _offers_filtered(network=network, competence=competence, language=language, text=text)
    if city:
        offers = offers.filter(city__iexact=city)
    return offers.order_by("competence__sort_order", "competence__name", "organisation__name", "pk")


def offer_city_counts(
    *, network: Network, competence: Competence | None = None, language: str = "", text: str = "", **_ignored
) -> dict[str, int]:
    """How many offers match the other filters in each city, in one query: the city filter's choices, and the
    total (their sum, or one city's count) so the result page needs no separate COUNT."""
    rows = (
        _offers_filtered(network=network, competence=competence, language=language, text=text)
        .order_by()
        .values_list("city")
        .annotate(count=Count("pk"))
    )
    return dict(sorted(rows))


def network_offer_cities(*, network: Network) -> list[str]:
    """The cities the network's offers are in."""
    return [city for city in offer_city_counts(network=network) if city]


def network_offer_get(*, network: Network, pk: int) -> CompetenceOffer:
    offer = network_offers(network=network).filter(pk=pk).first()
    if offer is None:
        raise Http404
    return offer


def competences() -> QuerySet[Competence]:
    return Competence.objects.order_by("sort_order", "name")


def organisations_led_by(*, user: User, network: Network | None = None) -> QuerySet[Organisation]:
    """Organisations where `user` is a leader (in `network` when given)."""
    organisations = Organisation.objects.filter(memberships__user=user, memberships__role=Role.LEADER)
    if network is not None:
        organisations = organisations.filter(networks=network)
    return organisations.order_by("name")


def leader_organisation_get(*, user: User, slug: str) -> Organisation | None:
    """The organisation if `user` leads it, else None."""
    return organisations_led_by(user=user).filter(slug=slug).first()


def organisation_offers(*, organisation: Organisation) -> QuerySet[CompetenceOffer]:
    return (
        CompetenceOffer.objects.active()
        .filter(organisation=organisation)
        .select_related("competence", "contact")
        .order_by("competence__sort_order", "competence__name")
    )


def organisation_help_requests(*, organisation: Organisation) -> QuerySet[HelpRequest]:
    """Requests for help the organisation received, newest first."""
    return (
        HelpRequest.objects.filter(offer__organisation=organisation)
        .select_related("offer__competence", "asked_by", "asker_organisation")
        .order_by("-created_at")
    )


def asker_organisations(*, user: User, network: Network) -> QuerySet[Organisation]:
    """The organisations `user` may ask on behalf of: theirs in `network`."""
    return Organisation.objects.filter(
        pk__in=Membership.objects.filter(user=user, organisation__networks=network).values("organisation")
    ).order_by("name")


def organisation_member_users(*, organisation: Organisation) -> QuerySet[User]:
    return User.objects.filter(memberships__organisation=organisation).order_by("full_name", "email")
