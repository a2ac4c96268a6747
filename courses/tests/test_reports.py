"""The leader's and coordinator's course reports: who may see them, rows and progress, filters, CSV, rates, panel."""

import csv
import datetime
import io
import zoneinfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import StreamingHttpResponse
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation

from courses.models import CompletionVia, Enrolment, LessonCompletion
from courses.report_panels import reports_dashboard_panel
from courses.report_views import STATUS_LABELS
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, coordinator, member

from . import factories

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today


def enrol(user, course, **fields) -> Enrolment:
    return Enrolment.objects.create(user=user, course=course, **fields)


def complete(user, lesson, course) -> None:
    LessonCompletion.objects.create(user=user, lesson=lesson, course=course, via=CompletionVia.MARKED)


def csv_rows(response) -> list[list[str]]:
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    return list(csv.reader(io.StringIO(content[1:])))


def names(response) -> set[str]:
    return {row.enrolment.user.full_name for row in response.context["rows"]}


def org_url(organisation, name="course_report_organisation", **params) -> str:
    url = reverse(name, kwargs={"slug": organisation.slug})
    return url + ("?" + "&".join(f"{key}={value}" for key, value in params.items()) if params else "")


def network_url(network, name="course_report_network") -> str:
    return reverse(name, kwargs={"slug": network.slug})


# --- who may see which report -------------------------------------------------------------------------------------

ORGANISATION_VIEWS = ["course_report_organisation", "course_report_organisation_csv"]
NETWORK_VIEWS = ["course_report_network", "course_report_network_csv"]


@pytest.mark.parametrize("name", ORGANISATION_VIEWS)
def test_the_leader_and_the_network_coordinator_see_the_organisation_report(
    client, name, organisation, leader, network_coordinator
):
    for person in (leader, network_coordinator):
        client.force_login(person)
        assert client.get(org_url(organisation, name)).status_code == 200


@pytest.mark.parametrize("name", ORGANISATION_VIEWS)
def test_a_leader_gets_404_for_another_organisations_report(client, name, leader, other_organisation):
    client.force_login(leader)
    assert client.get(org_url(other_organisation, name)).status_code == 404


@pytest.mark.parametrize("name", ORGANISATION_VIEWS)
def test_a_volunteer_or_member_gets_403_for_their_own_organisations_report(client, name, organisation, learner):
    plain_member = member(organisation, Role.MEMBER)
    for person in (learner, plain_member):
        client.force_login(person)
        assert client.get(org_url(organisation, name)).status_code == 403


@pytest.mark.parametrize("name", ORGANISATION_VIEWS)
def test_a_coordinator_of_another_network_gets_404(client, name, organisation, outsider):
    client.force_login(coordinator(NetworkFactory()))
    assert client.get(org_url(organisation, name)).status_code == 404
    client.force_login(outsider)
    assert client.get(org_url(organisation, name)).status_code == 404


@pytest.mark.parametrize("name", ORGANISATION_VIEWS + NETWORK_VIEWS)
def test_anonymous_people_are_sent_to_sign_in(client, name, organisation, network):
    target = organisation if name in ORGANISATION_VIEWS else network
    response = client.get(reverse(name, kwargs={"slug": target.slug}))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


@pytest.mark.parametrize("name", NETWORK_VIEWS)
def test_only_the_networks_coordinators_see_the_network_report(
    client, name, network, network_coordinator, leader, learner, outsider
):
    client.force_login(network_coordinator)
    assert client.get(network_url(network, name)).status_code == 200
    for person in (leader, learner):  # members of the network, not coordinators
        client.force_login(person)
        assert client.get(network_url(network, name)).status_code == 403
    for person in (outsider, coordinator(NetworkFactory())):  # cannot see the network at all
        client.force_login(person)
        assert client.get(network_url(network, name)).status_code == 404


# --- rows and progress --------------------------------------------------------------------------------------------


def test_rows_count_only_live_lessons(client, course, organisation, leader, learner):
    first, second, third = (factories.lesson(course) for _ in range(3))
    enrol(learner, course, last_activity_at=timezone.now())
    complete(learner, first, course)
    complete(learner, third, course)
    third.unpublish()  # its completion no longer counts, nor does it count in the total
    client.force_login(leader)
    response = client.get(org_url(organisation))
    [row] = response.context["rows"]
    assert row.enrolment.user == learner
    assert (row.progress.done, row.progress.total, row.progress.percent) == (1, 2, 50)
    assert row.progress.status == "in_progress"
    assert 'aria-valuenow="50"' in response.content.decode()


def test_the_report_lists_only_the_organisations_members(client, course, organisation, other_organisation, leader):
    ours = member(organisation, Role.VOLUNTEER, full_name="Nadia Ours")
    theirs = member(other_organisation, Role.VOLUNTEER, full_name="Youssef Theirs")
    enrol(ours, course)
    enrol(theirs, course)
    client.force_login(leader)
    assert names(client.get(org_url(organisation))) == {"Nadia Ours"}


@pytest.fixture
def four_people(course, organisation):
    """One person in each status on `course` (two lessons)."""
    first, _second = factories.lesson(course), factories.lesson(course)
    people = {
        status: member(organisation, Role.VOLUNTEER, full_name=name, email=f"{status}@example.org")
        for status, name in [
            ("not_started", "Amal Nostart"),
            ("in_progress", "Badr Halfway"),
            ("completed", "Chaima Done"),
            ("overdue", "Driss Late"),
        ]
    }
    enrol(people["not_started"], course, due_date=TODAY() + datetime.timedelta(days=30))
    enrol(people["in_progress"], course)
    complete(people["in_progress"], first, course)
    enrol(people["completed"], course, completed_at=timezone.now(), due_date=TODAY() - datetime.timedelta(days=3))
    enrol(people["overdue"], course, due_date=TODAY() - datetime.timedelta(days=1))
    complete(people["overdue"], first, course)
    return people


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("not_started", {"Amal Nostart"}),
        ("in_progress", {"Badr Halfway"}),
        ("completed", {"Chaima Done"}),
        ("overdue", {"Driss Late"}),
        ("", {"Amal Nostart", "Badr Halfway", "Chaima Done", "Driss Late"}),
        ("nonsense", {"Amal Nostart", "Badr Halfway", "Chaima Done", "Driss Late"}),
    ],
)
def test_the_status_filter(client, four_people, organisation, leader, status, expected):
    client.force_login(leader)
    response = client.get(org_url(organisation, status=status))
    assert names(response) == expected
    assert {row.progress.status for row in response.context["rows"]} <= {status} | {
        "not_started",
        "in_progress",
        "completed",
        "overdue",
    }
    if status in ("not_started", "in_progress", "completed", "overdue"):
        assert f'<option value="{status}" selected>' in response.content.decode()


def test_overdue_is_marked_in_words_not_only_colour(client, four_people, organisation, leader):
    client.force_login(leader)
    response = client.get(org_url(organisation, status="overdue"))
    html = response.content.decode()
    [row] = response.context["rows"]
    assert row.progress.status == "overdue"
    assert html.count(str(STATUS_LABELS["overdue"])) >= 3  # in words: the filter, the status, next to the date
    assert "⚠" in html


def test_the_course_filter_and_the_search(client, four_people, catalogue, course, organisation, leader):
    other_course = factories.course(catalogue, title=("Fundraising", "جمع التبرعات", "Collecte de fonds"))
    enrol(four_people["completed"], other_course)
    client.force_login(leader)

    response = client.get(org_url(organisation, course=other_course.pk))
    assert names(response) == {"Chaima Done"}
    assert f'<option value="{other_course.pk}" selected>' in response.content.decode()

    response = client.get(org_url(organisation, q="halfway"))
    assert names(response) == {"Badr Halfway"}
    assert 'value="halfway"' in response.content.decode()  # the form keeps what was searched
    assert names(client.get(org_url(organisation, q="overdue@example"))) == {"Driss Late"}  # by e-mail too
    assert names(client.get(org_url(organisation, course="999999"))) == {  # an unknown course is ignored
        "Amal Nostart",
        "Badr Halfway",
        "Chaima Done",
        "Driss Late",
    }
    assert len(client.get(org_url(organisation, q="Chaima")).context["rows"]) == 2  # both her courses


def test_fifty_rows_a_page_and_the_links_keep_the_filters(client, course, organisation, leader):
    for number in range(53):
        enrol(member(organisation, Role.VOLUNTEER, full_name=f"Person {number:02d}"), course)
    client.force_login(leader)
    response = client.get(org_url(organisation, status="not_started"))
    assert len(response.context["rows"]) == 50
    html = response.content.decode()
    assert "status=not_started&amp;page=2" in html or "page=2&amp;status=not_started" in html
    csv_link = reverse("course_report_organisation_csv", kwargs={"slug": organisation.slug}) + "?status=not_started"
    assert csv_link in html
    response = client.get(org_url(organisation, status="not_started", page=2))
    assert names(response) == {"Person 50", "Person 51", "Person 52"}


def test_dates_are_shown_in_the_readers_time_zone(client, course, organisation):
    reader = member(organisation, Role.LEADER, time_zone="Africa/Casablanca")
    learner = member(organisation, Role.VOLUNTEER)
    moment = datetime.datetime(2026, 6, 1, 22, 30, tzinfo=datetime.UTC)
    enrol(learner, course, last_activity_at=moment)
    client.force_login(reader)
    html = client.get(org_url(organisation)).content.decode()
    casablanca = moment.astimezone(zoneinfo.ZoneInfo("Africa/Casablanca"))
    copenhagen = moment.astimezone(zoneinfo.ZoneInfo("Europe/Copenhagen"))
    assert casablanca.utcoffset() != copenhagen.utcoffset()
    assert f'datetime="{casablanca.isoformat()}"' in html
    assert f'datetime="{copenhagen.isoformat()}"' not in html


# --- CSV ----------------------------------------------------------------------------------------------------------


def test_the_csv_streams_every_row_with_a_bom_and_iso_dates(client, four_people, course, organisation, leader):
    arabic = member(organisation, Role.VOLUNTEER, full_name="فاطمة الزهراء", email="fatima@example.org")
    enrol(arabic, course, due_date=datetime.date(2030, 6, 15))
    client.force_login(leader)
    response = client.get(org_url(organisation, "course_report_organisation_csv"))
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert f"course-report-organisation-{organisation.slug}-" in response["Content-Disposition"]
    header, *rows = csv_rows(response)
    assert len(header) == 11
    assert len(rows) == 5
    by_name = {row[0]: row for row in rows}
    assert by_name["فاطمة الزهراء"][1] == "fatima@example.org"  # Arabic survives the round trip
    assert by_name["فاطمة الزهراء"][2] == course.title
    assert by_name["فاطمة الزهراء"][8] == "2030-06-15"  # due date, ISO
    assert by_name["فاطمة الزهراء"][9] == timezone.localdate().isoformat()  # enrolled today
    assert by_name["Badr Halfway"][4:7] == ["50", "1", "2"]  # percent, lessons done, lessons in total
    assert by_name["Chaima Done"][4] == "100"
    assert by_name["Chaima Done"][10] == timezone.localdate().isoformat()  # completed


def test_the_csv_respects_the_filters(client, four_people, organisation, leader):
    client.force_login(leader)
    _header, *rows = csv_rows(client.get(org_url(organisation, "course_report_organisation_csv", status="overdue")))
    assert [row[0] for row in rows] == ["Driss Late"]
    _header, *rows = csv_rows(client.get(org_url(organisation, "course_report_organisation_csv", q="Amal")))
    assert [row[0] for row in rows] == ["Amal Nostart"]


def test_a_name_cannot_smuggle_a_formula_into_the_spreadsheet(client, course, organisation, leader):
    enrol(member(organisation, Role.VOLUNTEER, full_name="=HYPERLINK(1)"), course)
    client.force_login(leader)
    _header, row = csv_rows(client.get(org_url(organisation, "course_report_organisation_csv")))
    assert row[0] == "'=HYPERLINK(1)"


def test_the_csv_header_is_in_the_readers_language(client, four_people, organisation, leader):
    client.force_login(leader)
    with translation.override("fr"):
        url = org_url(organisation, "course_report_organisation_csv")
        expected = [translation.gettext("Name"), translation.gettext("E-mail"), translation.gettext("Course")]
    assert url.startswith("/fr/")
    header, *_rows = csv_rows(client.get(url))
    assert header[:3] == expected


def test_the_report_reads_right_to_left_in_arabic(client, four_people, organisation, leader):
    client.force_login(leader)
    with translation.override("ar"):
        url = org_url(organisation)
    html = client.get(url).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert '<span dir="auto">Amal Nostart</span>' in html


# --- the network report -------------------------------------------------------------------------------------------


def test_the_network_report_has_organisations_and_completion_rates(
    client, course, organisation, other_organisation, network_coordinator, network
):
    lesson = factories.lesson(course)
    ours = [member(organisation, Role.VOLUNTEER, full_name=f"Ours {number}") for number in range(4)]
    theirs = member(other_organisation, Role.VOLUNTEER, full_name="Theirs 0")
    for person in ours:
        enrol(person, course)
    for person in ours[:3]:
        Enrolment.objects.filter(user=person).update(completed_at=timezone.now())
        complete(person, lesson, course)
    enrol(theirs, course)
    foreign = OrganisationFactory()  # an organisation of another network: not in the report
    NetworkFactory().organisations.add(foreign)
    enrol(member(foreign, Role.VOLUNTEER, full_name="Foreign 0"), course)

    client.force_login(network_coordinator)
    response = client.get(network_url(network))
    assert names(response) == {"Ours 0", "Ours 1", "Ours 2", "Ours 3", "Theirs 0"}
    organisations = {row.enrolment.user.full_name: row.organisations for row in response.context["rows"]}
    assert organisations["Theirs 0"] == (other_organisation,)
    [(rated_course, rates)] = response.context["completion_rates"]
    assert rated_course == course
    by_organisation = {rate.organisation: (rate.enrolled, rate.completed, rate.percent) for rate in rates}
    assert by_organisation == {organisation: (4, 3, 75), other_organisation: (1, 0, 0)}
    assert "75 %" in response.content.decode()

    _header, *rows = csv_rows(client.get(network_url(network, "course_report_network_csv")))
    by_name = {row[0]: row for row in rows}
    assert set(by_name) == {"Ours 0", "Ours 1", "Ours 2", "Ours 3", "Theirs 0"}
    assert by_name["Theirs 0"][2] == other_organisation.name
    assert by_name["Ours 0"][3] == course.title


# --- the dashboard panel ------------------------------------------------------------------------------------------


def _panel_for(user):
    request = RequestFactory().get("/da/dashboard/")
    request.user = user
    return reports_dashboard_panel(request)


def test_the_panel_links_leaders_and_coordinators_to_their_reports(organisation, network, leader, network_coordinator):
    panel = _panel_for(leader)
    assert panel is not None and panel.order == 15
    html = panel.render(RequestFactory().get("/"))
    assert reverse("course_report_organisation", kwargs={"slug": organisation.slug}) in html
    assert reverse("course_report_network", kwargs={"slug": network.slug}) not in html
    html = _panel_for(network_coordinator).render(RequestFactory().get("/"))
    assert reverse("course_report_network", kwargs={"slug": network.slug}) in html


def test_no_panel_for_volunteers_members_or_anonymous(organisation, learner):
    assert _panel_for(learner) is None
    assert _panel_for(member(organisation, Role.MEMBER)) is None
    assert _panel_for(AnonymousUser()) is None


def test_the_dashboard_shows_the_panel_to_leaders_only(client, organisation, leader, learner):
    client.force_login(leader)
    url = reverse("course_report_organisation", kwargs={"slug": organisation.slug})
    assert url in client.get(reverse("dashboard")).content.decode()
    client.force_login(learner)
    assert url not in client.get(reverse("dashboard")).content.decode()
