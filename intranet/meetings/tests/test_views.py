"""Pages: who sees what, who may change what, and the forms doing what they say."""

import pytest
from django.utils import timezone

from intranet.meetings import services
from intranet.meetings.models import RSVP, ActionStatus, Answer, NetworkMeeting
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import OrganisationFactory, member

from .factories import NetworkMeetingFactory

pytestmark = pytest.mark.django_db


def detail(meeting):
    return f"/da/meetings/{meeting.pk}/"


@pytest.mark.parametrize(
    "path",
    [
        "/da/meetings/{pk}/",
        "/da/meetings/{pk}/meeting.ics",
        "/da/meetings/{pk}/edit/",
        "/da/meetings/{pk}/attendees/",
        "/da/meetings/{pk}/minutes/",
    ],
)
def test_an_outsider_from_another_network_gets_404(client, meeting, outsider, path):
    client.force_login(outsider)
    assert client.get(path.format(pk=meeting.pk)).status_code == 404


def test_an_outsider_cannot_see_the_networks_meetings_or_rsvp(client, meeting, outsider, network):
    client.force_login(outsider)
    assert client.get(f"/da/networks/{network.slug}/meetings/").status_code == 404
    response = client.post(f"/da/meetings/{meeting.pk}/rsvp/", {"answer": "yes", "people": 1})
    assert response.status_code == 404
    assert not RSVP.objects.exists()


def test_anonymous_is_sent_to_sign_in(client, meeting):
    response = client.get(detail(meeting))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_member_sees_the_meeting_but_cannot_edit(client, meeting, volunteer, network):
    client.force_login(volunteer)
    response = client.get(detail(meeting))
    assert response.status_code == 200
    assert meeting.title in response.content.decode()
    assert f"/meetings/{meeting.pk}/edit/" not in response.content.decode()
    for path in ("edit/", "attendees/", "minutes/"):
        assert client.get(f"{detail(meeting)}{path}").status_code == 403
    assert (
        client.post(f"{detail(meeting)}agenda/add/", {"agenda-title": "x", "agenda-duration_minutes": 5}).status_code
        == 403
    )
    assert client.get(f"/da/networks/{network.slug}/meetings/new/").status_code == 403
    assert client.get(f"/da/networks/{network.slug}/meetings/").status_code == 200


def test_coordinator_schedules_a_meeting_through_the_form(client, network, network_coordinator, organisation):
    services.meeting_settings_update(network=network, updated_by=network_coordinator, dilemma_of_the_day=True)
    client.force_login(network_coordinator)
    url = f"/da/networks/{network.slug}/meetings/new/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "title": "اجتماع الشبكة",
            "host_organisation": organisation.pk,
            "address": "Tanger",
            "map_url": "https://maps.example.org/x",
            "day": "2030-06-03",
            "start": "10:00",
            "end": "12:30",
            "time_zone": "Africa/Casablanca",
            "languages": ["ar", "fr"],
            "international_guests": 3,
            "dilemma_presenter": organisation.pk,
        },
    )
    meeting = NetworkMeeting.objects.get()
    assert response.status_code == 302 and response["Location"] == meeting.get_absolute_url()
    assert meeting.languages == "ar,fr" and meeting.time_zone == "Africa/Casablanca"
    assert meeting.starts_at.astimezone(meeting.zone).strftime("%H:%M") == "10:00"
    assert meeting.agenda_items.get().presenter == organisation

    edit = client.get(f"/da/meetings/{meeting.pk}/edit/")
    assert edit.status_code == 200 and 'value="10:00' in edit.content.decode()


def test_form_asks_for_a_place_or_link(client, network, network_coordinator):
    client.force_login(network_coordinator)
    response = client.post(
        f"/da/networks/{network.slug}/meetings/new/",
        {"title": "Møde", "day": "2030-06-03", "start": "10:00", "end": "12:00", "time_zone": "Europe/Copenhagen"},
    )
    assert response.status_code == 200 and not NetworkMeeting.objects.exists()
    assert "form-errors" in response.content.decode()


def test_coordinator_adds_and_edits_agenda_items(client, meeting, network_coordinator, organisation):
    client.force_login(network_coordinator)
    client.post(
        f"{detail(meeting)}agenda/add/",
        {"agenda-title": "Budget", "agenda-duration_minutes": 40, "agenda-presenter": organisation.pk},
    )
    item = meeting.agenda_items.get()
    assert item.presenter == organisation
    client.post(
        f"{detail(meeting)}agenda/{item.pk}/",
        {"title": "Budget 2031", "duration_minutes": 45, "order": 0, "presenter": ""},
    )
    item.refresh_from_db()
    assert item.title == "Budget 2031" and item.duration_minutes == 45
    client.post(f"{detail(meeting)}agenda/{item.pk}/", {"delete": "1"})
    assert not meeting.agenda_items.exists()


def test_leader_rsvps_for_self_and_for_the_organisation(client, meeting, leader, organisation):
    client.force_login(leader)
    page = client.get(detail(meeting)).content.decode()
    assert f'name="organisation" value="{organisation.slug}"' in page
    client.post(f"{detail(meeting)}rsvp/", {"answer": "yes", "people": 1, "dietary_needs": "Vegetar"})
    client.post(
        f"{detail(meeting)}rsvp/",
        {"answer": "maybe", "people": 5, "dietary_needs": "", "organisation": organisation.slug},
    )
    assert RSVP.objects.get(user=leader).dietary_needs == "Vegetar"
    assert RSVP.objects.get(organisation=organisation).people == 5


def test_volunteer_cannot_answer_for_the_organisation(client, meeting, volunteer, organisation):
    client.force_login(volunteer)
    assert f'value="{organisation.slug}"' not in client.get(detail(meeting)).content.decode()
    response = client.post(f"{detail(meeting)}rsvp/", {"answer": "yes", "people": 3, "organisation": organisation.slug})
    assert response.status_code == 403
    assert not RSVP.objects.exists()


def test_coordinator_sees_counts_per_organisation_and_a_printable_list(
    client, meeting, network_coordinator, leader, volunteer, organisation
):
    services.rsvp_answer(meeting=meeting, answered_by=leader, organisation=organisation, answer=Answer.YES, people=6)
    services.rsvp_answer(meeting=meeting, answered_by=volunteer, answer=Answer.YES, dietary_needs="Halal")
    services.rsvp_answer(meeting=meeting, answered_by=leader, answer=Answer.MAYBE)
    client.force_login(network_coordinator)
    response = client.get(f"{detail(meeting)}attendees/")
    assert response.status_code == 200
    counts = {organisation.pk: organisation for organisation in response.context["counts"]}[organisation.pk]
    assert (counts.org_yes, counts.org_maybe, counts.members_yes, counts.members_maybe) == (6, None, 1, 1)
    html = response.content.decode()
    assert "Halal" in html and "window.print()" in html and "Valdemar Volunteer" in html


def test_minutes_and_actions_through_the_pages(client, meeting, network_coordinator, organisation, volunteer):
    client.force_login(network_coordinator)
    assert client.get(f"{detail(meeting)}minutes/").status_code == 200
    client.post(f"{detail(meeting)}minutes/", {"text": "Vi mødtes.\n\nGodt møde.", "decisions": "Ja til budget"})
    client.post(
        f"{detail(meeting)}actions/add/",
        {"action-title": "Book lokale", "action-owner_organisation": organisation.pk, "action-due_date": "2030-01-01"},
    )
    item = meeting.action_items.get()
    client.force_login(volunteer)
    html = client.get(detail(meeting)).content.decode()
    assert "<p>Vi mødtes.</p>" in html and "Ja til budget" in html and "Book lokale" in html
    assert client.post(f"{detail(meeting)}actions/{item.pk}/status/", {"status": "done"}).status_code == 403
    client.force_login(network_coordinator)
    client.post(f"{detail(meeting)}actions/{item.pk}/status/", {"status": "done"})
    item.refresh_from_db()
    assert item.status == ActionStatus.DONE


def test_open_actions_show_on_the_next_meeting(client, network, meeting, network_coordinator, volunteer):
    services.action_item_add(meeting=meeting, added_by=network_coordinator, title="Ring til kommunen")
    next_meeting = NetworkMeetingFactory(network=network, starts_at=meeting.starts_at + timezone.timedelta(days=30))
    client.force_login(volunteer)
    assert "Ring til kommunen" in client.get(detail(next_meeting)).content.decode()


def test_meeting_settings_page(client, network, network_coordinator, leader):
    client.force_login(leader)
    assert client.get(f"/da/networks/{network.slug}/meetings/settings/").status_code == 403
    client.force_login(network_coordinator)
    client.post(f"/da/networks/{network.slug}/meetings/settings/", {"dilemma_of_the_day": "on", "dilemma_minutes": 15})
    assert network.meeting_settings.dilemma_minutes == 15


def test_member_through_a_second_organisation_sees_the_meeting(client, meeting, network):
    second = OrganisationFactory()
    network.organisations.add(second)
    client.force_login(member(second, Role.VOLUNTEER))
    assert client.get(detail(meeting)).status_code == 200


@pytest.mark.parametrize(("language", "direction"), [("da", "ltr"), ("ar", "rtl"), ("fr", "ltr")])
def test_meeting_page_in_every_language(client, meeting, leader, language, direction):
    meeting.title = "اجتماع الشبكة"
    meeting.save()
    client.force_login(leader)
    html = client.get(f"/{language}/meetings/{meeting.pk}/").content.decode()
    assert f'dir="{direction}"' in html
    assert '<h1 dir="auto">اجتماع الشبكة</h1>' in html


def test_marking_an_action_done_does_not_redirect_elsewhere(client, meeting, network_coordinator):
    item = services.action_item_add(meeting=meeting, added_by=network_coordinator, title="x")
    client.force_login(network_coordinator)
    response = client.post(f"{detail(meeting)}actions/{item.pk}/status/", {"status": "done", "next": "//evil.example"})
    assert response["Location"] == detail(meeting)
