"""The pages app's hooks: the dashboard panel, the demo hook's contract and the CMS permissions it sets up."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, UserFactory, coordinator, member
from intranet.pages.models import Topic
from intranet.pages.tests import factories

pytestmark = pytest.mark.django_db


def _network_with_member():
    network = NetworkFactory()
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    return network, member(organisation)


def test_dashboard_links_to_the_members_networks_home_pages(client):
    network, person = _network_with_member()
    home = factories.home_page(network, title_da="Tanger-netværket", title="Tanger-netværket")
    other = factories.home_page(title_da="Et andet netværk", title="Et andet netværk")
    client.force_login(person)

    response = client.get(reverse("dashboard"))

    content = response.content.decode()
    assert home.url in content
    assert "Tanger-netværket" in content
    assert other.url not in content
    assert 'id="dashboard-search"' in content


def test_dashboard_panel_is_left_out_for_someone_without_a_network(client):
    factories.home_page()
    client.force_login(UserFactory())

    response = client.get(reverse("dashboard"))

    assert 'id="dashboard-search"' not in response.content.decode()


def test_an_unpublished_home_page_is_not_linked(client):
    network, person = _network_with_member()
    home = factories.home_page(network)
    home.unpublish()
    client.force_login(person)

    response = client.get(reverse("dashboard"))

    assert home.url is None or home.get_url() not in response.content.decode()
    assert 'id="dashboard-search"' not in response.content.decode()


def test_coordinators_may_upload_videos_and_edit_topics():
    person = coordinator(NetworkFactory())

    for permission in ("wagtailmedia.add_media", "wagtailmedia.change_media", "pages.change_topic", "pages.add_topic"):
        assert person.has_perm(permission), permission


def test_editors_may_upload_videos_but_not_edit_topics():
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))

    assert editor.has_perm("wagtailmedia.add_media")
    assert not editor.has_perm("pages.change_topic")


def test_a_coordinator_renames_a_topic_in_three_languages_in_the_cms(client):
    person = coordinator(NetworkFactory())
    topic = Topic.objects.get(slug="hygiene")
    client.force_login(person)
    url = reverse("wagtailsnippets_pages_topic:edit", args=[topic.pk])

    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "name_da": "Hygiejne og rengøring",
            "name_ar": "النظافة والتعقيم",
            "name_fr": "Hygiène et nettoyage",
            "slug": "hygiene",
            "sort_order": 4,
        },
    )

    assert response.status_code == 302
    topic.refresh_from_db()
    assert (topic.name_da, topic.name_ar, topic.name_fr) == (
        "Hygiejne og rengøring",
        "النظافة والتعقيم",
        "Hygiène et nettoyage",
    )


def test_a_volunteer_cannot_open_the_topic_list_in_the_cms(client):
    _network, person = _network_with_member()
    client.force_login(person)

    response = client.get(reverse("wagtailsnippets_pages_topic:list"))

    assert response.status_code in (302, 403)
