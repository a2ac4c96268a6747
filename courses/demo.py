"""Load the demo's courses: for each demo network a members-only catalogue with three courses (described in
`demo_content*.py`), and demo people at every stage of them, enrolled and progressing through the services.

Idempotent: the catalogue, a course and a lesson are found by slug and only created when missing; a person is
only enrolled when not yet on the course, and only the lessons they have not completed are completed. Pages are
built with the pages demo's loader (`intranet.pages.demo`), so they are published through a revision and get the
same generated cover images and block conversion as the library.
"""

import datetime
from collections import Counter
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone, translation
from wagtail.models import Page

from intranet.organisations import demo as organisations_demo
from intranet.organisations.models import Network, User
from intranet.pages import demo as pages_demo
from intranet.pages.models import FALLBACK_LANGUAGE, HomePage, VideoLessonPage
from intranet.pages.services import section_make_members_only

from . import services
from .demo_content import (
    ALLIANCEN,
    CATALOGUE_INTRODUCTIONS,
    CATALOGUE_SLUG,
    CATALOGUE_TITLE,
    TANGER,
    Course,
    CourseLesson,
    EmbeddedVideo,
    Question,
)
from .demo_content_ethics import ETHICS_AND_CONFIDENTIALITY
from .demo_content_first_aid import FIRST_AID_BASICS
from .demo_content_fundraising import FUNDRAISING
from .demo_content_leading import LEADING_VOLUNTEERS
from .models import (
    CourseIndexPage,
    CoursePage,
    CoursePrerequisite,
    Enrolment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
    QuizChoice,
    QuizQuestion,
)

COURSES = {
    course.slug: course for course in (LEADING_VOLUNTEERS, FIRST_AID_BASICS, ETHICS_AND_CONFIDENTIALITY, FUNDRAISING)
}
# The same content is loaded as separate pages in each network's catalogue, in this order.
NETWORK_COURSES = {
    TANGER: (LEADING_VOLUNTEERS.slug, FIRST_AID_BASICS.slug, ETHICS_AND_CONFIDENTIALITY.slug),
    ALLIANCEN: (FIRST_AID_BASICS.slug, FUNDRAISING.slug, LEADING_VOLUNTEERS.slug),
}

_translated = pages_demo.translated_fields


# --- the people ---------------------------------------------------------------------------------------------------


def leader(organisation: str) -> str:
    return f"leader.{organisation}@{organisations_demo.EMAIL_DOMAIN}"


def volunteer(organisation: str, number: int) -> str:
    return f"volunteer{number}.{organisation}@{organisations_demo.EMAIL_DOMAIN}"


@dataclass(frozen=True)
class Learner:
    """A demo person on a course. `lessons_done`: how many lessons (in order) they completed; None for all.

    `due_in_days` sets a due date; a negative one makes the enrolment overdue (set on the enrolment directly, as the
    service refuses past dates). `fails_first` fails the first quiz once before passing it."""

    network: str
    email: str
    course: str
    lessons_done: int | None
    due_in_days: int | None = None
    fails_first: bool = False


@dataclass(frozen=True)
class TeamEnrolment:
    """An organisation's leader enrols all its volunteers on a course, with a due date."""

    network: str
    organisation: str
    course: str
    due_in_days: int


TEAM_ENROLMENTS = (
    TeamEnrolment(TANGER, "secouristes-marshan", FIRST_AID_BASICS.slug, due_in_days=30),
    TeamEnrolment(ALLIANCEN, "foerstehjaelpsvagten-vejle", FIRST_AID_BASICS.slug, due_in_days=21),
)

LEARNERS = (
    # Tangier: first aid for the Marshan first-aiders (enrolled by their leader), with one who failed a quiz first.
    Learner(TANGER, volunteer("secouristes-marshan", 1), FIRST_AID_BASICS.slug, None, fails_first=True),
    Learner(TANGER, volunteer("secouristes-marshan", 2), FIRST_AID_BASICS.slug, 2),  # Arabic-speaking, halfway
    Learner(TANGER, volunteer("secouristes-marshan", 3), FIRST_AID_BASICS.slug, 0),
    Learner(TANGER, volunteer("espace-escale", 1), FIRST_AID_BASICS.slug, 1),  # French-speaking, started
    Learner(TANGER, leader("dar-yasmine"), LEADING_VOLUNTEERS.slug, None),
    Learner(TANGER, leader("passerelle-jeunesse"), LEADING_VOLUNTEERS.slug, 2),  # French-speaking, halfway
    Learner(TANGER, leader("espace-escale"), LEADING_VOLUNTEERS.slug, 0, due_in_days=5),
    Learner(TANGER, volunteer("dar-yasmine", 1), ETHICS_AND_CONFIDENTIALITY.slug, 1),  # Arabic-speaking, started
    Learner(TANGER, volunteer("fondation-haqq", 1), ETHICS_AND_CONFIDENTIALITY.slug, None),
    Learner(TANGER, volunteer("fondation-haqq", 2), ETHICS_AND_CONFIDENTIALITY.slug, 1, due_in_days=-10),
    # Alliancen: the Vejle first-aid watch (enrolled by their leader), and leaders on leadership and fundraising.
    Learner(ALLIANCEN, volunteer("foerstehjaelpsvagten-vejle", 1), FIRST_AID_BASICS.slug, None, fails_first=True),
    Learner(ALLIANCEN, volunteer("foerstehjaelpsvagten-vejle", 2), FIRST_AID_BASICS.slug, 2),
    Learner(ALLIANCEN, volunteer("foerstehjaelpsvagten-vejle", 3), FIRST_AID_BASICS.slug, 0),
    Learner(ALLIANCEN, volunteer("kvindernes-stue-norrebro", 1), FIRST_AID_BASICS.slug, 3, due_in_days=14),
    Learner(ALLIANCEN, leader("kvindernes-stue-norrebro"), LEADING_VOLUNTEERS.slug, None),
    Learner(ALLIANCEN, leader("kvindernes-stue-norrebro"), FUNDRAISING.slug, 1),
    Learner(ALLIANCEN, leader("lektiecafeen-vollsmose"), LEADING_VOLUNTEERS.slug, 2),
    Learner(ALLIANCEN, leader("ungekraft-gellerup"), LEADING_VOLUNTEERS.slug, 0, due_in_days=-7),
    Learner(ALLIANCEN, leader("vejviseren-aalborg"), FUNDRAISING.slug, 0, due_in_days=5),
)


# --- loading ------------------------------------------------------------------------------------------------------


def courses_demo_load(*, created: Counter) -> None:
    """Idempotent: finds what exists and adds only what is missing."""
    with transaction.atomic(), translation.override(FALLBACK_LANGUAGE), pages_demo.quiet_logger("wagtail"):
        loader = _CourseLoader(created)
        courses = {}
        for network in Network.objects.filter(slug__in=NETWORK_COURSES):
            home = HomePage.objects.filter(network=network).first()
            if home is not None:
                courses[network.slug] = loader.network_load(home, NETWORK_COURSES[network.slug])
        _team_enrolments_load(courses, created)
        _learners_load(courses, created)


class _CourseLoader(pages_demo.PageLoader):
    """The pages demo's loader (finding, building and publishing pages; images; blocks), for course pages."""

    def network_load(self, home: HomePage, slugs: tuple[str, ...]) -> dict[str, CoursePage]:
        self.videos = {page.slug: page for page in VideoLessonPage.objects.descendant_of(home)}
        catalogue, is_new = self._child(
            home,
            CATALOGUE_SLUG,
            lambda: CourseIndexPage(
                **_translated("title", CATALOGUE_TITLE),
                **_translated("introduction", CATALOGUE_INTRODUCTIONS[home.network.slug]),
            ),
        )
        if is_new:
            section_make_members_only(page=catalogue)
        pages, new = {}, []
        for slug in slugs:
            course = COURSES[slug]
            page, is_new = self._child(catalogue, slug, lambda course=course: self._course(course))
            pages[slug] = page
            if is_new:
                self.created["courses"] += 1
                new.append(course)
            for lesson in course.lessons:
                _lesson, is_new = self._child(page, lesson.slug, lambda lesson=lesson: self._course_lesson(lesson))
                self.created["lessons"] += is_new
                self.created["quiz questions"] += len(lesson.questions) if is_new else 0
        for course in new:  # prerequisites once all courses of the catalogue exist
            firsts = [pages[slug] for slug in course.prerequisites if slug in pages]
            if firsts:
                page = pages[course.slug]
                page.prerequisites = [
                    CoursePrerequisite(prerequisite=first, sort_order=order) for order, first in enumerate(firsts)
                ]
                page.save_revision().publish()
        return pages

    def _course(self, course: Course) -> CoursePage:
        return CoursePage(
            topic=self.topics[course.topic],
            audience=course.audience,
            estimated_minutes=course.minutes,
            image=self._image(course.picture, course.title.da, f"course-{course.slug}"),
            **_translated("title", course.title),
            **_translated("summary", course.summary),
            **_translated("learning_outcomes", course.learning_outcomes),
        )

    def _course_lesson(self, lesson: CourseLesson) -> LessonPage:
        # A video lesson the network's library lacks is left out rather than embedded empty.
        blocks = tuple(
            block for block in lesson.body if not isinstance(block, EmbeddedVideo) or block.slug in self.videos
        )
        page = LessonPage(
            estimated_minutes=lesson.minutes,
            pass_mark=lesson.pass_mark,
            attempts_allowed=lesson.attempts_allowed,
            **_translated("title", lesson.title),
            **_translated("summary", lesson.summary),
            **self._streams("body", blocks),
        )
        for order, question in enumerate(lesson.questions):
            page.questions.add(_question(question, order))
        return page

    def _block(self, block, language: str) -> dict:
        if isinstance(block, EmbeddedVideo):
            return {"type": "embedded_video", "value": {"lesson": self.videos[block.slug].pk}}
        return super()._block(block, language)


def _question(question: Question, order: int) -> QuizQuestion:
    item = QuizQuestion(
        sort_order=order,
        kind=question.kind,
        **_translated("text", question.text),
        **_translated("explanation", question.explanation),
    )
    item.choices = [
        QuizChoice(
            sort_order=number,
            is_correct=choice.correct,
            **_translated("text", choice.text),
            **_translated("feedback", choice.feedback),
        )
        for number, choice in enumerate(question.choices)
    ]
    return item


# --- people on the courses ----------------------------------------------------------------------------------------


def _people(emails) -> dict[str, User]:
    return {user.email.lower(): user for user in User.objects.filter(email__in=list(emails))}


def _team_enrolments_load(courses: dict[str, dict[str, CoursePage]], created: Counter) -> None:
    leaders = _people(leader(team.organisation) for team in TEAM_ENROLMENTS)
    for team in TEAM_ENROLMENTS:
        course = courses.get(team.network, {}).get(team.course)
        actor = leaders.get(leader(team.organisation))
        if course is None or actor is None:
            continue
        if Enrolment.objects.filter(course=course, enrolled_by=actor).exists():
            continue
        organisation = actor.memberships.get(organisation__slug=team.organisation).organisation
        new, _updated = services.course_enrol_members(
            actor=actor,
            course=course,
            organisation=organisation,
            all_volunteers=True,
            due_date=timezone.localdate() + datetime.timedelta(days=team.due_in_days),
        )
        created["enrolments"] += new


def _learners_load(courses: dict[str, dict[str, CoursePage]], created: Counter) -> None:
    people = _people(learner.email for learner in LEARNERS)
    for learner in LEARNERS:
        course = courses.get(learner.network, {}).get(learner.course)
        user = people.get(learner.email)
        if course is None or user is None:
            continue
        if not Enrolment.objects.filter(user=user, course=course).exists():
            _enrol(user, course, learner.due_in_days)
            created["enrolments"] += 1
        _progress(user, course, learner, created)


def _enrol(user: User, course: CoursePage, due_in_days: int | None) -> None:
    today = timezone.localdate()
    due_date = today + datetime.timedelta(days=due_in_days) if due_in_days is not None else None
    if due_date is None or due_date >= today:
        services.enrolment_create(user=user, course=course, due_date=due_date)
        return
    enrolment, _created = services.enrolment_create(user=user, course=course)
    # Overdue: enrolled well before the due date, which has passed (the service only takes future dates).
    Enrolment.objects.filter(pk=enrolment.pk).update(
        due_date=due_date, created_at=timezone.now() - datetime.timedelta(days=30 - due_in_days)
    )


def _progress(user: User, course: CoursePage, learner: Learner, created: Counter) -> None:
    lessons = [page.specific for page in Page.objects.child_of(course).live().order_by("path")]
    wanted = lessons if learner.lessons_done is None else lessons[: learner.lessons_done]
    done = set(LessonCompletion.objects.filter(user=user, lesson__in=lessons).values_list("lesson_id", flat=True))
    may_fail = learner.fails_first and not QuizAttempt.objects.filter(user=user, lesson__in=lessons).exists()
    for lesson in wanted:
        if lesson.pk in done:
            continue
        questions = list(lesson.questions.prefetch_related("choices"))
        if not questions:
            services.lesson_mark_done(user=user, lesson=lesson)
        else:
            if may_fail:
                _quiz_take(user, lesson, questions, right=False)
                created["quiz attempts"] += 1
                may_fail = False
            _quiz_take(user, lesson, questions, right=True)
            created["quiz attempts"] += 1
        created["completed lessons"] += 1


def _quiz_take(user: User, lesson: LessonPage, questions: list[QuizQuestion], *, right: bool) -> None:
    """Answer every question: all right, or with a wrong choice each (a failed attempt)."""
    answers = {}
    for question in questions:
        choices = list(question.choices.all())
        if right:
            answers[question.pk] = [choice.pk for choice in choices if choice.is_correct]
        else:
            answers[question.pk] = [next(choice.pk for choice in choices if not choice.is_correct)]
    attempt = services.quiz_attempt_start(user=user, lesson=lesson)
    services.quiz_attempt_submit(attempt=attempt, user=user, answers=answers)
