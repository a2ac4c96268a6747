"""Reordering a meeting's whole agenda: the service, the page and who may use it."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from intranet.meetings import services
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, coordinator, member

from .factories import AgendaItemFactory, NetworkMeetingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def items(meeting, organisation):
    """Three items of 20, 45 and 30 minutes, in that order."""
    return [
        AgendaItemFactory(meeting=meeting, order=0, duration_minutes=20, title="Velkomst"),
        AgendaItemFactory(meeting=meeting, order=1, duration_minutes=45, title="Budget", presenter=organisation),
        AgendaItemFactory(meeting=meeting, order=2, duration_minutes=30, title="Dilemma"),
    ]


def ids(items):
    return [item.pk for item in items]


def db_order(meeting):
    return list(meeting.agenda_items.order_by("order", "pk").values_list("pk", flat=True))


def stored_orders(meeting):
    return dict(meeting.agenda_items.values_list("pk", "order"))


def reorder_url(meeting):
    return reverse("agenda_reorder", kwargs={"pk": meeting.pk})


def error_codes(response):
    return [error.code for error in response.context["form"].non_field_errors().as_data()]


# --- the service ----------------------------------------------------------------------------------------------------


def test_the_permutation_is_applied_as_0_to_n(meeting, items, network_coordinator):
    velkomst, budget, dilemma = items
    result = services.agenda_reorder(
        meeting=meeting, ordered_ids=[dilemma.pk, velkomst.pk, budget.pk], updated_by=network_coordinator
    )
    assert ids(result) == [dilemma.pk, velkomst.pk, budget.pk]
    assert stored_orders(meeting) == {dilemma.pk: 0, velkomst.pk: 1, budget.pk: 2}


def test_orders_with_gaps_and_ties_become_0_to_n(meeting, network_coordinator):
    first = AgendaItemFactory(meeting=meeting, order=7)
    second = AgendaItemFactory(meeting=meeting, order=7)
    third = AgendaItemFactory(meeting=meeting, order=40)
    services.agenda_reorder(
        meeting=meeting, ordered_ids=[third.pk, first.pk, second.pk], updated_by=network_coordinator
    )
    assert stored_orders(meeting) == {third.pk: 0, first.pk: 1, second.pk: 2}


@pytest.mark.parametrize("change", ["added", "removed", "duplicated", "other_meeting", "unknown"])
def test_a_list_that_is_not_the_current_agenda_is_refused_and_nothing_moves(
    meeting, items, network_coordinator, network, change
):
    velkomst, budget, dilemma = items
    ordered_ids = [dilemma.pk, budget.pk, velkomst.pk]
    if change == "added":
        AgendaItemFactory(meeting=meeting, order=3)  # added by someone else after the page was loaded
    elif change == "removed":
        ordered_ids.remove(budget.pk)
    elif change == "duplicated":
        ordered_ids[2] = dilemma.pk
    elif change == "other_meeting":
        other = AgendaItemFactory(meeting=NetworkMeetingFactory(network=network), order=0)
        ordered_ids[2] = other.pk
    else:
        ordered_ids.append(max(ordered_ids) + 1000)
    before = stored_orders(meeting)

    with pytest.raises(ValidationError) as raised:
        services.agenda_reorder(meeting=meeting, ordered_ids=ordered_ids, updated_by=network_coordinator)

    assert raised.value.code == "agenda_changed"
    assert stored_orders(meeting) == before


def test_items_of_another_meeting_are_not_touched(meeting, items, network_coordinator, network):
    other_meeting = NetworkMeetingFactory(network=network)
    other_items = [AgendaItemFactory(meeting=other_meeting, order=order) for order in (5, 6)]
    with pytest.raises(ValidationError):
        services.agenda_reorder(meeting=meeting, ordered_ids=ids(other_items), updated_by=network_coordinator)
    with pytest.raises(ValidationError):
        services.agenda_reorder(
            meeting=meeting, ordered_ids=ids(items) + ids(other_items), updated_by=network_coordinator
        )
    services.agenda_reorder(meeting=meeting, ordered_ids=ids(reversed(items)), updated_by=network_coordinator)
    assert stored_orders(other_meeting) == {other_items[0].pk: 5, other_items[1].pk: 6}


def test_an_empty_agenda_is_an_empty_list(meeting, network_coordinator):
    assert services.agenda_reorder(meeting=meeting, ordered_ids=[], updated_by=network_coordinator) == []


@pytest.mark.parametrize("who", ["leader", "volunteer", "outsider"])
def test_only_a_coordinator_of_the_network_may_reorder(request, meeting, items, who):
    person = request.getfixturevalue(who)
    with pytest.raises(PermissionDenied):
        services.agenda_reorder(meeting=meeting, ordered_ids=ids(reversed(items)), updated_by=person)
    assert db_order(meeting) == ids(items)


def test_a_coordinator_of_another_network_may_not_reorder(meeting, items):
    with pytest.raises(PermissionDenied):
        services.agenda_reorder(
            meeting=meeting, ordered_ids=ids(reversed(items)), updated_by=coordinator(NetworkFactory())
        )


# --- the page -------------------------------------------------------------------------------------------------------


def test_the_page_lists_the_items_in_their_current_order(client, meeting, items, network_coordinator):
    velkomst, budget, dilemma = items
    services.agenda_reorder(
        meeting=meeting, ordered_ids=[budget.pk, dilemma.pk, velkomst.pk], updated_by=network_coordinator
    )
    client.force_login(network_coordinator)
    response = client.get(reorder_url(meeting))
    assert response.status_code == 200
    assert [entry.item.pk for entry in response.context["schedule"]] == [budget.pk, dilemma.pk, velkomst.pk]
    html = response.content.decode()
    hidden = [html.index(f'name="item" value="{pk}"') for pk in (budget.pk, dilemma.pk, velkomst.pk)]
    assert hidden == sorted(hidden)
    for item in items:
        assert f'value="{item.pk}:up"' in html and f'value="{item.pk}:down"' in html
        assert item.title in html
    assert budget.presenter.name in html
    # The first item cannot go up and the last cannot go down.
    assert html_button(response, f"{budget.pk}:up").endswith("disabled")
    assert html_button(response, f"{velkomst.pk}:down").endswith("disabled")
    assert "disabled" not in html_button(response, f"{budget.pk}:down")
    assert 'name="done"' in html


def test_coordinator_reorders_and_the_start_times_follow(client, meeting, items, network_coordinator):
    velkomst, budget, dilemma = items
    client.force_login(network_coordinator)
    response = client.post(reorder_url(meeting), {"item": [dilemma.pk, velkomst.pk, budget.pk]})
    assert response.status_code == 302 and response["Location"] == reorder_url(meeting)
    assert db_order(meeting) == [dilemma.pk, velkomst.pk, budget.pk]

    schedule = client.get(meeting.get_absolute_url()).context["schedule"]
    assert [(entry.item.pk, entry.starts_at - meeting.starts_at) for entry in schedule] == [
        (dilemma.pk, timedelta(0)),
        (velkomst.pk, timedelta(minutes=30)),
        (budget.pk, timedelta(minutes=50)),
    ]
    assert schedule[-1].ends_at - meeting.starts_at == timedelta(minutes=95)


def test_move_up_and_down_one_place(client, meeting, items, network_coordinator):
    velkomst, budget, dilemma = items
    client.force_login(network_coordinator)

    response = client.post(reorder_url(meeting), {"item": ids(items), "move": f"{dilemma.pk}:up"})
    assert db_order(meeting) == [velkomst.pk, dilemma.pk, budget.pk]
    assert response.status_code == 302
    assert response["Location"] == f"{reorder_url(meeting)}?moved={dilemma.pk}%3Aup#item-{dilemma.pk}"

    # Back on the page the same button has the focus, so pressing it again moves the item on.
    page = client.get(response["Location"])
    assert page.context["focus"] == (dilemma.pk, "up")
    assert html_button(page, f"{dilemma.pk}:up").endswith("autofocus")
    assert [message.level_tag for message in page.context["messages"]] == ["success"]

    response = client.post(reorder_url(meeting), {"item": db_order(meeting), "move": f"{dilemma.pk}:up"})
    assert db_order(meeting) == [dilemma.pk, velkomst.pk, budget.pk]
    # At the top "Move up" is disabled: the focus goes to "Move down" of the same item.
    assert client.get(response["Location"]).context["focus"] == (dilemma.pk, "down")

    client.post(reorder_url(meeting), {"item": db_order(meeting), "move": f"{velkomst.pk}:down"})
    assert db_order(meeting) == [dilemma.pk, budget.pk, velkomst.pk]


def html_button(response, value):
    """The attributes after the value of the button posting `value`."""
    return response.content.decode().split(f'value="{value}"')[1].split(">")[0]


@pytest.mark.parametrize(("position", "direction"), [(0, "up"), (2, "down")])
def test_moving_past_either_end_keeps_the_order(client, meeting, items, network_coordinator, position, direction):
    client.force_login(network_coordinator)
    response = client.post(reorder_url(meeting), {"item": ids(items), "move": f"{items[position].pk}:{direction}"})
    assert response.status_code == 302
    assert db_order(meeting) == ids(items)


def test_done_saves_and_goes_back_to_the_meeting(client, meeting, items, network_coordinator):
    client.force_login(network_coordinator)
    response = client.post(reorder_url(meeting), {"item": ids(reversed(items)), "done": "1"})
    assert response.status_code == 302 and response["Location"] == meeting.get_absolute_url()
    assert db_order(meeting) == ids(reversed(items))


def test_a_stale_list_is_refused_and_the_current_order_shown(client, meeting, items, network_coordinator):
    client.force_login(network_coordinator)
    page = client.get(reorder_url(meeting))
    assert len(page.context["schedule"]) == 3
    added = services.agenda_item_add(
        meeting=meeting, added_by=network_coordinator, title="Nyt punkt", duration_minutes=10
    )

    response = client.post(reorder_url(meeting), {"item": ids(reversed(items)), "move": f"{items[0].pk}:up"})

    assert response.status_code == 200
    assert error_codes(response) == ["agenda_changed"]
    assert 'role="alert"' in response.content.decode()
    assert db_order(meeting) == [*ids(items), added.pk]
    assert [entry.item.pk for entry in response.context["schedule"]] == [*ids(items), added.pk]


def test_a_removed_item_makes_the_list_stale(client, meeting, items, network_coordinator):
    seen = ids(reversed(items))
    client.force_login(network_coordinator)
    services.agenda_item_delete(item=items[1], deleted_by=network_coordinator)
    response = client.post(reorder_url(meeting), {"item": seen, "done": "1"})
    assert response.status_code == 200 and error_codes(response) == ["agenda_changed"]
    assert db_order(meeting) == [items[0].pk, items[2].pk]


@pytest.mark.parametrize("tampered", ["not-numbers", "bad-move"])
def test_an_unreadable_post_changes_nothing(client, meeting, items, network_coordinator, tampered):
    if tampered == "not-numbers":
        data = {"item": ["x", *ids(reversed(items))]}
    else:
        data = {"item": ids(reversed(items)), "move": f"{items[0].pk}:sideways"}
    client.force_login(network_coordinator)
    response = client.post(reorder_url(meeting), data)
    assert response.status_code == 200 and error_codes(response) == ["unreadable"]
    assert db_order(meeting) == ids(items)


def test_the_meeting_page_links_to_it_for_coordinators_only(client, meeting, items, network_coordinator, leader):
    client.force_login(network_coordinator)
    assert f'href="{reorder_url(meeting)}"' in client.get(meeting.get_absolute_url()).content.decode()
    client.force_login(leader)
    assert reorder_url(meeting) not in client.get(meeting.get_absolute_url()).content.decode()


@pytest.mark.parametrize("who", ["leader", "volunteer"])
def test_a_member_who_is_not_coordinator_gets_403(request, client, meeting, items, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reorder_url(meeting)).status_code == 403
    assert client.post(reorder_url(meeting), {"item": ids(reversed(items))}).status_code == 403
    assert db_order(meeting) == ids(items)


def test_an_outsider_from_another_network_gets_404(client, meeting, items, outsider):
    client.force_login(outsider)
    assert client.get(reorder_url(meeting)).status_code == 404
    assert client.post(reorder_url(meeting), {"item": ids(reversed(items))}).status_code == 404
    assert db_order(meeting) == ids(items)


def test_a_coordinator_of_another_network_gets_404(client, meeting, items):
    client.force_login(coordinator(NetworkFactory()))
    assert client.post(reorder_url(meeting), {"item": ids(reversed(items))}).status_code == 404
    assert db_order(meeting) == ids(items)


def test_anonymous_is_sent_to_sign_in(client, meeting, items):
    for response in (client.get(reorder_url(meeting)), client.post(reorder_url(meeting), {"item": ids(items)})):
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert db_order(meeting) == ids(items)


# --- query counts ---------------------------------------------------------------------------------------------------

# Session, user, the meeting with its agenda, the permission check, the locked items and one UPDATE (+ savepoints).
MAX_POST_QUERIES = 9
MAX_PAGE_QUERIES = 6


def meeting_with_items(count: int):
    network = NetworkFactory()
    organisations = OrganisationFactory.create_batch(3)
    network.organisations.add(*organisations)
    meeting = NetworkMeetingFactory(network=network)
    items = [
        AgendaItemFactory(meeting=meeting, order=order, presenter=organisations[order % 3]) for order in range(count)
    ]
    member(organisations[0], Role.LEADER)
    return meeting, items, coordinator(network)


def reorder_queries(client, count: int) -> int:
    meeting, items, chair = meeting_with_items(count)
    client.force_login(chair)
    client.get(reorder_url(meeting))  # sessions and caches warm, as for a coordinator working on the page
    data = {"item": ids(reversed(items)), "move": f"{items[1].pk}:down"}
    with CaptureQueriesContext(connection) as context:
        assert client.post(reorder_url(meeting), data).status_code == 302
    assert db_order(meeting)[0] == items[-1].pk
    return len(context.captured_queries)


def test_a_reorder_post_costs_the_same_for_3_and_30_items(client, django_assert_max_num_queries):
    assert reorder_queries(client, 3) == reorder_queries(client, 30)
    meeting, items, chair = meeting_with_items(30)
    client.force_login(chair)
    with django_assert_max_num_queries(MAX_POST_QUERIES):
        assert client.post(reorder_url(meeting), {"item": ids(reversed(items))}).status_code == 302
    assert db_order(meeting) == ids(reversed(items))


def test_the_reorder_page_costs_the_same_for_3_and_30_items(client, django_assert_max_num_queries):
    counts = []
    for count in (3, 30):
        meeting, _items, chair = meeting_with_items(count)
        client.force_login(chair)
        client.get(reorder_url(meeting))
        with CaptureQueriesContext(connection) as context:
            assert client.get(reorder_url(meeting)).status_code == 200
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]
    with django_assert_max_num_queries(MAX_PAGE_QUERIES):
        client.get(reorder_url(meeting))
