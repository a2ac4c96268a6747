"""Reads: who sees which network's directory, and search and filters (with Arabic and accent folding)."""

import pytest
from django.http import Http404

from intranet.directory import selectors, services
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member

from .factories import CompetenceFactory, offer

pytestmark = pytest.mark.django_db


def test_members_and_coordinators_see_the_network_outsiders_do_not(network, leader, network_coordinator, outsider):
    assert selectors.directory_network_get(user=leader, slug=network.slug).is_coordinator is False
    assert selectors.directory_network_get(user=network_coordinator, slug=network.slug).is_coordinator is True
    with pytest.raises(Http404):
        selectors.directory_network_get(user=outsider, slug=network.slug)


def test_search_lists_only_the_networks_active_offers(network, organisation, foreign_organisation):
    mine = offer(organisation)
    withdrawn = offer(organisation)
    services.competence_offer_withdraw(offer=withdrawn)
    offer(foreign_organisation)
    assert list(selectors.offers_search(network=network)) == [mine]


def test_filters_by_competence_city_and_language(network, organisation, sister_organisation):
    first_aid = CompetenceFactory()
    in_tangier = offer(organisation, first_aid, languages=["ar", "fr"])
    in_tetouan = offer(sister_organisation, first_aid, languages=["zgh"])
    other = offer(organisation, languages=["da"])

    assert set(selectors.offers_search(network=network, competence=first_aid)) == {in_tangier, in_tetouan}
    assert list(selectors.offers_search(network=network, city="tétouan")) == [in_tetouan]
    assert list(selectors.offers_search(network=network, language="zgh")) == [in_tetouan]
    assert list(selectors.offers_search(network=network, language="da")) == [other]
    # "ar" must not match "ary" (Darija) nor any other code containing it.
    assert list(selectors.offers_search(network=network, language="ar")) == [in_tangier]
    assert selectors.network_offer_cities(network=network) == ["Tanger", "Tétouan"]


@pytest.mark.parametrize(
    "query",
    [
        "الاسعافات",  # without hamza
        "والإسعافات",  # with the conjunction and article
        "إسعافات الأوليّة",  # with shadda
        "premiers SECOURS",
        "forste hjaelp",  # Danish without ø and æ
    ],
)
def test_text_search_folds_arabic_and_accents(network, organisation, query):
    competence = CompetenceFactory(name_da="Førstehjælp", name_ar="الإسعافات الأولية", name_fr="Premiers secours")
    wanted = offer(organisation, competence, description="تكوين المتطوعين في الإسعافات الأولية")
    offer(organisation, description="Bestyrelsesarbejde og regnskab")
    assert list(selectors.offers_search(network=network, text=query)) == [wanted]


def test_every_word_must_match(network, organisation):
    wanted = offer(organisation, description="Fundraising til ældreklubber")
    offer(organisation, description="Fundraising til unge")
    assert list(selectors.offers_search(network=network, text="fundraising aeldreklubber")) == [wanted]


def test_directory_networks_count_active_offers_once(network, organisation, sister_organisation, leader):
    offer(organisation, contact=leader)
    offer(organisation, contact=leader)
    offer(sister_organisation)
    member(sister_organisation, Role.MEMBER, email="second@example.org")
    [counted] = selectors.directory_networks_for(user=leader)
    assert counted == network and counted.offer_count == 3
