"""Each page costs a fixed number of queries, whatever the number of lessons, questions, courses or enrolments."""

import io
import os

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.cache import SessionStore
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from PIL import Image
from wagtail.images import get_image_model

from courses import services
from courses.models import Enrolment, QuestionKind
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import NetworkFactory, OrganisationFactory, member
from intranet.pages.selectors import visibility_for
from intranet.pages.tests import factories as page_factories

from . import factories

pytestmark = pytest.mark.django_db

# Budgets at what was measured with a warm cache; the equal-cost assertions are what catch an N+1.
# A page of the tree pays ~16 queries before the courses code runs: session and user (2), site (1), Wagtail's
# route through the tree (6), the reader's section visibility (5, once per request) and Wagtail's own view
# restriction check (2); the CMS user bar adds 2 permission queries. The course page's own share is 10: lessons,
# enrolment, completed lessons, prerequisites and their status, enrol rights (2), topic, cover image rendition.
COURSE_PAGE_MAX_QUERIES = 30
# What the course page adds to that: lessons, enrolment, completed lessons, prerequisites and the reader's status
# on them, enrol rights (network, led organisations), cover image, breadcrumbs, topic.
COURSE_PAGE_OWN_MAX_QUERIES = 10
LESSON_PAGE_MAX_QUERIES = 29
CATALOGUE_MAX_QUERIES = 25
DASHBOARD_MAX_QUERIES = 28  # measured 28 for a leader with enrolments: every feature panel included (forums too)
ATTEMPT_MAX_QUERIES = 17


def url_in(page, language: str = "da") -> str:
    with translation.override(language):
        return page.url


def queries_for(client, url, *, show=False):
    """Queries of one GET of `url` after a first GET warmed content types and the session (cache emptied between)."""
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    if show or os.environ.get("SHOW_QUERIES"):  # SHOW_QUERIES=1 pytest -s prints them
        for number, query in enumerate(context.captured_queries, 1):
            print(number, query["sql"][:300])
    return len(context.captured_queries)


def image():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), "teal").save(buffer, format="PNG")
    return get_image_model().objects.create(title="Kursus", file=ImageFile(buffer, name="course.png"))


def network_with_learner():
    """A fresh network with a members-only catalogue and an enrolled-to-be volunteer who also leads an organisation."""
    network = NetworkFactory()
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    catalogue = factories.catalogue(page_factories.home_page(network))
    person = member(organisation, Role.LEADER)
    return catalogue, person


def course_with(catalogue, person, lessons: int):
    prerequisite = factories.course(catalogue, lessons=1)
    course = factories.course(catalogue, image=image())
    course.prerequisites.create(prerequisite=prerequisite)
    course.save_revision().publish()
    made = [factories.lesson(course) for _ in range(lessons)]
    Enrolment.objects.create(user=person, course=course)
    for lesson in made[: lessons // 2]:
        services.lesson_mark_done(user=person, lesson=lesson)
    return course


def test_course_page_costs_the_same_for_3_and_30_lessons(client, django_assert_max_num_queries):
    catalogue, person = network_with_learner()
    small = course_with(catalogue, person, 3)
    large = course_with(catalogue, person, 30)
    client.force_login(person)
    assert queries_for(client, url_in(large, "ar")) == queries_for(client, url_in(small, "ar"))
    with django_assert_max_num_queries(COURSE_PAGE_MAX_QUERIES):
        client.get(url_in(large, "ar"))


def test_lesson_page_with_a_quiz_costs_a_fixed_number(client, django_assert_max_num_queries):
    catalogue, person = network_with_learner()
    course = factories.course(catalogue)
    question = (QuestionKind.SINGLE, "Spørgsmål", [("Ja", True), ("Nej", False), ("Måske", False)])
    small_course = factories.course(catalogue)
    small = factories.lesson(small_course, questions=[question])
    for _ in range(3):
        factories.lesson(course)
    large = factories.lesson(course, questions=[question] * 5)
    for _ in range(10):
        factories.lesson(course)
    for each in (course, small_course):
        Enrolment.objects.create(user=person, course=each)
    services.quiz_attempt_submit(
        attempt=services.quiz_attempt_start(user=person, lesson=large),
        user=person,
        answers=factories.wrong_answers(large),
    )
    client.force_login(person)
    assert queries_for(client, url_in(large, "fr")) == queries_for(client, url_in(small, "fr"))
    with django_assert_max_num_queries(LESSON_PAGE_MAX_QUERIES):
        client.get(url_in(large, "fr"))


def test_catalogue_costs_the_same_for_3_and_20_courses(client, django_assert_max_num_queries):
    small_catalogue, person = network_with_learner()
    large_catalogue, _other = network_with_learner()
    large_catalogue.get_parent().specific.network.organisations.add(person.memberships.get().organisation)
    for catalogue, count in ((small_catalogue, 3), (large_catalogue, 20)):
        for number in range(count):
            course = factories.course(catalogue, lessons=2, image=image() if number % 2 else None)
            if number % 3 == 0:
                Enrolment.objects.create(user=person, course=course)
    client.force_login(person)
    assert queries_for(client, url_in(large_catalogue)) == queries_for(client, url_in(small_catalogue))
    with django_assert_max_num_queries(CATALOGUE_MAX_QUERIES):
        client.get(url_in(large_catalogue))


def test_dashboard_and_my_courses_cost_the_same_for_1_and_10_enrolments(client, django_assert_max_num_queries):
    catalogue, few = network_with_learner()
    many = member(few.memberships.get().organisation, Role.VOLUNTEER)
    courses = [factories.course(catalogue, lessons=2) for _ in range(10)]
    Enrolment.objects.create(user=few, course=courses[0])
    for course in courses:
        Enrolment.objects.create(user=many, course=course)
    counts = {}
    for person in (few, many):
        client.force_login(person)
        counts[person.pk] = (queries_for(client, "/da/dashboard/"), queries_for(client, "/da/courses/mine/"))
    assert counts[few.pk] == counts[many.pk]
    with django_assert_max_num_queries(DASHBOARD_MAX_QUERIES):
        client.get("/da/dashboard/")


def test_attempt_pages_cost_the_same_for_3_and_10_questions(client, django_assert_max_num_queries):
    catalogue, person = network_with_learner()
    course = factories.course(catalogue)
    Enrolment.objects.create(user=person, course=course)
    question = (QuestionKind.MULTIPLE, "Spørgsmål", [("A", True), ("B", False), ("C", True)])
    small = factories.lesson(course, questions=[question] * 3)
    large = factories.lesson(course, questions=[question] * 10)
    client.force_login(person)
    open_counts, result_counts = [], []
    for lesson in (small, large):
        attempt = services.quiz_attempt_start(user=person, lesson=lesson)
        open_counts.append(queries_for(client, f"/da/courses/attempts/{attempt.pk}/"))
        services.quiz_attempt_submit(attempt=attempt, user=person, answers=factories.wrong_answers(lesson))
        result_counts.append(queries_for(client, f"/da/courses/attempts/{attempt.pk}/"))
    assert open_counts[0] == open_counts[1]
    assert result_counts[0] == result_counts[1]
    with django_assert_max_num_queries(ATTEMPT_MAX_QUERIES):
        client.get(f"/da/courses/attempts/{attempt.pk}/")


def own_queries_of(page, person) -> int:
    """Queries of rendering `page` for `person` once Wagtail has routed the request and the reader's section
    visibility is known: the page's own share of the cost (its context, its template, the base template)."""
    request = RequestFactory().get(page.url)
    request.user = person
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    visibility_for(person)  # computed once per request, before the page is served
    type(page).objects.get(pk=page.pk).serve(request).render()  # warm content types and renditions
    fresh = type(page).objects.get(pk=page.pk)
    with CaptureQueriesContext(connection) as context:
        fresh.serve(request).render()
    return len(context.captured_queries)


def test_the_course_page_itself_costs_at_most_10_queries_for_3_or_30_lessons():
    catalogue, person = network_with_learner()
    small, large = course_with(catalogue, person, 3), course_with(catalogue, person, 30)
    counts = own_queries_of(small, person), own_queries_of(large, person)
    assert counts[0] == counts[1]
    assert counts[1] <= COURSE_PAGE_OWN_MAX_QUERIES
