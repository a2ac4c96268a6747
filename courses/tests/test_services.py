"""Enrolling, completing lessons and courses, quiz attempts and the completion hook."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from wagtail import hooks

from courses import selectors, services
from courses.models import CompletionVia, Enrolment, LessonCompletion, QuizAttempt
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def completed_hook():
    calls = []

    def record(*, enrolment):
        calls.append(enrolment)

    with hooks.register_temporarily(services.COURSE_COMPLETED_HOOK, record):
        yield calls


def test_enrolling_twice_keeps_one_enrolment(course, learner):
    first, created = services.enrolment_create(user=learner, course=course)
    second, created_again = services.enrolment_create(user=learner, course=course)
    assert created and not created_again
    assert first.pk == second.pk
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


def test_an_outsider_cannot_enrol_on_a_members_only_course(course, outsider):
    with pytest.raises(PermissionDenied):
        services.enrolment_create(user=outsider, course=course)
    assert not Enrolment.objects.exists()


def test_a_due_date_in_the_past_is_refused(course, learner):
    with pytest.raises(ValidationError):
        services.enrolment_create(user=learner, course=course, due_date=timezone.localdate() - datetime.timedelta(1))
    assert not Enrolment.objects.exists()


def test_marking_every_lesson_done_completes_the_course_and_runs_the_hook(
    course, learner, completed_hook, django_capture_on_commit_callbacks
):
    first, second = factories.lesson(course), factories.lesson(course)
    enrolment, _created = services.enrolment_create(user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_mark_done(user=learner, lesson=first)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert selectors.enrolment_progress(enrolment).percent == 50
    assert completed_hook == []

    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_mark_done(user=learner, lesson=second)
        services.lesson_mark_done(user=learner, lesson=second)  # twice: still one completion, one hook call
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert selectors.enrolment_progress(enrolment).percent == 100
    assert [call.pk for call in completed_hook] == [enrolment.pk]
    assert LessonCompletion.objects.filter(user=learner).count() == 2


def test_a_lesson_cannot_be_marked_done_without_enrolment(course, learner):
    lesson = factories.lesson(course)
    with pytest.raises(services.QuizError):
        services.lesson_mark_done(user=learner, lesson=lesson)
    assert not LessonCompletion.objects.exists()


def test_a_lesson_with_a_quiz_is_completed_by_passing_it_not_by_marking(course, learner):
    lesson = factories.lesson(course, questions=factories.two_question_quiz())
    services.enrolment_create(user=learner, course=course)
    with pytest.raises(services.QuizError):
        services.lesson_mark_done(user=learner, lesson=lesson)
    attempt = services.quiz_attempt_start(user=learner, lesson=lesson)
    attempt = services.quiz_attempt_submit(attempt=attempt, user=learner, answers=factories.right_answers(lesson))
    assert attempt.score == 100 and attempt.passed
    completion = LessonCompletion.objects.get(user=learner, lesson=lesson)
    assert completion.via == CompletionVia.QUIZ
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_a_failed_attempt_scores_and_does_not_complete(course, learner):
    lesson = factories.lesson(course, questions=factories.two_question_quiz(), pass_mark=100)
    services.enrolment_create(user=learner, course=course)
    answers = factories.right_answers(lesson)
    single = lesson.questions.order_by("sort_order").first()
    answers[single.pk] = [next(c.pk for c in single.choices.all() if not c.is_correct)]
    attempt = services.quiz_attempt_submit(
        attempt=services.quiz_attempt_start(user=learner, lesson=lesson), user=learner, answers=answers
    )
    assert attempt.score == 50
    assert not attempt.passed
    assert attempt.answers[str(single.pk)] == answers[single.pk]
    assert not LessonCompletion.objects.exists()


def test_attempts_beyond_the_limit_are_refused(course, learner):
    lesson = factories.lesson(course, questions=factories.two_question_quiz(), attempts_allowed=2)
    services.enrolment_create(user=learner, course=course)
    for _number in range(2):
        attempt = services.quiz_attempt_start(user=learner, lesson=lesson)
        services.quiz_attempt_submit(attempt=attempt, user=learner, answers=factories.wrong_answers(lesson))
    with pytest.raises(services.QuizError):
        services.quiz_attempt_start(user=learner, lesson=lesson)
    assert QuizAttempt.objects.count() == 2


def test_starting_twice_returns_the_open_attempt(course, learner):
    lesson = factories.lesson(course, questions=factories.two_question_quiz())
    services.enrolment_create(user=learner, course=course)
    assert services.quiz_attempt_start(user=learner, lesson=lesson) == services.quiz_attempt_start(
        user=learner, lesson=lesson
    )


@pytest.mark.parametrize(
    "tamper",
    ["choice_of_other_question", "unknown_question", "two_answers_to_single"],
)
def test_tampered_answers_change_nothing(course, learner, tamper):
    lesson = factories.lesson(course, questions=factories.two_question_quiz())
    services.enrolment_create(user=learner, course=course)
    attempt = services.quiz_attempt_start(user=learner, lesson=lesson)
    single, multiple = lesson.questions.order_by("sort_order")
    answers = factories.right_answers(lesson)
    if tamper == "choice_of_other_question":
        answers[single.pk] = [multiple.choices.first().pk]
    elif tamper == "unknown_question":
        answers[999999] = [1]
    else:
        answers[single.pk] = [choice.pk for choice in single.choices.all()]
    with pytest.raises(services.TamperedAnswers):
        services.quiz_attempt_submit(attempt=attempt, user=learner, answers=answers)
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.score is None
    assert not LessonCompletion.objects.exists()


def test_a_missing_answer_is_a_message_and_changes_nothing(course, learner):
    lesson = factories.lesson(course, questions=factories.two_question_quiz())
    services.enrolment_create(user=learner, course=course)
    attempt = services.quiz_attempt_start(user=learner, lesson=lesson)
    answers = factories.right_answers(lesson)
    answers.pop(next(iter(answers)))
    with pytest.raises(services.QuizError):
        services.quiz_attempt_submit(attempt=attempt, user=learner, answers=answers)
    attempt.refresh_from_db()
    assert attempt.is_open


def test_a_finished_attempt_cannot_be_resubmitted(course, learner):
    lesson = factories.lesson(course, questions=factories.two_question_quiz())
    services.enrolment_create(user=learner, course=course)
    attempt = services.quiz_attempt_start(user=learner, lesson=lesson)
    services.quiz_attempt_submit(attempt=attempt, user=learner, answers=factories.wrong_answers(lesson))
    with pytest.raises(services.QuizError):
        services.quiz_attempt_submit(attempt=attempt, user=learner, answers=factories.right_answers(lesson))
    attempt.refresh_from_db()
    assert not attempt.passed
    assert not LessonCompletion.objects.exists()


def test_someone_else_cannot_submit_my_attempt(course, learner, organisation):
    lesson = factories.lesson(course, questions=factories.two_question_quiz())
    services.enrolment_create(user=learner, course=course)
    attempt = services.quiz_attempt_start(user=learner, lesson=lesson)
    other = member(organisation, Role.VOLUNTEER)
    with pytest.raises(PermissionDenied):
        services.quiz_attempt_submit(attempt=attempt, user=other, answers=factories.right_answers(lesson))


def test_a_leader_enrols_chosen_members_with_a_due_date(course, leader, learner, organisation):
    due = timezone.localdate() + datetime.timedelta(days=30)
    created, updated = services.course_enrol_members(
        actor=leader, course=course, organisation=organisation, users=[learner], due_date=due
    )
    assert (created, updated) == (1, 0)
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.due_date == due and enrolment.enrolled_by == leader


def test_a_leader_enrols_all_volunteers_and_updates_due_dates(course, leader, learner, organisation):
    other_volunteer = member(organisation, Role.VOLUNTEER)
    plain_member = member(organisation, Role.MEMBER)
    services.enrolment_create(user=learner, course=course)
    due = timezone.localdate() + datetime.timedelta(days=10)
    created, updated = services.course_enrol_members(
        actor=leader, course=course, organisation=organisation, all_volunteers=True, due_date=due
    )
    assert (created, updated) == (1, 1)
    assert set(Enrolment.objects.values_list("user", flat=True)) == {learner.pk, other_volunteer.pk}
    assert not Enrolment.objects.filter(user=plain_member).exists()


def test_a_leader_cannot_enrol_members_of_another_organisation(course, leader, organisation, other_organisation):
    stranger = member(other_organisation, Role.VOLUNTEER)
    with pytest.raises(PermissionDenied):
        services.course_enrol_members(actor=leader, course=course, organisation=organisation, users=[stranger])
    with pytest.raises(PermissionDenied):
        services.course_enrol_members(actor=leader, course=course, organisation=other_organisation, users=[stranger])
    assert not Enrolment.objects.exists()


def test_a_volunteer_cannot_enrol_others(course, learner, organisation):
    colleague = member(organisation, Role.VOLUNTEER)
    with pytest.raises(PermissionDenied):
        services.course_enrol_members(actor=learner, course=course, organisation=organisation, users=[colleague])


def test_a_leader_of_another_network_cannot_enrol_on_this_course(course, outsider):
    organisation = outsider.memberships.get().organisation
    with pytest.raises(PermissionDenied):
        services.course_enrol_members(actor=outsider, course=course, organisation=organisation, users=[outsider])


def test_a_coordinator_enrols_whole_organisations(
    course, network_coordinator, organisation, other_organisation, leader
):
    people = [member(other_organisation, Role.VOLUNTEER) for _index in range(3)]
    created, _updated = services.course_enrol_organisations(
        actor=network_coordinator, course=course, organisations=[organisation, other_organisation]
    )
    assert created == 4
    assert set(Enrolment.objects.values_list("user", flat=True)) == {leader.pk, *(p.pk for p in people)}


def test_a_coordinator_cannot_enrol_organisations_outside_the_network(course, network_coordinator, outsider):
    with pytest.raises(PermissionDenied):
        services.course_enrol_organisations(
            actor=network_coordinator, course=course, organisations=[outsider.memberships.get().organisation]
        )


def test_a_leader_is_not_a_coordinator(course, leader, organisation):
    with pytest.raises(PermissionDenied):
        services.course_enrol_organisations(actor=leader, course=course, organisations=[organisation])


def test_a_new_lesson_after_completion_keeps_the_course_complete(course, learner):
    lesson = factories.lesson(course)
    enrolment, _created = services.enrolment_create(user=learner, course=course)
    services.lesson_mark_done(user=learner, lesson=lesson)
    factories.lesson(course)
    enrolment.refresh_from_db()
    progress = selectors.enrolment_progress(enrolment)
    assert progress.completed and progress.percent == 100
