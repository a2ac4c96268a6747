"""The courses demo (`courses.demo`): each network's members-only catalogue with its three courses, in three
languages, with quizzes that can be passed, and demo people at every stage; loading it again adds nothing."""

import io
import re
from collections import Counter

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from courses import demo
from courses.models import (
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuestionKind,
    QuizAttempt,
    QuizChoice,
    QuizQuestion,
)
from intranet.organisations.models import User
from intranet.pages.models import HomePage, VideoLessonPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("da", "ar", "fr")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
EXPECTED = {
    "tanger": ["leading-volunteers", "first-aid-basics", "ethics-and-confidentiality"],
    "alliancen": ["first-aid-basics", "fundraising-for-small-associations", "leading-volunteers"],
}


def load() -> Counter:
    """The whole demo (networks, people, library, and whatever features registered), then the courses demo."""
    call_command("demo_data", force=True, quiet=True, stdout=io.StringIO(), stderr=io.StringIO())
    created = Counter()
    demo.courses_demo_load(created=created)
    return created


def stored_counts() -> list[int]:
    models = (CoursePage, LessonPage, QuizQuestion, QuizChoice, Enrolment, LessonCompletion, QuizAttempt)
    return [model.objects.count() for model in models] + [PageViewRestriction.objects.count()]


def user(email: str) -> User:
    return User.objects.get(email=email)


def enrolment(email: str, network: str, course: str) -> Enrolment:
    return Enrolment.objects.select_related("course").get(
        user__email=email, course__slug=course, course__path__startswith=home(network).path
    )


def home(network: str) -> HomePage:
    return HomePage.objects.get(network__slug=network)


def lessons_done(enrolment: Enrolment) -> int:
    return LessonCompletion.objects.filter(user=enrolment.user, course=enrolment.course).count()


def test_demo_courses_people_and_a_second_load_adds_nothing(client):
    load()
    counts = stored_counts()

    check_catalogues()
    check_translations()
    check_quizzes()
    check_people()
    check_a_learner_sees_her_course(client)

    created = Counter()
    demo.courses_demo_load(created=created)
    assert +created == Counter()
    assert stored_counts() == counts


def check_catalogues():
    for network, slugs in EXPECTED.items():
        catalogue = home(network).get_children().get(slug="courses").specific
        assert isinstance(catalogue, CourseIndexPage) and catalogue.live
        assert catalogue.get_view_restrictions().get().restriction_type == PageViewRestriction.LOGIN
        assert all(getattr(catalogue, f"title_{language}") for language in LANGUAGES)
        courses = [page.specific for page in catalogue.get_children().live().order_by("path")]
        assert [course.slug for course in courses] == slugs
        for course in courses:
            assert course.image is not None and course.estimated_minutes > 0
            assert 3 <= course.get_children().live().count() <= 4
    assert len(set(CoursePage.objects.values_list("slug", flat=True))) == 4
    assert CoursePage.objects.count() == 6

    fundraising = CoursePage.objects.get(slug="fundraising-for-small-associations")
    first = [item.prerequisite for item in fundraising.prerequisites.all()]
    assert [(page.slug, page.get_parent().pk) for page in first] == [
        ("leading-volunteers", fundraising.get_parent().pk)
    ]
    assert not CoursePage.objects.get(slug="ethics-and-confidentiality").prerequisites.exists()

    # The Tangier library has the recovery-position video, so its lesson plays it; Alliancen's has none to embed.
    for network, expected in (("tanger", True), ("alliancen", False)):
        lesson = LessonPage.objects.descendant_of(home(network)).get(slug="recovery-position")
        videos = [block.value["lesson"] for block in lesson.body if block.block_type == "embedded_video"]
        assert bool(videos) is expected
        if videos:
            assert isinstance(videos[0].specific, VideoLessonPage)
            assert videos[0].is_descendant_of(home(network))


def check_translations():
    for course in CoursePage.objects.all():
        for field in ("title", "summary", "learning_outcomes"):
            values = [getattr(course, f"{field}_{language}") for language in LANGUAGES]
            assert all(values) and len(set(values)) == 3, (course.slug, field)
            assert ARABIC_LETTER.search(values[1]), (course.slug, field)
        assert course.learning_outcomes_fr.startswith("<ul>")
    for lesson in LessonPage.objects.all():
        for field in ("title", "summary"):
            values = [getattr(lesson, f"{field}_{language}") for language in LANGUAGES]
            assert all(values) and ARABIC_LETTER.search(values[1]), (lesson.slug, field)
        bodies = [getattr(lesson, f"body_{language}") for language in LANGUAGES]
        assert all(2 <= len(body) <= 4 for body in bodies), lesson.slug
        assert ARABIC_LETTER.search(str(bodies[1].raw_data)), lesson.slug
    for question in QuizQuestion.objects.all():
        for field in ("text", "explanation"):
            values = [getattr(question, f"{field}_{language}") for language in LANGUAGES]
            assert all(values) and ARABIC_LETTER.search(values[1]), (question.pk, field)
    for choice in QuizChoice.objects.all():
        for field in ("text", "feedback"):
            assert all(getattr(choice, f"{field}_{language}") for language in LANGUAGES), (choice.pk, field)


def check_quizzes():
    kinds = set()
    for course in CoursePage.objects.all():
        quizzes = [lesson for lesson in LessonPage.objects.child_of(course) if lesson.questions.exists()]
        assert quizzes, course.slug
        if course.slug == "first-aid-basics":
            assert len(quizzes) >= 2
        for lesson in quizzes:
            assert 3 <= lesson.questions.count() <= 5 and 70 <= lesson.pass_mark <= 80, lesson.slug
            for question in lesson.questions.prefetch_related("choices"):
                kinds.add(question.kind)
                correct = [choice.is_correct for choice in question.choices.all()]
                assert len(correct) >= 2 and not all(correct), question.text
                if question.kind == QuestionKind.MULTIPLE:
                    assert sum(correct) >= 1, question.text
                else:
                    assert sum(correct) == 1, question.text
    assert kinds == set(QuestionKind.values)
    attempts = set(LessonPage.objects.filter(questions__isnull=False).values_list("attempts_allowed", flat=True))
    assert None in attempts and 3 in attempts


def check_people():
    today = timezone.localdate()
    marshan = "secouristes-marshan@demo.shabaka.org"

    # Completed, after failing the first quiz once.
    done = enrolment(f"volunteer1.{marshan}", "tanger", "first-aid-basics")
    assert done.completed_at is not None and lessons_done(done) == 4
    attempts = QuizAttempt.objects.filter(user=done.user).order_by("started_at", "pk")
    assert [attempt.passed for attempt in attempts][:2] == [False, True]
    assert all(attempt.passed for attempt in attempts[1:])
    assert enrolment("leader.dar-yasmine@demo.shabaka.org", "tanger", "leading-volunteers").completed_at is not None

    # The leader of the Marshan first-aiders enrolled all its volunteers, with a due date.
    leader = user(f"leader.{marshan}")
    team = Enrolment.objects.filter(enrolled_by=leader)
    assert team.count() == 3 and all(item.due_date and item.due_date > today for item in team)

    # Halfway: an Arabic-speaking volunteer and a French-speaking leader in Tangier.
    halfway = enrolment(f"volunteer2.{marshan}", "tanger", "first-aid-basics")
    assert halfway.user.preferred_language == "ar"
    assert halfway.completed_at is None and lessons_done(halfway) == 2
    french = enrolment("leader.passerelle-jeunesse@demo.shabaka.org", "tanger", "leading-volunteers")
    assert french.user.preferred_language == "fr"
    assert french.completed_at is None and lessons_done(french) == 2

    # Enrolled, not started; due in five days; overdue.
    waiting = enrolment(f"volunteer3.{marshan}", "tanger", "first-aid-basics")
    assert lessons_done(waiting) == 0 and waiting.completed_at is None
    soon = enrolment("leader.espace-escale@demo.shabaka.org", "tanger", "leading-volunteers")
    assert (soon.due_date - today).days == 5 and lessons_done(soon) == 0
    overdue = enrolment("volunteer2.fondation-haqq@demo.shabaka.org", "tanger", "ethics-and-confidentiality")
    assert overdue.due_date < today and overdue.completed_at is None
    assert overdue.created_at.date() < overdue.due_date

    # Alliancen has people at every stage too.
    alliancen = Enrolment.objects.filter(course__path__startswith=home("alliancen").path)
    assert alliancen.filter(completed_at__isnull=False).exists()
    assert alliancen.filter(completed_at__isnull=True, due_date__lt=today).exists()
    mette = enrolment(
        "leader.kvindernes-stue-norrebro@demo.shabaka.org", "alliancen", "fundraising-for-small-associations"
    )
    assert lessons_done(mette) == 1


def check_a_learner_sees_her_course(client):
    halfway = enrolment("volunteer2.secouristes-marshan@demo.shabaka.org", "tanger", "first-aid-basics")
    client.force_login(halfway.user)
    lesson = LessonPage.objects.child_of(halfway.course).get(slug="recovery-position")
    for page in (halfway.course, lesson):
        response = client.get(page.get_url())
        assert response.status_code == 200, page.get_url()
    client.logout()
    assert client.get(halfway.course.get_url()).status_code in (302, 403)
