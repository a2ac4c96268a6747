"""The reports cost a fixed number of queries, whatever the number of members, enrolments and lessons."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import CompletionVia, Enrolment, LessonCompletion
from intranet.organisations.models import Membership, Role, User

from . import factories

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


def _add_enrolled_members(organisation, courses, lessons, count: int, *, prefix: str) -> None:
    """`count` new volunteers of `organisation`, each enrolled on `courses` with some lessons done. In bulk."""
    users = User.objects.bulk_create(
        User(email=f"{prefix}{number}@example.org", full_name=f"{prefix} {number:03d}", password="!")  # noqa: S106
        for number in range(count)
    )
    Membership.objects.bulk_create(
        Membership(user=user, organisation=organisation, role=Role.VOLUNTEER) for user in users
    )
    now = timezone.now()
    Enrolment.objects.bulk_create(
        Enrolment(
            user=user,
            course=course,
            last_activity_at=now,
            completed_at=now if number % 3 == 0 else None,
            due_date=timezone.localdate() if number % 4 == 0 else None,
        )
        for number, user in enumerate(users)
        for course in courses
    )
    LessonCompletion.objects.bulk_create(
        LessonCompletion(user=user, lesson=lesson, course=lesson_course, via=CompletionVia.MARKED)
        for number, user in enumerate(users)
        for lesson_course, lesson in lessons[: number % (len(lessons) + 1)]
    )


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)  # the rows are read while the response is sent
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def two_courses(catalogue):
    first = factories.course(catalogue, lessons=3)
    second = factories.course(catalogue, lessons=2)
    lessons = [(course, lesson) for course in (first, second) for lesson in course.get_children().specific()]
    return [first, second], lessons


@pytest.mark.parametrize(
    ("name", "who"),
    [
        ("course_report_organisation", "leader"),
        ("course_report_organisation_csv", "leader"),
        ("course_report_network", "coordinator"),
        ("course_report_network_csv", "coordinator"),
    ],
)
def test_the_reports_cost_the_same_at_10_and_100_members(
    client, name, who, two_courses, organisation, other_organisation, network, leader, network_coordinator
):
    courses, lessons = two_courses
    client.force_login(leader if who == "leader" else network_coordinator)
    target = organisation if name.startswith("course_report_organisation") else network
    url = reverse(name, kwargs={"slug": target.slug})

    _queries(client, url)  # warms the process-wide caches (content types), as any earlier request would
    _add_enrolled_members(organisation, courses, lessons, 10, prefix="a")
    _add_enrolled_members(other_organisation, courses, lessons, 10, prefix="b")
    small = _queries(client, url)
    _add_enrolled_members(organisation, courses, lessons, 90, prefix="c")
    _add_enrolled_members(other_organisation, courses, lessons, 90, prefix="d")
    large = _queries(client, url)

    assert small == large
    assert large <= MAX_QUERIES


def test_filters_cost_no_extra_queries(client, two_courses, organisation, leader):
    courses, lessons = two_courses
    _add_enrolled_members(organisation, courses, lessons, 60, prefix="a")
    client.force_login(leader)
    url = reverse("course_report_organisation", kwargs={"slug": organisation.slug})
    _queries(client, url)  # warms the process-wide caches
    plain = _queries(client, url)
    filtered = _queries(client, f"{url}?status=in_progress&course={courses[0].pk}&q=a+0&page=1")
    assert filtered <= plain
