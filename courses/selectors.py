"""Reads for courses: the catalogue, a course and a lesson with the reader's progress, dashboards and reports.

Progress is counted, never stored: a person's done lessons among the course's *live* lessons. An enrolment
marked complete stays 100 % even when a lesson is added later (the completion is an event that happened).
Every function here costs a fixed number of queries, whatever the number of lessons, people or courses.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, F, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page

from intranet.organisations.models import Membership, Network, Organisation, Role, User
from intranet.organisations.selectors import coordinates, networks_visible_to
from intranet.pages.models import Audience, HomePage, Topic
from intranet.pages.selectors import _with_listing_images, visibility_for

from . import models

CATALOGUE_PAGE_SIZE = 24
REPORT_PAGE_SIZE = 50
DURATIONS = {
    # name: (more than, at most) minutes
    "short": (0, 60),
    "medium": (60, 180),
    "long": (180, None),
}


class Status:
    NOT_ENROLLED = "not_enrolled"
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    OVERDUE = "overdue"


REPORT_STATUSES = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.COMPLETED, Status.OVERDUE)


@dataclass(frozen=True)
class Progress:
    """Where a person stands on a course."""

    enrolled: bool
    done: int
    total: int
    completed: bool
    due_date: datetime.date | None = None

    @property
    def percent(self) -> int:
        if self.completed:
            return 100
        if not self.total:
            return 0
        return min(99, self.done * 100 // self.total)

    @property
    def status(self) -> str:
        if not self.enrolled:
            return Status.NOT_ENROLLED
        if self.completed:
            return Status.COMPLETED
        if self.due_date is not None and self.due_date < timezone.localdate():
            return Status.OVERDUE
        return Status.IN_PROGRESS if self.done else Status.NOT_STARTED


NOT_ENROLLED = Progress(enrolled=False, done=0, total=0, completed=False)


def progress_of(enrolment: models.Enrolment | None, *, done: int, total: int) -> Progress:
    if enrolment is None:
        return Progress(enrolled=False, done=0, total=total, completed=False)
    return Progress(
        enrolled=True,
        done=done,
        total=total,
        completed=enrolment.completed_at is not None,
        due_date=enrolment.due_date,
    )


# --- lessons of courses -------------------------------------------------------------------------------------------


def course_lessons(course: models.CoursePage) -> QuerySet[models.LessonPage]:
    """The course's live lessons in their order, each with its number of quiz questions."""
    return (
        models.LessonPage.objects.live()
        .child_of(course)
        .annotate(question_count=Count("questions", distinct=True))
        .order_by("path")
    )


def live_lesson_ids_by_course(courses) -> dict[int, list[int]]:
    """{course id: [live lesson ids in order]} for `courses`, in one query whatever their number."""
    courses = list(courses)
    if not courses:
        return {}
    condition = Q()
    for course in courses:
        condition |= Q(path__startswith=course.path, depth=course.depth + 1)
    by_path = {course.path: course.pk for course in courses}
    result: dict[int, list[int]] = {course.pk: [] for course in courses}
    rows = models.LessonPage.objects.live().filter(condition).order_by("path").values_list("pk", "path")
    for pk, path in rows:
        result[by_path[path[: -Page.steplen]]].append(pk)
    return result


def course_of_lesson(lesson: models.LessonPage) -> models.CoursePage:
    return models.CoursePage.objects.get(path=lesson.path[: -Page.steplen])


def network_of_page(page: Page) -> Network | None:
    home = HomePage.objects.ancestor_of(page, inclusive=True).select_related("network").first()
    return home.network if home is not None else None


def course_visible_to(*, user: User, course: models.CoursePage) -> bool:
    """Whether `user` may read `course`: it is live and its section is open to them (members-only, org rules)."""
    return course.live and visibility_for(user).allows(course)


def course_get_for_user(*, user: User, pk: int) -> models.CoursePage:
    course = models.CoursePage.objects.live().filter(pk=pk).first()
    if course is None or not course_visible_to(user=user, course=course):
        raise Http404
    return course


def lesson_get_for_user(*, user: User, pk: int) -> models.LessonPage:
    lesson = models.LessonPage.objects.live().filter(pk=pk).first()
    if lesson is None or not visibility_for(user).allows(lesson):
        raise Http404
    return lesson


# --- a person's progress ------------------------------------------------------------------------------------------


def completed_lesson_ids(*, user: User, lesson_ids) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(
        models.LessonCompletion.objects.filter(user=user, lesson_id__in=list(lesson_ids)).values_list(
            "lesson_id", flat=True
        )
    )


def enrolment_for(*, user: User, course: models.CoursePage) -> models.Enrolment | None:
    if not user.is_authenticated:
        return None
    return models.Enrolment.objects.filter(user=user, course=course).first()


def enrolment_progress(enrolment: models.Enrolment) -> Progress:
    """Progress on one enrolment (two queries)."""
    lesson_ids = live_lesson_ids_by_course([enrolment.course])[enrolment.course_id]
    done = completed_lesson_ids(user=enrolment.user, lesson_ids=lesson_ids)
    return progress_of(enrolment, done=len(done), total=len(lesson_ids))


@dataclass(frozen=True)
class LearnerCourse:
    """A course on someone's dashboard: progress and the lesson to continue with."""

    enrolment: models.Enrolment
    progress: Progress
    next_lesson: models.LessonPage | None


def enrolments_for_dashboard(*, user: User) -> list[LearnerCourse]:
    """The person's courses, unfinished first (soonest due first), with progress and where to continue. 3 queries."""
    enrolments = list(
        models.Enrolment.objects.filter(user=user, course__live=True)
        .select_related("course")
        .order_by(
            F("completed_at").asc(nulls_first=True),
            F("due_date").asc(nulls_last=True),
            "-last_activity_at",
            "-created_at",
        )
    )
    lessons = live_lesson_ids_by_course(enrolment.course for enrolment in enrolments)
    all_ids = [pk for ids in lessons.values() for pk in ids]
    done = completed_lesson_ids(user=user, lesson_ids=all_ids)
    next_ids = {}
    for enrolment in enrolments:
        remaining = [pk for pk in lessons[enrolment.course_id] if pk not in done]
        if remaining and enrolment.completed_at is None:
            next_ids[enrolment.pk] = remaining[0]
    next_lessons = models.LessonPage.objects.in_bulk(next_ids.values()) if next_ids else {}
    result = []
    for enrolment in enrolments:
        ids = lessons[enrolment.course_id]
        progress = progress_of(enrolment, done=sum(1 for pk in ids if pk in done), total=len(ids))
        result.append(LearnerCourse(enrolment, progress, next_lessons.get(next_ids.get(enrolment.pk))))
    return result


# --- pages --------------------------------------------------------------------------------------------------------


def _filter_choice(params, name: str, allowed) -> str:
    value = params.get(name, "")
    return value if value in allowed else ""


def course_catalogue(*, index_page: models.CourseIndexPage, params, user: User) -> dict:
    """The catalogue: courses filtered by audience, topic, language and duration, with the reader's status."""
    languages = [code for code, _name in settings.LANGUAGES]
    audience = _filter_choice(params, "audience", Audience.values)
    duration = _filter_choice(params, "duration", DURATIONS)
    language = _filter_choice(params, "language", languages)
    topics = list(Topic.objects.filter(pk__in=_course_topic_ids(index_page)).order_by("sort_order", "name"))
    topic_slug = _filter_choice(params, "topic", {topic.slug for topic in topics})

    courses = models.CoursePage.objects.live().child_of(index_page)
    courses = visibility_for(user).filter(courses)
    if audience:
        courses = courses.filter(audience=audience)
    if topic_slug:
        courses = courses.filter(topic__slug=topic_slug)
    if language:
        # Written in that language: its own title and summary, not the Danish fallback.
        courses = courses.exclude(**{f"title_{language}__isnull": True}).exclude(**{f"title_{language}": ""})
        courses = courses.exclude(**{f"summary_{language}__isnull": True}).exclude(**{f"summary_{language}": ""})
    if duration:
        low, high = DURATIONS[duration]
        courses = courses.filter(estimated_minutes__gt=low)
        if high is not None:
            courses = courses.filter(estimated_minutes__lte=high)
    courses = _with_listing_images(courses.select_related("topic"), "image").order_by("path")
    page = Paginator(courses, CATALOGUE_PAGE_SIZE).get_page(params.get("page"))
    cards = list(page.object_list)
    progress = progress_for_courses(user=user, courses=cards)
    return {
        "courses": [(course, progress[course.pk]) for course in cards],
        "page_obj": page,
        "topics": topics,
        "audiences": Audience.choices,
        "languages": settings.LANGUAGES,
        "durations": DURATIONS,
        "filters": {"audience": audience, "topic": topic_slug, "language": language, "duration": duration},
        "filtered": any((audience, topic_slug, language, duration)),
    }


def _course_topic_ids(index_page):
    return models.CoursePage.objects.live().child_of(index_page).values("topic_id")


def progress_for_courses(*, user: User, courses: list[models.CoursePage]) -> dict[int, Progress]:
    """{course id: the reader's progress} for a list of courses, in three queries."""
    if not user.is_authenticated or not courses:
        return {course.pk: NOT_ENROLLED for course in courses}
    enrolments = {
        enrolment.course_id: enrolment
        for enrolment in models.Enrolment.objects.filter(user=user, course__in=[course.pk for course in courses])
    }
    lessons = live_lesson_ids_by_course([course for course in courses if course.pk in enrolments])
    done = completed_lesson_ids(user=user, lesson_ids=[pk for ids in lessons.values() for pk in ids])
    result = {}
    for course in courses:
        enrolment = enrolments.get(course.pk)
        ids = lessons.get(course.pk, [])
        result[course.pk] = progress_of(enrolment, done=sum(1 for pk in ids if pk in done), total=len(ids))
    return result


def course_page_content(*, course: models.CoursePage, user: User) -> dict:
    """The course page: lessons with the reader's ticks, progress, where to continue, prerequisites, enrol rights."""
    lessons = list(course_lessons(course))
    enrolment = enrolment_for(user=user, course=course)
    done = completed_lesson_ids(user=user, lesson_ids=[lesson.pk for lesson in lessons]) if enrolment else set()
    progress = progress_of(enrolment, done=len(done), total=len(lessons))
    next_lesson = next((lesson for lesson in lessons if lesson.pk not in done), None) if enrolment else None
    prerequisites = [
        link.prerequisite
        for link in course.prerequisites.select_related("prerequisite").order_by("sort_order")
        if link.prerequisite.live
    ]
    return {
        "lessons": [(lesson, lesson.pk in done) for lesson in lessons],
        "enrolment": enrolment,
        "progress": progress,
        "next_lesson": next_lesson,
        "prerequisites": [(p, status) for p, status in _statuses(user, prerequisites)],
        "enrol_rights": enrol_rights(user=user, course=course),
    }


def home_page_courses(*, home: HomePage, user: User, limit: int = 6) -> tuple[models.CourseIndexPage | None, list]:
    """The catalogue under a network's home page and its first `limit` courses with the reader's status. 5 queries."""
    catalogue = models.CourseIndexPage.objects.live().child_of(home).first()
    if catalogue is None:
        return None, []
    courses = visibility_for(user).filter(models.CoursePage.objects.live().child_of(catalogue)).order_by("path")
    return catalogue, _statuses(user, list(courses[:limit]))


def _statuses(user, courses):
    progress = progress_for_courses(user=user, courses=courses)
    return [(course, progress[course.pk]) for course in courses]


@dataclass(frozen=True)
class EnrolRights:
    """Whom `user` may enrol on a course besides themselves."""

    led_organisations: tuple[Organisation, ...] = ()
    coordinated_network: Network | None = None

    def __bool__(self):
        return bool(self.led_organisations or self.coordinated_network)


def enrol_rights(*, user: User, course: models.CoursePage) -> EnrolRights:
    """Organisations of the course's network `user` leads, and the network if they coordinate it. Two queries."""
    if not user.is_authenticated:
        return EnrolRights()
    network = _course_networks(course).annotate(coordinated=coordinates(user=user)).first()
    if network is None:
        return EnrolRights()
    led = tuple(
        Organisation.objects.filter(networks=network, memberships__user=user, memberships__role=Role.LEADER).order_by(
            "name"
        )
    )
    return EnrolRights(led_organisations=led, coordinated_network=network if network.coordinated else None)


def _course_networks(course: models.CoursePage) -> QuerySet[Network]:
    """The network whose catalogue holds `course`: the course's grandparent is the network's home page."""
    return Network.objects.filter(home_page__path=course.path[: -2 * Page.steplen])


def course_network(course: models.CoursePage) -> Network | None:
    """The network whose catalogue holds `course` (catalogue → home page → network). One query."""
    return _course_networks(course).first()


@dataclass(frozen=True)
class QuizState:
    questions: list
    attempts_used: int
    attempts_left: int | None  # None: unlimited
    open_attempt: models.QuizAttempt | None
    last_attempt: models.QuizAttempt | None
    passed: bool

    @property
    def can_start(self) -> bool:
        return not self.passed and (self.attempts_left is None or self.attempts_left > 0 or self.open_attempt)


def quiz_questions(lesson: models.LessonPage) -> list[models.QuizQuestion]:
    """The lesson's questions with their choices, in order: two queries."""
    choices = models.QuizChoice.objects.order_by("sort_order", "pk")
    return list(lesson.questions.order_by("sort_order", "pk").prefetch_related(Prefetch("choices", queryset=choices)))


def quiz_state(*, user: User, lesson: models.LessonPage, questions=None) -> QuizState:
    questions = quiz_questions(lesson) if questions is None else questions
    attempts = list(models.QuizAttempt.objects.filter(user=user, lesson=lesson)) if user.is_authenticated else []
    submitted = [attempt for attempt in attempts if not attempt.is_open]
    open_attempt = next((attempt for attempt in attempts if attempt.is_open), None)
    left = None
    if lesson.attempts_allowed is not None:
        left = max(0, lesson.attempts_allowed - len(submitted) - (1 if open_attempt else 0))
    return QuizState(
        questions=questions,
        attempts_used=len(submitted),
        attempts_left=left,
        open_attempt=open_attempt,
        last_attempt=submitted[0] if submitted else None,
        passed=any(attempt.passed for attempt in submitted),
    )


def lesson_page_content(*, lesson: models.LessonPage, user: User) -> dict:
    """A lesson with its course, its neighbours, whether the reader has done it, and the quiz state."""
    course = course_of_lesson(lesson)
    siblings = list(
        models.LessonPage.objects.live().child_of(course).order_by("path").only("pk", "path", "title", "url_path")
    )
    position = next((index for index, sibling in enumerate(siblings) if sibling.pk == lesson.pk), 0)
    enrolment = enrolment_for(user=user, course=course)
    done = completed_lesson_ids(user=user, lesson_ids=[sibling.pk for sibling in siblings]) if enrolment else set()
    questions = quiz_questions(lesson)
    return {
        "course": course,
        "enrolment": enrolment,
        "lesson_number": position + 1,
        "lesson_total": len(siblings),
        "previous_lesson": siblings[position - 1] if position > 0 else None,
        "next_lesson": siblings[position + 1] if position + 1 < len(siblings) else None,
        "lesson_done": lesson.pk in done,
        "progress": progress_of(enrolment, done=len(done), total=len(siblings)),
        "quiz": quiz_state(user=user, lesson=lesson, questions=questions) if questions else None,
    }


def attempt_get_for_user(*, user: User, pk: int) -> models.QuizAttempt:
    """The person's own attempt, or 404: nobody opens another person's attempt."""
    attempt = models.QuizAttempt.objects.select_related("lesson").filter(pk=pk, user=user).first()
    if attempt is None or not attempt.lesson.live:
        raise Http404
    return attempt


def next_lesson_after(*, lesson: models.LessonPage, course: models.CoursePage) -> models.LessonPage | None:
    """The course's next live lesson after `lesson`, or None when it is the last. One query."""
    return (
        models.LessonPage.objects.live()
        .child_of(course)
        .filter(path__gt=lesson.path)
        .order_by("path")
        .only("pk", "path", "title", "url_path")
        .first()
    )


@dataclass(frozen=True)
class QuestionReview:
    """A question of a submitted attempt: each choice with whether the person chose it, and if they got it right."""

    question: models.QuizQuestion
    choices: list  # [(choice, chosen)]
    right: bool


def quiz_attempt_review(*, attempt: models.QuizAttempt, questions) -> list[QuestionReview]:
    """The attempt's stored answers laid over the lesson's (prefetched) questions. No query of its own.

    Questions added after the attempt show as unanswered; choices removed since are simply not shown.
    """
    answers = {str(key): set(value) for key, value in (attempt.answers or {}).items()}
    reviews = []
    for question in questions:
        chosen = answers.get(str(question.pk), set())
        choices = list(question.choices.all())
        correct = {choice.pk for choice in choices if choice.is_correct}
        reviews.append(
            QuestionReview(
                question=question,
                choices=[(choice, choice.pk in chosen) for choice in choices],
                right=bool(chosen) and chosen == correct,
            )
        )
    return reviews


# --- enrolling others ---------------------------------------------------------------------------------------------


def organisation_members_for_enrolment(*, organisation: Organisation, course: models.CoursePage):
    """The organisation's members with their enrolment on `course` (or None), by name. Two queries."""
    enrolments = models.Enrolment.objects.filter(course=course)
    return (
        Membership.objects.filter(organisation=organisation)
        .select_related("user")
        .prefetch_related(Prefetch("user__enrolments", queryset=enrolments, to_attr="course_enrolments"))
        .order_by("user__full_name", "user__email")
    )


def network_organisations_for_enrolment(*, network: Network) -> QuerySet[Organisation]:
    return network.organisations.annotate(member_count=Count("memberships", distinct=True)).order_by("name")


# --- reports ------------------------------------------------------------------------------------------------------


def _lessons_done_subquery():
    done = (
        models.LessonCompletion.objects.filter(user=OuterRef("user"), course=OuterRef("course"), lesson__live=True)
        .order_by()
        .values("user")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(done, output_field=IntegerField()), Value(0))


def _report_filter(enrolments, params, *, courses) -> tuple[QuerySet, dict]:
    course_ids = {str(course.pk) for course in courses}
    course = _filter_choice(params, "course", course_ids)
    status = _filter_choice(params, "status", REPORT_STATUSES)
    query = params.get("q", "").strip()[:100]
    today = timezone.localdate()
    if course:
        enrolments = enrolments.filter(course_id=int(course))
    if query:
        enrolments = enrolments.filter(Q(user__full_name__icontains=query) | Q(user__email__icontains=query))
    if status == Status.COMPLETED:
        enrolments = enrolments.filter(completed_at__isnull=False)
    elif status == Status.OVERDUE:
        enrolments = enrolments.filter(completed_at__isnull=True, due_date__lt=today)
    elif status == Status.NOT_STARTED:
        enrolments = enrolments.filter(completed_at__isnull=True, lessons_done=0).exclude(due_date__lt=today)
    elif status == Status.IN_PROGRESS:
        enrolments = enrolments.filter(completed_at__isnull=True, lessons_done__gt=0).exclude(due_date__lt=today)
    return enrolments, {"course": course, "status": status, "q": query}


@dataclass(frozen=True)
class ReportRow:
    enrolment: models.Enrolment
    progress: Progress
    organisations: tuple[Organisation, ...] = ()


class Report:
    """Enrolments of a set of people, filtered; rows carry progress. Iterating streams without loading everything."""

    def __init__(
        self,
        *,
        enrolments: QuerySet,
        courses: list,
        lesson_counts: dict[int, int],
        filters: dict,
        network: Network | None = None,
    ):
        self.enrolments = enrolments
        self.courses = courses
        self.lesson_counts = lesson_counts
        self.filters = filters
        self.network = network

    def row(self, enrolment) -> ReportRow:
        progress = progress_of(
            enrolment, done=enrolment.lessons_done, total=self.lesson_counts.get(enrolment.course_id, 0)
        )
        organisations = ()
        if self.network is not None:
            organisations = tuple(membership.organisation for membership in enrolment.user.network_memberships)
        return ReportRow(enrolment, progress, organisations)

    def page(self, number):
        page = Paginator(self.enrolments, REPORT_PAGE_SIZE).get_page(number)
        page.rows = [self.row(enrolment) for enrolment in page.object_list]
        return page

    def __iter__(self):
        for enrolment in self.enrolments.iterator(chunk_size=500):
            yield self.row(enrolment)


def _report(*, people: QuerySet, courses: list, params, network: Network | None = None) -> Report:
    lessons = live_lesson_ids_by_course(courses)
    enrolments = (
        models.Enrolment.objects.filter(user__in=people, course__in=[course.pk for course in courses])
        .select_related("user", "course")
        .annotate(lessons_done=_lessons_done_subquery())
        .order_by("user__full_name", "user__email", "course__path")
    )
    if network is not None:
        memberships = Membership.objects.filter(organisation__networks=network).select_related("organisation")
        enrolments = enrolments.prefetch_related(
            Prefetch(
                "user__memberships", queryset=memberships.order_by("organisation__name"), to_attr="network_memberships"
            )
        )
    enrolments, filters = _report_filter(enrolments, params, courses=courses)
    counts = {pk: len(ids) for pk, ids in lessons.items()}
    return Report(enrolments=enrolments, courses=courses, lesson_counts=counts, filters=filters, network=network)


def courses_of_networks(networks) -> list[models.CoursePage]:
    """The live courses in the catalogues of `networks`, in tree order. One query."""
    homes = list(HomePage.objects.filter(network__in=networks).values_list("path", flat=True))
    if not homes:
        return []
    condition = Q()
    for path in homes:
        condition |= Q(path__startswith=path)
    return list(models.CoursePage.objects.live().filter(condition).order_by("path"))


def organisation_report(*, organisation: Organisation, params) -> Report:
    """A leader's view: every enrolment of the organisation's members on its networks' courses."""
    people = User.objects.filter(memberships__organisation=organisation)
    courses = courses_of_networks(organisation.networks.all())
    return _report(people=people, courses=courses, params=params)


def network_report(*, network: Network, params) -> Report:
    """A coordinator's view: every enrolment of the network's organisations' members on its courses."""
    people = User.objects.filter(memberships__organisation__networks=network).distinct()
    courses = courses_of_networks([network])
    return _report(people=people, courses=courses, params=params, network=network)


@dataclass(frozen=True)
class CompletionRate:
    organisation: Organisation
    course: models.CoursePage
    enrolled: int
    completed: int

    @property
    def percent(self) -> int:
        return self.completed * 100 // self.enrolled if self.enrolled else 0


def network_completion_rates(
    *, network: Network, courses: list[models.CoursePage]
) -> list[tuple[models.CoursePage, list[CompletionRate]]]:
    """For each course, per organisation of the network: enrolled members, completed, rate. Two queries."""
    organisations = list(network.organisations.order_by("name"))
    rows = (
        models.Enrolment.objects.filter(
            course__in=[course.pk for course in courses], user__memberships__organisation__in=organisations
        )
        .values("course_id", "user__memberships__organisation_id")
        .annotate(
            enrolled=Count("pk", distinct=True),
            completed=Count("pk", filter=Q(completed_at__isnull=False), distinct=True),
        )
        .order_by()
    )
    counts = defaultdict(dict)
    for row in rows:
        counts[row["course_id"]][row["user__memberships__organisation_id"]] = (row["enrolled"], row["completed"])
    result = []
    for course in courses:
        rates = [
            CompletionRate(organisation, course, *counts[course.pk].get(organisation.pk, (0, 0)))
            for organisation in organisations
        ]
        result.append((course, [rate for rate in rates if rate.enrolled]))
    return result


# --- who leads and coordinates ------------------------------------------------------------------------------------


def organisations_led_by(user: User) -> QuerySet[Organisation]:
    if not user.is_authenticated:
        return Organisation.objects.none()
    return Organisation.objects.filter(memberships__user=user, memberships__role=Role.LEADER).order_by("name")


def networks_coordinated_by(user: User) -> QuerySet[Network]:
    if not user.is_authenticated:
        return Network.objects.none()
    return Network.objects.filter(coordinators=user).order_by("name")


def leads_or_coordinates(*, user: User, organisation: Organisation) -> bool:
    """Whether `user` leads `organisation` or coordinates one of its networks (who may see its course report)."""
    if not user.is_authenticated:
        return False
    leads = Membership.objects.filter(user=user, organisation=organisation, role=Role.LEADER)
    return leads.exists() or organisation.networks.filter(coordinators=user).exists()


def course_catalogues_for(user: User) -> QuerySet[models.CourseIndexPage]:
    """The live catalogues of the person's networks, for the dashboard and the home page."""
    homes = HomePage.objects.filter(network__in=networks_visible_to(user)).values_list("path", flat=True)
    condition = Q()
    for path in homes:
        condition |= Q(path__startswith=path)
    if not condition:
        return models.CourseIndexPage.objects.none()
    return models.CourseIndexPage.objects.live().filter(condition).order_by("path")


def due_soon_enrolments(*, first: datetime.date, last: datetime.date) -> QuerySet[models.Enrolment]:
    """Unfinished enrolments due between `first` and `last` (inclusive), with the person and the course, for the
    reminder task. The task decides per person, in their own time zone, which reminder (if any) is due."""
    return (
        models.Enrolment.objects.filter(
            completed_at__isnull=True, due_date__range=(first, last), course__live=True, user__is_active=True
        )
        .select_related("user", "course")
        .order_by("pk")
    )


def language_of(user: User) -> str:
    return user.preferred_language or get_language()
