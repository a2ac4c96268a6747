"""Taking a quiz through the browser: start, answer, the result, and answers no honest form produces."""

import re

import pytest
from django.utils import translation

from courses import services
from courses.models import Enrolment, LessonCompletion, QuestionKind, QuizAttempt

from . import factories

pytestmark = pytest.mark.django_db


def url_in(page, language: str = "da") -> str:
    with translation.override(language):
        return page.url


@pytest.fixture
def quiz_lesson(course):
    lesson = factories.lesson(course, questions=factories.two_question_quiz(), attempts_allowed=2)
    factories.lesson(course)  # a next lesson
    return lesson


@pytest.fixture
def enrolled(client, course, learner):
    Enrolment.objects.create(user=learner, course=course)
    client.force_login(learner)
    return learner


def form_data(answers: dict) -> dict:
    return {f"question-{question}": choices for question, choices in answers.items()}


def start(client, lesson) -> QuizAttempt:
    response = client.post(f"/da/courses/lessons/{lesson.pk}/quiz/")
    attempt = QuizAttempt.objects.latest("pk")
    assert response.status_code == 302 and response["Location"] == f"/da/courses/attempts/{attempt.pk}/"
    return attempt


def test_the_quiz_form_has_a_fieldset_per_question_radios_and_checkboxes(client, quiz_lesson, enrolled):
    attempt = start(client, quiz_lesson)
    response = client.get(f"/da/courses/attempts/{attempt.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    single, multiple = quiz_lesson.questions.order_by("sort_order")
    assert html.count("<fieldset") == 2 and html.count("<legend>") == 2
    for choice in single.choices.all():
        assert f'type="radio" name="question-{single.pk}" value="{choice.pk}"' in html
    for choice in multiple.choices.all():
        assert f'type="checkbox" name="question-{multiple.pk}" value="{choice.pk}"' in html


def test_starting_twice_returns_the_open_attempt(client, quiz_lesson, enrolled):
    assert start(client, quiz_lesson) == start(client, quiz_lesson)
    assert QuizAttempt.objects.count() == 1


def test_right_answers_pass_complete_the_lesson_and_show_the_result(client, quiz_lesson, enrolled):
    attempt = start(client, quiz_lesson)
    response = client.post(f"/da/courses/attempts/{attempt.pk}/", form_data(factories.right_answers(quiz_lesson)))
    assert response.status_code == 302 and response["Location"] == f"/da/courses/attempts/{attempt.pk}/"
    attempt.refresh_from_db()
    assert (attempt.is_open, attempt.score, attempt.passed) == (False, 100, True)
    assert LessonCompletion.objects.filter(user=enrolled, lesson=quiz_lesson, via="quiz").exists()

    html = client.get(f"/da/courses/attempts/{attempt.pk}/").content.decode()
    assert 'data-score="100" data-passed="true"' in html
    assert html.count('data-right="true"') == 2
    assert 'data-action="quiz-retry"' not in html
    assert 'data-action="next-lesson"' in html


def test_a_wrong_answer_shows_choices_feedback_explanation_and_try_again(client, course, enrolled):
    lesson = factories.lesson(course, questions=factories.two_question_quiz())
    single = lesson.questions.order_by("sort_order").first()
    single.explanation = "Sikkerhed først"
    single.save()
    wrong_choice = single.choices.get(is_correct=False)
    wrong_choice.feedback = "Nej, stop op"
    wrong_choice.save()
    answers = factories.right_answers(lesson)
    answers[single.pk] = [wrong_choice.pk]
    attempt = start(client, lesson)
    client.post(f"/da/courses/attempts/{attempt.pk}/", form_data(answers))
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed) == (50, False)

    html = client.get(f"/da/courses/attempts/{attempt.pk}/").content.decode()
    assert 'data-score="50" data-passed="false"' in html
    assert f'data-question="{single.pk}" data-right="false"' in html
    assert f'data-choice="{wrong_choice.pk}" data-chosen>' in html
    right_choice = single.choices.get(is_correct=True)
    assert f'data-choice="{right_choice.pk}" data-correct>' in html
    assert "Nej, stop op" in html and "Sikkerhed først" in html
    assert 'data-action="quiz-retry"' in html
    assert not LessonCompletion.objects.exists()


def test_a_choice_from_another_question_is_refused_and_the_attempt_stays_open(client, quiz_lesson, enrolled):
    attempt = start(client, quiz_lesson)
    single, multiple = quiz_lesson.questions.order_by("sort_order")
    answers = factories.right_answers(quiz_lesson)
    answers[single.pk] = [multiple.choices.first().pk]
    response = client.post(f"/da/courses/attempts/{attempt.pk}/", form_data(answers))
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.answers == {}


@pytest.mark.parametrize(
    "data",
    [
        {"question-abc": "1"},
        {"question-{single}": "x"},
        {"question-{single}": ""},
        {"question-999999": "1"},
    ],
)
def test_non_numbers_and_unknown_questions_are_refused(client, quiz_lesson, enrolled, data):
    attempt = start(client, quiz_lesson)
    single = quiz_lesson.questions.order_by("sort_order").first()
    posted = {**form_data(factories.right_answers(quiz_lesson))}
    posted.update({key.format(single=single.pk): value for key, value in data.items()})
    response = client.post(f"/da/courses/attempts/{attempt.pk}/", posted)
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.is_open


def test_two_answers_to_a_single_choice_question_are_refused(client, quiz_lesson, enrolled):
    attempt = start(client, quiz_lesson)
    single = quiz_lesson.questions.order_by("sort_order").first()
    answers = factories.right_answers(quiz_lesson)
    answers[single.pk] = [choice.pk for choice in single.choices.all()]
    assert client.post(f"/da/courses/attempts/{attempt.pk}/", form_data(answers)).status_code == 400
    attempt.refresh_from_db()
    assert attempt.is_open


def test_a_missing_answer_re_renders_the_form_keeping_what_was_ticked(client, quiz_lesson, enrolled):
    attempt = start(client, quiz_lesson)
    single, multiple = quiz_lesson.questions.order_by("sort_order")
    ticked = [choice.pk for choice in multiple.choices.all() if choice.is_correct]
    response = client.post(f"/da/courses/attempts/{attempt.pk}/", {f"question-{multiple.pk}": ticked})
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-quiz-error" in html
    for pk in ticked:
        assert f'name="question-{multiple.pk}" value="{pk}" checked' in html
    assert not re.search(rf'name="question-{single.pk}" value="\d+" checked', html)
    assert f'quiz-question--missing" data-question="{single.pk}"' in html
    attempt.refresh_from_db()
    assert attempt.is_open


def test_a_finished_attempt_resubmitted_is_left_unchanged(client, quiz_lesson, enrolled):
    attempt = start(client, quiz_lesson)
    client.post(f"/da/courses/attempts/{attempt.pk}/", form_data(factories.wrong_answers(quiz_lesson)))
    attempt.refresh_from_db()
    before = (attempt.score, attempt.passed, attempt.answers, attempt.submitted_at)
    response = client.post(f"/da/courses/attempts/{attempt.pk}/", form_data(factories.right_answers(quiz_lesson)))
    assert response.status_code == 302 and response["Location"] == f"/da/courses/attempts/{attempt.pk}/"
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed, attempt.answers, attempt.submitted_at) == before
    assert not LessonCompletion.objects.exists()


def test_no_attempt_beyond_the_limit(client, quiz_lesson, enrolled):
    for _ in range(2):
        attempt = start(client, quiz_lesson)
        client.post(f"/da/courses/attempts/{attempt.pk}/", form_data(factories.wrong_answers(quiz_lesson)))
    response = client.post(f"/da/courses/lessons/{quiz_lesson.pk}/quiz/")
    assert response.status_code == 302 and response["Location"] == url_in(quiz_lesson)
    assert QuizAttempt.objects.count() == 2
    html = client.get(f"/da/courses/attempts/{attempt.pk}/").content.decode()
    assert 'data-action="quiz-retry"' not in html


def test_starting_a_quiz_needs_an_enrolment(client, quiz_lesson, learner):
    client.force_login(learner)
    response = client.post(f"/da/courses/lessons/{quiz_lesson.pk}/quiz/")
    assert response.status_code == 302 and response["Location"] == url_in(quiz_lesson)
    assert not QuizAttempt.objects.exists()


def test_nobody_opens_another_persons_attempt(client, quiz_lesson, learner, leader, outsider):
    Enrolment.objects.create(user=learner, course=quiz_lesson.get_parent().specific)
    attempt = services.quiz_attempt_start(user=learner, lesson=quiz_lesson)
    for person in (leader, outsider):
        client.force_login(person)
        assert client.get(f"/da/courses/attempts/{attempt.pk}/").status_code == 404
        response = client.post(f"/da/courses/attempts/{attempt.pk}/", form_data(factories.right_answers(quiz_lesson)))
        assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.is_open


def test_anonymous_is_sent_to_sign_in_for_an_attempt(client, quiz_lesson, learner):
    Enrolment.objects.create(user=learner, course=quiz_lesson.get_parent().specific)
    attempt = services.quiz_attempt_start(user=learner, lesson=quiz_lesson)
    response = client.get(f"/da/courses/attempts/{attempt.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("language", ["da", "ar", "fr"])
def test_questions_and_choices_show_in_the_readers_language(client, course, enrolled, language):
    lesson = factories.lesson(course, questions=[(QuestionKind.TRUE_FALSE, "Sandt?", [("Ja", True), ("Nej", False)])])
    question = lesson.questions.get()
    question.text_ar, question.text_fr = "صحيح؟", "Vrai ?"
    question.save()
    choice = question.choices.get(is_correct=True)
    choice.text_ar, choice.text_fr = "نعم", "Oui"
    choice.save()
    attempt = start(client, lesson)
    html = client.get(f"/{language}/courses/attempts/{attempt.pk}/").content.decode()
    expected = {"da": ("Sandt?", "Ja"), "ar": ("صحيح؟", "نعم"), "fr": ("Vrai ?", "Oui")}[language]
    assert f'lang="{language}" dir="auto">{expected[0]}</span></legend>' in html
    assert f'dir="auto">{expected[1]}</span>' in html
    assert 'type="radio"' in html
    if language == "ar":
        assert '<html lang="ar" dir="rtl">' in html
