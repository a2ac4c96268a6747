"""Writes for courses: enrolling (oneself, members, whole organisations), completing lessons, quiz attempts.

A course is complete when all its live lessons are. Completing one runs, after the transaction commits, every
function registered for the Wagtail hook `shabaka_course_completed` with `enrolment=` (certification issues
certificates that way, without this app knowing it exists).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail import hooks

from intranet.organisations.models import Membership, Organisation, Role, User

from . import selectors
from .models import (
    CompletionVia,
    CoursePage,
    Enrolment,
    EnrolmentReminder,
    LessonCompletion,
    LessonPage,
    QuestionKind,
    QuizAttempt,
)

COURSE_COMPLETED_HOOK = "shabaka_course_completed"


class QuizError(Exception):
    """A quiz action that cannot be done: a clear message for the person, nothing changed."""


class TamperedAnswers(Exception):
    """Submitted answers no honest form can produce (a choice of another question, two answers to a single
    choice, an unknown question). The view answers 400; nothing is stored."""


# --- enrolling ----------------------------------------------------------------------------------------------------


def _check_due_date(due_date: datetime.date | None) -> None:
    if due_date is not None and due_date < timezone.localdate():
        raise ValidationError({"due_date": _("The due date cannot be in the past.")})


@transaction.atomic
def enrolment_create(
    *, user: User, course: CoursePage, enrolled_by: User | None = None, due_date: datetime.date | None = None
) -> tuple[Enrolment, bool]:
    """Put `user` on `course` (once). An existing enrolment is kept; a due date given by someone else updates it."""
    if not selectors.course_visible_to(user=user, course=course):
        raise PermissionDenied
    _check_due_date(due_date)
    enrolment, created = Enrolment.objects.get_or_create(
        user=user,
        course=course,
        defaults={"enrolled_by": enrolled_by, "due_date": due_date, "last_activity_at": timezone.now()},
    )
    if not created and due_date is not None and enrolment.due_date != due_date and enrolment.completed_at is None:
        enrolment.due_date = due_date
        enrolment.save(update_fields=["due_date"])
    return enrolment, created


@transaction.atomic
def enrolment_withdraw(*, enrolment: Enrolment, user: User) -> None:
    """A person leaves a course they enrolled on themselves; what they completed stays recorded."""
    if enrolment.user_id != user.pk:
        raise PermissionDenied
    enrolment.delete()


def _enrol_many(*, users: Iterable[User], course: CoursePage, enrolled_by: User, due_date) -> tuple[int, int]:
    """Enrol `users` in bulk (they are already known to be allowed). Returns (newly enrolled, due date updated)."""
    users = list(users)
    existing = {
        enrolment.user_id: enrolment
        for enrolment in Enrolment.objects.filter(course=course, user__in=[user.pk for user in users])
    }
    now = timezone.now()
    new = [
        Enrolment(user=user, course=course, enrolled_by=enrolled_by, due_date=due_date, last_activity_at=now)
        for user in users
        if user.pk not in existing
    ]
    Enrolment.objects.bulk_create(new, ignore_conflicts=True)
    updated = 0
    if due_date is not None:
        updated = Enrolment.objects.filter(
            pk__in=[enrolment.pk for enrolment in existing.values() if enrolment.due_date != due_date],
            completed_at__isnull=True,
        ).update(due_date=due_date)
    return len(new), updated


@transaction.atomic
def course_enrol_members(
    *,
    actor: User,
    course: CoursePage,
    organisation: Organisation,
    users: Iterable[User] | None = None,
    all_volunteers: bool = False,
    due_date: datetime.date | None = None,
) -> tuple[int, int]:
    """A leader enrols members of their organisation: chosen people, or all its volunteers.

    Refused (PermissionDenied) unless `actor` leads `organisation`, the organisation belongs to the course's network
    and every chosen person is a member of the organisation. Returns (newly enrolled, due dates updated).
    """
    _check_due_date(due_date)
    if not Membership.objects.filter(user=actor, organisation=organisation, role=Role.LEADER).exists():
        raise PermissionDenied
    network = selectors.course_network(course)
    if network is None or not organisation.networks.filter(pk=network.pk).exists():
        raise PermissionDenied
    members = User.objects.filter(memberships__organisation=organisation, is_active=True)
    if all_volunteers:
        chosen = list(members.filter(memberships__role=Role.VOLUNTEER).distinct())
    else:
        wanted = {user.pk for user in users or ()}
        chosen = list(members.filter(pk__in=wanted).distinct())
        if len(chosen) != len(wanted):
            raise PermissionDenied  # someone outside the organisation
    if not chosen:
        raise ValidationError(_("Choose at least one person to enrol."))
    return _enrol_many(users=chosen, course=course, enrolled_by=actor, due_date=due_date)


@transaction.atomic
def course_enrol_organisations(
    *, actor: User, course: CoursePage, organisations: Iterable[Organisation], due_date: datetime.date | None = None
) -> tuple[int, int]:
    """A coordinator enrols every member of whole organisations of their network. Returns (new, updated)."""
    _check_due_date(due_date)
    network = selectors.course_network(course)
    if network is None or not network.coordinators.filter(pk=actor.pk).exists():
        raise PermissionDenied
    organisation_ids = {organisation.pk for organisation in organisations}
    if not organisation_ids:
        raise ValidationError(_("Choose at least one organisation."))
    if network.organisations.filter(pk__in=organisation_ids).count() != len(organisation_ids):
        raise PermissionDenied
    people = User.objects.filter(memberships__organisation__in=organisation_ids, is_active=True).distinct()
    return _enrol_many(users=people, course=course, enrolled_by=actor, due_date=due_date)


# --- completing ---------------------------------------------------------------------------------------------------


def _enrolment_for_lesson(*, user: User, lesson: LessonPage) -> tuple[Enrolment, CoursePage]:
    if not lesson.live or not selectors.visibility_for(user).allows(lesson):
        raise PermissionDenied
    course = selectors.course_of_lesson(lesson)
    enrolment = Enrolment.objects.select_for_update().filter(user=user, course=course).first()
    if enrolment is None:
        raise QuizError(_("Enrol on the course first."))
    return enrolment, course


def _lesson_complete(*, enrolment: Enrolment, course: CoursePage, lesson: LessonPage, via: str) -> LessonCompletion:
    completion, _created = LessonCompletion.objects.get_or_create(
        user=enrolment.user, lesson=lesson, defaults={"course": course, "via": via}
    )
    now = timezone.now()
    enrolment.last_activity_at = now
    fields = ["last_activity_at"]
    if enrolment.completed_at is None:
        lesson_ids = selectors.live_lesson_ids_by_course([course])[course.pk]
        done = selectors.completed_lesson_ids(user=enrolment.user, lesson_ids=lesson_ids)
        if lesson_ids and done.issuperset(lesson_ids):
            enrolment.completed_at = now
            fields.append("completed_at")
            transaction.on_commit(lambda: course_completed_notify(enrolment=enrolment))
    enrolment.save(update_fields=fields)
    return completion


def course_completed_notify(*, enrolment: Enrolment) -> None:
    """Run the functions other apps registered for `shabaka_course_completed` (e.g. certification)."""
    for function in hooks.get_hooks(COURSE_COMPLETED_HOOK):
        function(enrolment=enrolment)


@transaction.atomic
def lesson_mark_done(*, user: User, lesson: LessonPage) -> LessonCompletion:
    """The person says they have done a lesson. A lesson with a quiz is completed by passing the quiz instead."""
    enrolment, course = _enrolment_for_lesson(user=user, lesson=lesson)
    if lesson.questions.exists():
        raise QuizError(_("Pass the quiz to complete this lesson."))
    return _lesson_complete(enrolment=enrolment, course=course, lesson=lesson, via=CompletionVia.MARKED)


# --- quizzes ------------------------------------------------------------------------------------------------------


@transaction.atomic
def quiz_attempt_start(*, user: User, lesson: LessonPage) -> QuizAttempt:
    """Open an attempt at the lesson's quiz, or return the one already open. Refused when no attempt is left."""
    _enrolment_for_lesson(user=user, lesson=lesson)
    if not lesson.questions.exists():
        raise QuizError(_("This lesson has no quiz."))
    open_attempt = QuizAttempt.objects.filter(user=user, lesson=lesson, submitted_at__isnull=True).first()
    if open_attempt is not None:
        return open_attempt
    submitted = QuizAttempt.objects.filter(user=user, lesson=lesson, submitted_at__isnull=False)
    if submitted.filter(passed=True).exists():
        raise QuizError(_("You have already passed this quiz."))
    if lesson.attempts_allowed is not None and submitted.count() >= lesson.attempts_allowed:
        raise QuizError(_("You have used all your attempts at this quiz."))
    try:
        with transaction.atomic():
            return QuizAttempt.objects.create(user=user, lesson=lesson)
    except IntegrityError:  # a second tab started one at the same moment
        return QuizAttempt.objects.get(user=user, lesson=lesson, submitted_at__isnull=True)


def _grade(questions, answers: Mapping[int, list[int]]) -> tuple[int, dict[str, list[int]]]:
    """Check the answers against the questions; returns (score in %, answers to store). Raises on tampering."""
    by_id = {question.pk: question for question in questions}
    unknown = set(answers) - set(by_id)
    if unknown:
        raise TamperedAnswers(f"questions {sorted(unknown)} are not in this quiz")
    right = 0
    stored = {}
    for question in questions:
        chosen = set(answers.get(question.pk, ()))
        choices = {choice.pk: choice for choice in question.choices.all()}
        if not chosen <= set(choices):
            raise TamperedAnswers(f"question {question.pk}: a choice from elsewhere")
        if question.kind != QuestionKind.MULTIPLE and len(chosen) > 1:
            raise TamperedAnswers(f"question {question.pk}: several answers to a single-answer question")
        correct = {pk for pk, choice in choices.items() if choice.is_correct}
        if chosen == correct:
            right += 1
        stored[str(question.pk)] = sorted(chosen)
    score = right * 100 // len(questions) if questions else 0
    return score, stored


@transaction.atomic
def quiz_attempt_submit(*, attempt: QuizAttempt, user: User, answers: Mapping[int, list[int]]) -> QuizAttempt:
    """Grade and close an open attempt. Every question needs an answer; passing completes the lesson.

    Raises QuizError (a message, nothing changed) for a closed attempt or an unanswered question, and
    TamperedAnswers (400, nothing changed) for answers no form of this quiz can produce.
    """
    attempt = QuizAttempt.objects.select_for_update().select_related("lesson").get(pk=attempt.pk)
    if attempt.user_id != user.pk:
        raise PermissionDenied
    if not attempt.is_open:
        raise QuizError(_("This attempt is already finished. Start a new one to try again."))
    lesson = attempt.lesson
    enrolment, course = _enrolment_for_lesson(user=user, lesson=lesson)
    questions = selectors.quiz_questions(lesson)
    score, stored = _grade(questions, answers)
    missing = [question for question in questions if not answers.get(question.pk)]
    if missing:
        raise QuizError(_("Answer every question before you submit."))
    attempt.answers = stored
    attempt.score = score
    attempt.passed = score >= lesson.pass_mark
    attempt.submitted_at = timezone.now()
    attempt.save(update_fields=["answers", "score", "passed", "submitted_at"])
    if attempt.passed:
        _lesson_complete(enrolment=enrolment, course=course, lesson=lesson, via=CompletionVia.QUIZ)
    else:
        enrolment.last_activity_at = attempt.submitted_at
        enrolment.save(update_fields=["last_activity_at"])
    return attempt


# --- reminders ----------------------------------------------------------------------------------------------------


def enrolment_reminder_record(*, enrolment: Enrolment, kind: str) -> bool:
    """Note that the `kind` reminder for the enrolment's current due date is going out; False if it already went."""
    try:
        with transaction.atomic():
            EnrolmentReminder.objects.create(enrolment=enrolment, kind=kind, due_date=enrolment.due_date)
    except IntegrityError:
        return False
    return True
