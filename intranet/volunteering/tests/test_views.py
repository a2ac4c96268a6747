"""Pages: the request list and its filters, certificate gating on the request page, responding, hours, and a
leader posting, editing and answering."""

import datetime
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from certification.models import CertificateStatus, ProgrammeCourse
from courses.tests import factories as course_factories
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, member
from intranet.pages.tests import factories as page_factories
from intranet.volunteering import services
from intranet.volunteering.models import (
    HoursEntry,
    HoursStatus,
    RequestKind,
    RequestStatus,
    ResponseStatus,
    VolunteerRequest,
    VolunteerResponse,
)

from . import factories

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def list_url(network, language="da"):
    return f"/{language}/volunteering/networks/{network.slug}/"


def detail_url(volunteer_request, language="da"):
    return f"/{language}/volunteering/networks/{volunteer_request.network.slug}/requests/{volunteer_request.pk}/"


def org_url(organisation, rest=""):
    return f"/da/volunteering/organisations/{organisation.slug}/requests/{rest}"


def eligibility_of(response) -> str:
    match = re.search(r'id="eligibility"[^>]*data-eligibility="([a-z_]+)"', response.content.decode())
    assert match, "no eligibility box"
    return match.group(1)


def listed(response) -> list[int]:
    return [item.pk for item in response.context["page_obj"]]


# --- index and list -----------------------------------------------------------------------------------------------


def test_index_leads_to_the_only_network(client, network, volunteer):
    client.force_login(volunteer)
    response = client.get("/da/volunteering/")
    assert response.status_code == 302 and response["Location"] == list_url(network)


def test_index_lists_several_networks(client, network, organisation, volunteer):
    NetworkFactory().organisations.add(volunteer.memberships.get().organisation)
    client.force_login(volunteer)
    response = client.get("/da/volunteering/")
    assert response.status_code == 200 and len(response.context["networks"]) == 2


def test_list_shows_each_request_with_what_the_viewer_holds(client, network, open_request, gated_request, volunteer):
    client.force_login(volunteer)
    response = client.get(list_url(network, "ar"))
    assert response.status_code == 200
    content = response.content.decode()
    assert set(listed(response)) == {open_request.pk, gated_request.pk}
    assert f'data-request="{gated_request.pk}"' in content
    assert 'data-held="no"' in content and 'data-held="yes"' not in content
    assert f'dir="auto">{gated_request.title}</a>' in content
    assert 'data-places="0/2"' in content


def test_list_marks_held_certificates_and_own_responses(
    client, network, gated_request, volunteer, first_aid, open_request
):
    factories.certificate(first_aid, volunteer)
    factories.response(open_request, volunteer)
    client.force_login(volunteer)
    content = client.get(list_url(network)).content.decode()
    assert 'data-held="yes"' in content
    assert re.search(rf'data-request="{open_request.pk}"[^>]*data-responded="yes"', content)
    assert not re.search(rf'data-request="{gated_request.pk}"[^>]*data-responded="yes"', content)


def test_list_filters_by_kind_language_mode_and_text(client, network, organisation, leader, volunteer):
    mentoring = factories.volunteer_request(
        organisation, leader=leader, kind=RequestKind.MENTORING, languages=["fr"], title="Mentor for jobsøgende"
    )
    homework = factories.volunteer_request(organisation, leader=leader, languages=["da", "ar"])
    online = factories.volunteer_request(
        organisation, leader=leader, mode="online", online_details="Zoom", address="", city="", title="Online café"
    )
    client.force_login(volunteer)
    assert listed(client.get(list_url(network), {"kind": RequestKind.MENTORING})) == [mentoring.pk]
    assert listed(client.get(list_url(network), {"language": "fr"})) == [mentoring.pk]
    assert set(listed(client.get(list_url(network), {"language": "ar"}))) == {homework.pk, online.pk}
    assert listed(client.get(list_url(network), {"mode": "online"})) == [online.pk]
    assert listed(client.get(list_url(network), {"q": "jobsogende"})) == [mentoring.pk]
    response = client.get(list_url(network), {"city": "København"})
    assert set(listed(response)) == {mentoring.pk, homework.pk} and response.context["page_obj"].paginator.count == 2


def test_list_filters_on_requests_i_can_respond_to(client, network, open_request, gated_request, volunteer, first_aid):
    client.force_login(volunteer)
    assert listed(client.get(list_url(network), {"eligible": "on"})) == [open_request.pk]
    assert listed(client.get(list_url(network), {"programme": first_aid.pk})) == [gated_request.pk]
    factories.certificate(first_aid, volunteer)
    assert set(listed(client.get(list_url(network), {"eligible": "on"}))) == {open_request.pk, gated_request.pk}


def test_list_hides_closed_requests_unless_asked(client, network, open_request, gated_request, leader, volunteer):
    services.volunteer_request_set_status(volunteer_request=gated_request, status="cancelled", changed_by=leader)
    client.force_login(volunteer)
    assert listed(client.get(list_url(network))) == [open_request.pk]
    assert set(listed(client.get(list_url(network), {"closed": "on"}))) == {open_request.pk, gated_request.pk}


def test_list_offers_leaders_to_post_for_their_organisation(client, network, organisation, leader, volunteer):
    client.force_login(leader)
    content = client.get(list_url(network)).content.decode()
    assert f'data-post-for="{organisation.slug}"' in content
    client.force_login(volunteer)
    assert "data-post-for" not in client.get(list_url(network)).content.decode()


# --- certificate gating -------------------------------------------------------------------------------------------


def test_without_the_certificate_the_volunteer_is_told_why_and_which_course_leads_to_it(
    client, network, gated_request, volunteer, first_aid
):
    catalogue = course_factories.catalogue(page_factories.home_page(network))
    course = course_factories.course(catalogue, title=("Førstehjælpskursus", "دورة الإسعافات", "Cours de secours"))
    ProgrammeCourse.objects.create(programme=first_aid, course=course, sort_order=0)
    client.force_login(volunteer)

    response = client.get(detail_url(gated_request, "ar"))

    assert response.status_code == 200
    assert eligibility_of(response) == "certificates"
    content = response.content.decode()
    assert f'data-missing-programme="{first_aid.pk}"' in content
    assert "دورة الإسعافات" in content and 'href="/ar/certificates/"' in content
    assert 'id="respond-form"' not in content


def test_respond_is_refused_without_a_certificate(client, gated_request, volunteer):
    client.force_login(volunteer)
    response = client.post(detail_url(gated_request, "ar"), {"message": "أريد المساعدة"})
    assert response.status_code == 302
    assert not VolunteerResponse.objects.exists()


def test_respond_with_a_valid_certificate(
    client, gated_request, volunteer, leader, first_aid, django_capture_on_commit_callbacks
):
    factories.certificate(first_aid, volunteer, expires_on=TODAY)
    client.force_login(volunteer)
    page = client.get(detail_url(gated_request, "ar"))
    assert eligibility_of(page) == "ok" and 'id="respond-form"' in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(detail_url(gated_request, "ar"), {"message": "أريد المساعدة"})

    assert response.status_code == 302 and response["Location"] == detail_url(gated_request, "ar")
    created = VolunteerResponse.objects.get()
    assert (created.volunteer, created.request, created.message) == (volunteer, gated_request, "أريد المساعدة")
    assert [message.to for message in mail.outbox] == [[leader.email]]
    assert eligibility_of(client.get(detail_url(gated_request))) == "responded"


def test_respond_is_refused_with_an_expired_certificate(client, gated_request, volunteer, first_aid):
    factories.certificate(first_aid, volunteer, expires_on=TODAY - datetime.timedelta(days=1))
    client.force_login(volunteer)
    assert eligibility_of(client.get(detail_url(gated_request))) == "certificates"
    client.post(detail_url(gated_request), {"message": ""})
    assert not VolunteerResponse.objects.exists()


def test_respond_is_refused_with_a_revoked_certificate(client, gated_request, volunteer, first_aid):
    factories.certificate(first_aid, volunteer, status=CertificateStatus.REVOKED)
    client.force_login(volunteer)
    assert eligibility_of(client.get(detail_url(gated_request))) == "certificates"
    client.post(detail_url(gated_request))
    assert not VolunteerResponse.objects.exists()


def test_closed_request_and_coordinator_are_told_why(client, open_request, leader, volunteer, network_coordinator):
    client.force_login(network_coordinator)
    page = client.get(detail_url(open_request))
    assert page.status_code == 200 and eligibility_of(page) == "not_member"
    assert client.post(detail_url(open_request)).status_code == 403
    services.volunteer_request_set_status(volunteer_request=open_request, status="filled", changed_by=leader)
    client.force_login(volunteer)
    assert eligibility_of(client.get(detail_url(open_request))) == "closed"
    client.post(detail_url(open_request))
    assert not VolunteerResponse.objects.exists()


# --- the volunteer's response and hours ---------------------------------------------------------------------------


def test_volunteer_withdraws_a_response(client, open_request, volunteer):
    existing = factories.response(open_request, volunteer)
    client.force_login(volunteer)
    response = client.post(f"/da/volunteering/responses/{existing.pk}/withdraw/")
    assert response.status_code == 302
    existing.refresh_from_db()
    assert existing.status == ResponseStatus.WITHDRAWN
    assert eligibility_of(client.get(detail_url(open_request))) == "ok"


def test_accepted_volunteer_logs_hours(client, open_request, volunteer, leader):
    existing = factories.response(open_request, volunteer, accepted=True, leader=leader)
    client.force_login(volunteer)
    page = client.get(detail_url(open_request))
    assert 'id="hours-form"' in page.content.decode()
    url = f"/da/volunteering/responses/{existing.pk}/hours/"
    assert client.get(url).status_code == 302

    day = max(TODAY, open_request.starts_on)
    if day > TODAY:  # the request starts next week: log on its first day, as the volunteer will then
        open_request.starts_on = TODAY
        open_request.save(update_fields=["starts_on"])
        day = TODAY
    response = client.post(url, {"date": day.isoformat(), "hours": "2.5", "note": "Lektiehjælp"})

    assert response.status_code == 302
    entry = HoursEntry.objects.get()
    assert (entry.hours, entry.status, entry.note) == (Decimal("2.5"), HoursStatus.PENDING, "Lektiehjælp")
    assert f'data-hours="{entry.pk}" data-status="pending"' in client.get(detail_url(open_request)).content.decode()


def test_hours_in_the_future_are_refused_and_what_was_typed_is_kept(client, open_request, volunteer, leader):
    existing = factories.response(open_request, volunteer, accepted=True, leader=leader)
    client.force_login(volunteer)
    future = TODAY + datetime.timedelta(days=30)
    response = client.post(
        f"/da/volunteering/responses/{existing.pk}/hours/",
        {"date": future.isoformat(), "hours": "3", "note": "Noget jeg skrev"},
    )
    assert response.status_code == 200
    assert "date" in response.context["hours_form"].errors
    assert 'value="Noget jeg skrev"' in response.content.decode()
    assert not HoursEntry.objects.exists()


def test_only_accepted_volunteers_log_hours(client, open_request, volunteer):
    existing = factories.response(open_request, volunteer)
    client.force_login(volunteer)
    assert 'id="hours-form"' not in client.get(detail_url(open_request)).content.decode()
    client.post(f"/da/volunteering/responses/{existing.pk}/hours/", {"date": TODAY.isoformat(), "hours": "1"})
    assert not HoursEntry.objects.exists()


# --- a leader's pages ---------------------------------------------------------------------------------------------


def request_post(**fields) -> dict:
    data = {
        "title": "Frivillige til sommerfest",
        "description": "Vi mangler hænder til opstilling.",
        "kind": RequestKind.EVENT,
        "starts_on": (TODAY + datetime.timedelta(days=10)).isoformat(),
        "ends_on": "",
        "schedule": "Lørdag 10-16",
        "mode": "in_person",
        "address": "Torvet 1",
        "city": "Tanger",
        "online_details": "",
        "hours": "6",
        "volunteers_needed": "4",
        "languages": ["da", "ary"],
        "in_return": ["expenses"],
        "in_return_details": "Frokost",
    }
    return data | fields


def test_leader_posts_a_request_with_a_required_certificate(client, network, organisation, leader, first_aid):
    client.force_login(leader)
    page = client.get(org_url(organisation, "add/"))
    assert page.status_code == 200 and page.context["form"].fields["network"].widget.is_hidden
    response = client.post(
        org_url(organisation, "add/"), request_post(network=network.pk, required_programmes=[first_aid.pk])
    )
    created = VolunteerRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == detail_url(created)
    assert (created.network, created.created_by, created.language_codes) == (network, leader, ["da", "ary"])
    assert list(created.required_programmes.all()) == [first_aid]
    assert created.in_return_codes == ["expenses"]


def test_request_form_errors_keep_what_was_typed(client, network, organisation, leader):
    client.force_login(leader)
    typed = request_post(
        network=network.pk,
        title="Min egen overskrift",
        ends_on=(TODAY - datetime.timedelta(days=1)).isoformat(),  # before the start: the service refuses
    )
    response = client.post(org_url(organisation, "add/"), typed)
    assert response.status_code == 200
    assert "ends_on" in response.context["form"].errors
    content = response.content.decode()
    assert 'value="Min egen overskrift"' in content and "Vi mangler hænder til opstilling." in content
    assert re.search(r'value="ary"[^>]*checked', content)
    assert not VolunteerRequest.objects.exists()

    response = client.post(org_url(organisation, "add/"), request_post(network=network.pk, languages=[]))
    assert response.status_code == 200 and "languages" in response.context["form"].errors
    assert not VolunteerRequest.objects.exists()


def test_programme_of_another_network_cannot_be_required(client, network, organisation, leader):
    foreign = factories.programme(NetworkFactory())
    client.force_login(leader)
    response = client.post(
        org_url(organisation, "add/"), request_post(network=network.pk, required_programmes=[foreign.pk])
    )
    assert response.status_code == 200 and "required_programmes" in response.context["form"].errors
    assert not VolunteerRequest.objects.exists()


def test_leader_edits_a_request(client, organisation, open_request, leader, first_aid):
    client.force_login(leader)
    url = org_url(organisation, f"{open_request.pk}/edit/")
    page = client.get(url)
    assert page.status_code == 200 and page.context["form"].initial["version"] == open_request.version
    response = client.post(
        url, request_post(title="Ny titel", version=open_request.version, required_programmes=[first_aid.pk])
    )
    assert response.status_code == 302
    open_request.refresh_from_db()
    assert open_request.title == "Ny titel" and list(open_request.required_programmes.all()) == [first_aid]


def test_edit_conflict_keeps_the_typed_text_and_shows_the_saved_one(client, organisation, open_request, leader):
    colleague = member(organisation, Role.LEADER)
    version = open_request.version
    services.volunteer_request_update(
        volunteer_request=VolunteerRequest.objects.get(pk=open_request.pk),
        updated_by=colleague,
        version=version,
        data={"title": "Kollegaens titel"},
    )
    client.force_login(leader)

    response = client.post(
        org_url(organisation, f"{open_request.pk}/edit/"), request_post(title="Min titel", version=version)
    )

    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="conflict"' in content
    assert 'value="Min titel"' in content  # what this leader typed, still in the field
    assert re.search(r'data-saved="title">.*?Kollegaens titel', content, re.S)  # the colleague's, next to it
    open_request.refresh_from_db()
    assert open_request.title == "Kollegaens titel"
    # The form now carries the saved version: saving again is this leader's deliberate choice.
    assert response.context["form"].data["version"] == open_request.version
    client.post(
        org_url(organisation, f"{open_request.pk}/edit/"), request_post(title="Min titel", version=open_request.version)
    )
    open_request.refresh_from_db()
    assert open_request.title == "Min titel"


def test_leader_marks_filled_cancels_and_reopens(client, organisation, open_request, leader, volunteer):
    waiting = factories.response(open_request, volunteer)
    client.force_login(leader)
    page = client.get(org_url(organisation))
    assert page.status_code == 200
    assert f'data-request="{open_request.pk}" data-status="open"' in page.content.decode()
    assert 'data-pending="1"' in page.content.decode()
    status_url = org_url(organisation, f"{open_request.pk}/status/")
    assert client.post(status_url, {"status": "filled"}).status_code == 302
    open_request.refresh_from_db()
    assert open_request.status == RequestStatus.FILLED
    client.post(status_url, {"status": "open"})
    client.post(status_url, {"status": "cancelled"})
    open_request.refresh_from_db()
    waiting.refresh_from_db()
    assert open_request.status == RequestStatus.CANCELLED and waiting.status == ResponseStatus.DECLINED
    assert client.post(status_url, {"status": "nonsense"}).status_code == 400


def test_responses_page_shows_certificates_hours_and_decides(
    client, organisation, gated_request, leader, volunteer, first_aid, django_capture_on_commit_callbacks
):
    certificate = factories.certificate(first_aid, volunteer)
    waiting = factories.response(gated_request, volunteer)
    client.force_login(leader)
    url = org_url(organisation, f"{gated_request.pk}/responses/")
    content = client.get(url).content.decode()
    assert f'data-response="{waiting.pk}" data-status="pending"' in content
    assert f'data-programme="{first_aid.pk}" data-held="yes"' in content
    assert f'href="/da/volunteering/volunteers/{volunteer.pk}/"' in content

    # The certificate expires after the volunteer responded: the page shows it, and accepting is refused.
    certificate.expires_on = TODAY - datetime.timedelta(days=1)
    certificate.save()
    assert f'data-programme="{first_aid.pk}" data-held="no"' in client.get(url).content.decode()
    decide = f"/da/volunteering/responses/{waiting.pk}/decide/"
    assert client.post(decide, {"decision": "accept"}).status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == ResponseStatus.PENDING

    certificate.expires_on = None
    certificate.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(decide, {"decision": "accept", "note": "Velkommen"})
    assert response.status_code == 302 and response["Location"] == url
    waiting.refresh_from_db()
    assert (waiting.status, waiting.decision_note, waiting.decided_by) == (ResponseStatus.ACCEPTED, "Velkommen", leader)
    [message] = mail.outbox
    assert message.to == [volunteer.email] and '<html lang="ar"' in message.alternatives[0][0]


def test_leader_declines_a_response(client, open_request, leader, volunteer):
    waiting = factories.response(open_request, volunteer)
    client.force_login(leader)
    client.post(f"/da/volunteering/responses/{waiting.pk}/decide/", {"decision": "decline", "note": "Fuldt"})
    waiting.refresh_from_db()
    assert waiting.status == ResponseStatus.DECLINED and waiting.decision_note == "Fuldt"
    assert client.post(f"/da/volunteering/responses/{waiting.pk}/decide/", {"decision": "x"}).status_code == 400


def test_leader_confirms_and_rejects_hours(client, organisation, open_request, leader, volunteer):
    accepted = factories.response(open_request, volunteer, accepted=True, leader=leader)
    first, second = factories.hours(accepted), factories.hours(accepted, hours=Decimal("1.5"))
    client.force_login(leader)
    page = client.get(org_url(organisation, f"{open_request.pk}/responses/")).content.decode()
    assert f'data-hours="{first.pk}" data-status="pending"' in page

    assert client.post(f"/da/volunteering/hours/{first.pk}/review/", {"decision": "confirm"}).status_code == 302
    client.post(f"/da/volunteering/hours/{second.pk}/review/", {"decision": "reject", "note": ""})
    second.refresh_from_db()
    assert second.status == HoursStatus.PENDING  # a reason is required
    client.post(f"/da/volunteering/hours/{second.pk}/review/", {"decision": "reject", "note": "Forkert dato"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.reviewed_by) == (HoursStatus.CONFIRMED, leader)
    assert (second.status, second.review_note) == (HoursStatus.REJECTED, "Forkert dato")
    page = client.get(org_url(organisation, f"{open_request.pk}/responses/")).content.decode()
    here, in_all = re.search(r'data-confirmed-hours="([\d.]+)" data-confirmed-hours-in-all="([\d.]+)"', page).groups()
    assert Decimal(here) == Decimal(in_all) == Decimal(2)

    client.force_login(volunteer)
    profile = client.get("/da/volunteering/me/")
    assert profile.status_code == 200
    assert profile.context["profile"].confirmed_hours == Decimal("2.0")
    shown = re.search(r'id="confirmed-hours" data-hours="([\d.]+)"', profile.content.decode())
    assert Decimal(shown.group(1)) == Decimal(2)


def test_profile_lists_valid_certificates_with_a_verification_link(client, volunteer, first_aid, leader, open_request):
    valid = factories.certificate(first_aid, volunteer)
    expired = factories.certificate(
        factories.programme(first_aid.network), volunteer, expires_on=TODAY - datetime.timedelta(days=1)
    )
    factories.response(open_request, volunteer)
    client.force_login(leader)  # a leader of an organisation the volunteer responded to
    response = client.get(f"/da/volunteering/volunteers/{volunteer.pk}/")
    assert response.status_code == 200
    content = response.content.decode()
    assert f"/da/verify/{valid.code}/" in content and f"/da/verify/{expired.code}/" not in content


def test_give_and_get_shows_hours_given_and_received(
    client, network, organisation, sister_organisation, open_request, leader, volunteer
):
    accepted = factories.response(open_request, volunteer, accepted=True, leader=leader)
    factories.hours(accepted, hours=Decimal("3"), confirmed_by=leader)
    client.force_login(volunteer)
    response = client.get(f"/da/volunteering/networks/{network.slug}/give-and-get/")
    assert response.status_code == 200
    content = response.content.decode()
    rows = {
        slug: (int(opened), Decimal(received), Decimal(given))
        for slug, opened, received, given in re.findall(
            r'data-organisation="([^"]+)" data-open="(\d+)" data-received="([\d.]+)" data-given="([\d.]+)"', content
        )
    }
    assert rows[organisation.slug] == (1, Decimal(3), 0)
    assert rows[sister_organisation.slug] == (0, 0, Decimal(3))
