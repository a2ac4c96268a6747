"""Coordinators' own pages for the network's forums: add and edit, who may, and campaign forums left alone."""

import pytest
from django.core.exceptions import PermissionDenied

from forums import services
from forums.models import Forum
from intranet.organisations.tests.factories import coordinator

from .campaign_factories import campaign_for, leader_of
from .factories import forum_for

pytestmark = pytest.mark.django_db


def manage_url(network):
    return f"/da/forums/networks/{network.slug}/manage/"


def edit_url(network, forum):
    return f"/da/forums/networks/{network.slug}/forums/{forum.slug}/edit/"


def forum_data(**changes):
    return {
        "name_da": "Fundraising",
        "name_ar": "جمع التبرعات",
        "name_fr": "",
        "description_da": "Om fondsansøgninger",
        "description_ar": "",
        "description_fr": "",
        "sort_order": "5",
    } | changes


@pytest.fixture
def campaign_forum(network, organisation, moderator):
    return campaign_for(network, organisation, leader_of(organisation), with_forum=True).forum


def test_coordinator_adds_a_forum_which_the_coordinators_moderate(client, network, moderator):
    other_coordinator = coordinator(network, full_name="Anden Koordinator")
    client.force_login(moderator)

    response = client.post(manage_url(network), forum_data())

    assert response.status_code == 302 and response["Location"] == manage_url(network)
    forum = Forum.objects.get(network=network, name_da="Fundraising")
    assert (forum.name_ar, forum.sort_order, forum.description_da) == ("جمع التبرعات", 5, "Om fondsansøgninger")
    assert forum.slug == "fundraising"
    assert services.is_moderator(user=moderator, forum=forum)
    assert services.is_moderator(user=other_coordinator, forum=forum)


def test_empty_languages_fall_back_to_danish(client, network, moderator):
    client.force_login(moderator)
    client.post(manage_url(network), forum_data())

    response = client.get(f"/fr/forums/networks/{network.slug}/")

    assert "Fundraising" in response.content.decode()


def test_manage_page_lists_the_network_forums_but_not_campaign_forums(
    client, network, moderator, forum, campaign_forum, django_assert_max_num_queries
):
    forum_for(network)
    client.force_login(moderator)

    with django_assert_max_num_queries(12):
        response = client.get(manage_url(network))

    assert response.status_code == 200
    listed = {listed_forum.pk for listed_forum in response.context["forums"]}
    assert forum.pk in listed and campaign_forum.pk not in listed
    html = response.content.decode()
    assert edit_url(network, forum) in html
    assert edit_url(network, campaign_forum) not in html


def test_forum_list_links_to_the_manage_page_for_coordinators_only(client, network, moderator, reader):
    client.force_login(moderator)
    assert manage_url(network) in client.get(f"/da/forums/networks/{network.slug}/").content.decode()

    client.force_login(reader)
    assert manage_url(network) not in client.get(f"/da/forums/networks/{network.slug}/").content.decode()


def test_add_form_keeps_what_was_typed_when_the_danish_name_is_missing(client, network, moderator):
    client.force_login(moderator)

    response = client.post(manage_url(network), forum_data(name_da="", description_da="Min lange beskrivelse"))

    assert response.status_code == 200
    form = response.context["form"]
    assert "name_da" in form.errors
    assert form["description_da"].value() == "Min lange beskrivelse"
    assert form["name_ar"].value() == "جمع التبرعات"
    assert "Min lange beskrivelse" in response.content.decode()
    assert not Forum.objects.filter(network=network, name_ar="جمع التبرعات").exists()


def test_coordinator_edits_a_forum_and_keeps_its_slug(client, network, moderator, forum):
    slug = forum.slug
    client.force_login(moderator)

    page = client.get(edit_url(network, forum))
    assert page.status_code == 200
    assert page.context["form"]["name_da"].value() == forum.name_da

    response = client.post(
        edit_url(network, forum), forum_data(name_da="Generelt", name_ar="", description_fr="Général", sort_order="")
    )

    assert response.status_code == 302 and response["Location"] == manage_url(network)
    forum.refresh_from_db()
    assert (forum.name_da, forum.name_ar, forum.description_fr, forum.sort_order) == ("Generelt", "", "Général", 0)
    assert forum.slug == slug
    assert services.is_moderator(user=moderator, forum=forum)


def test_edit_form_keeps_what_was_typed_on_errors(client, network, moderator, forum):
    name = forum.name_da
    client.force_login(moderator)

    response = client.post(edit_url(network, forum), forum_data(name_da="  ", name_fr="Nouveau nom", sort_order="-1"))

    assert response.status_code == 200
    form = response.context["form"]
    assert {"name_da", "sort_order"} <= set(form.errors)
    assert form["name_fr"].value() == "Nouveau nom"
    assert form["sort_order"].value() == "-1"
    forum.refresh_from_db()
    assert forum.name_da == name and forum.name_fr != "Nouveau nom"


def test_campaign_forum_cannot_be_edited_here(client, network, moderator, campaign_forum):
    client.force_login(moderator)

    assert client.get(edit_url(network, campaign_forum)).status_code == 404
    assert client.post(edit_url(network, campaign_forum), forum_data()).status_code == 404


@pytest.mark.parametrize("person", ["reader", "author"])
def test_other_people_of_the_network_get_403(client, request, network, forum, person):
    client.force_login(request.getfixturevalue(person))

    assert client.get(manage_url(network)).status_code == 403
    assert client.post(manage_url(network), forum_data()).status_code == 403
    assert client.get(edit_url(network, forum)).status_code == 403
    assert client.post(edit_url(network, forum), forum_data()).status_code == 403
    assert not Forum.objects.filter(name_da="Fundraising").exists()


def test_outsider_gets_404(client, network, forum, outsider):
    client.force_login(outsider)

    assert client.get(manage_url(network)).status_code == 404
    assert client.post(manage_url(network), forum_data()).status_code == 404
    assert client.get(edit_url(network, forum)).status_code == 404
    assert client.post(edit_url(network, forum), forum_data()).status_code == 404


def test_coordinator_of_another_network_gets_404_for_its_forums(client, network, forum, foreign_organisation):
    other_coordinator = coordinator(foreign_organisation.networks.get())
    client.force_login(other_coordinator)

    assert client.get(manage_url(network)).status_code == 404
    assert client.get(edit_url(network, forum)).status_code == 404


def test_anonymous_visitor_is_sent_to_sign_in(client, network, forum):
    for url in (manage_url(network), edit_url(network, forum)):
        for method in ("get", "post"):
            response = getattr(client, method)(url, forum_data())
            assert response.status_code == 302 and "/accounts/login/" in response["Location"], (method, url)
    assert not Forum.objects.filter(name_da="Fundraising").exists()


def test_forum_update_is_for_coordinators_only(forum, reader, moderator):
    with pytest.raises(PermissionDenied):
        services.forum_update(forum=forum, data={"name_da": "Overtaget"}, updated_by=reader)

    services.forum_update(forum=forum, data={"name_da": " Nyt navn "}, updated_by=moderator)

    forum.refresh_from_db()
    assert forum.name_da == "Nyt navn"
