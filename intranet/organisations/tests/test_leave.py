"""Members leave an organisation themselves; the last leader cannot."""

import pytest

from intranet.organisations.models import Membership, Role

from .factories import coordinator, member
from .helpers import LANGUAGES, html_lang_dir

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_volunteer_leaves_and_loses_access(client, organisation, volunteer, language):
    client.force_login(volunteer)
    url = f"/{language}/organisations/{organisation.slug}/leave/"
    assert f'href="{url}"' in client.get(f"/{language}/organisations/{organisation.slug}/").content.decode()
    page = client.get(url)
    assert page.status_code == 200
    assert html_lang_dir(page)[0] == language

    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/dashboard/"
    assert not Membership.objects.filter(user=volunteer, organisation=organisation).exists()
    assert client.get(f"/{language}/organisations/{organisation.slug}/").status_code == 404


def test_the_last_leader_cannot_leave(client, organisation, leader):
    client.force_login(leader)
    response = client.post(f"/da/organisations/{organisation.slug}/leave/", follow=True)
    assert Membership.objects.filter(user=leader, organisation=organisation, role=Role.LEADER).exists()
    assert [message.level_tag for message in response.context["messages"]] == ["error"]


def test_a_leader_may_leave_when_another_leader_remains(client, organisation, leader):
    member(organisation, Role.LEADER)
    client.force_login(leader)
    assert client.post(f"/da/organisations/{organisation.slug}/leave/").status_code == 302
    assert not Membership.objects.filter(user=leader, organisation=organisation).exists()


def test_outsiders_and_coordinators_have_nothing_to_leave(client, network, organisation, outsider):
    client.force_login(outsider)
    assert client.post(f"/da/organisations/{organisation.slug}/leave/").status_code == 404
    person = coordinator(network)
    client.force_login(person)
    page = client.get(f"/da/organisations/{organisation.slug}/").content.decode()
    assert "/leave/" not in page
    assert client.post(f"/da/organisations/{organisation.slug}/leave/").status_code == 404
