"""The competence list is a snippet coordinators edit in the CMS; the data migration seeded it in three languages."""

import pytest

from intranet.directory import selectors
from intranet.directory.models import Competence
from intranet.organisations.tests.factories import UserFactory

from .factories import CompetenceFactory, offer

pytestmark = pytest.mark.django_db


def test_seeded_competences_have_all_three_languages():
    competences = Competence.objects.all()
    assert competences.count() >= 10
    for competence in competences:
        assert competence.name_da and competence.name_ar and competence.name_fr, competence.slug
    assert Competence.objects.get(slug="older-people-minorities").name_ar == "إشراك المسنين من الأقليات"


def test_coordinator_adds_a_competence_in_the_cms(client, network_coordinator):
    client.force_login(network_coordinator)
    assert client.get("/cms/snippets/directory/competence/").status_code == 200
    response = client.post(
        "/cms/snippets/directory/competence/add/",
        {"name_da": "Mægling", "name_ar": "الوساطة", "name_fr": "Médiation", "slug": "mediation", "sort_order": 20},
    )
    assert response.status_code == 302
    assert Competence.objects.get(slug="mediation").name_ar == "الوساطة"


def test_other_people_cannot_edit_competences(client, leader):
    client.force_login(leader)
    assert client.get("/cms/snippets/directory/competence/add/").status_code in {302, 403}
    client.force_login(UserFactory())
    assert client.get("/cms/snippets/directory/competence/").status_code in {302, 403}


def test_renaming_a_competence_in_the_cms_updates_the_search(client, network, organisation, network_coordinator):
    competence = CompetenceFactory(name_da="Mægling", name_ar="وساطة", name_fr="Médiation", slug="mediation")
    existing = offer(organisation, competence)
    client.force_login(network_coordinator)
    response = client.post(
        f"/cms/snippets/directory/competence/edit/{competence.pk}/",
        {
            "name_da": "Konfliktløsning",
            "name_ar": "حل النزاعات",
            "name_fr": "Résolution des conflits",
            "slug": "mediation",
            "sort_order": 0,
        },
    )
    assert response.status_code == 302
    assert list(selectors.offers_search(network=network, text="konfliktlosning")) == [existing]
    assert list(selectors.offers_search(network=network, text="النزاعات")) == [existing]
