"""Coordinators edit accreditation criteria in the CMS; the dashboard shows open and waiting applications."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from certification.models import AccreditationCriterion
from intranet.organisations.models import NetworkCoordinator
from intranet.organisations.tests.factories import UserFactory

from .test_accreditation import (  # noqa: F401 - fixtures
    application,
    criteria,
    org_leader,
    reviewer,
    submitted,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def cms_coordinator(network):
    """In the CMS group "Coordinators"; criteria can only be made for the networks one coordinates."""
    user = UserFactory(full_name="Camille Coordinator")
    user.groups.add(Group.objects.get(name="Coordinators"))
    NetworkCoordinator.objects.create(network=network, user=user)
    return user


def test_a_coordinator_adds_a_criterion_in_three_languages(client, cms_coordinator, network):
    client.force_login(cms_coordinator)
    url = reverse("wagtailsnippets_certification_accreditationcriterion:add")
    page = client.get(url)
    assert page.status_code == 200
    for language in ("da", "ar", "fr"):
        assert f'name="title_{language}"' in page.content.decode()
    response = client.post(
        url,
        {
            "network": network.pk,
            "title_da": "Sikring af børn",
            "title_ar": "حماية الأطفال",
            "title_fr": "Protection de l'enfance",
            "guidance_da": "Beskriv jeres politik.",
            "sort_order": 3,
            "active": "on",
        },
    )
    assert response.status_code == 302
    criterion = AccreditationCriterion.objects.get()
    assert (criterion.title_ar, criterion.network) == ("حماية الأطفال", network)


def test_dashboard_panels(client, submitted, org_leader, reviewer):  # noqa: F811
    client.force_login(reviewer)
    response = client.get(reverse("dashboard"))
    assert response.status_code == 200
    assert b"data-waiting-applications" in response.content
    client.force_login(org_leader)
    response = client.get(reverse("dashboard"))
    assert b"data-own-applications" in response.content and b"data-waiting-applications" not in response.content
