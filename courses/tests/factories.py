"""Build course trees for tests: a network's catalogue, courses, lessons and quizzes, in three languages.

Pages are added with `add_child` and published through a revision, as the CMS does.
"""

import itertools

from wagtail.models import PageViewRestriction

from courses import models
from intranet.pages.tests import factories as page_factories
from intranet.pages.tests.factories import _publish, _texts

_counter = itertools.count(1)


def catalogue(home, *, members_only: bool = True, **fields) -> models.CourseIndexPage:
    page = _publish(
        home, models.CourseIndexPage(slug="courses", **_texts("title", "Kurser", "دورات", "Formations"), **fields)
    )
    if members_only:
        PageViewRestriction.objects.get_or_create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def course(parent: models.CourseIndexPage, *, title: tuple = None, summary: tuple = None, lessons: int = 0, **fields):
    """A course; `title` and `summary` are (da, ar, fr) tuples (leave languages out to leave them untranslated).

    `lessons` adds that many lessons without a quiz."""
    number = next(_counter)
    title = title or (f"Kursus {number}", f"دورة {number}", f"Formation {number}")
    summary = summary or ("Kort resumé", "ملخص قصير", "Bref résumé")
    page = models.CoursePage(
        slug=fields.pop("slug", f"course-{number}"),
        topic=fields.pop("topic", None) or page_factories.topic(),
        **_texts("title", *title),
        **_texts("summary", *summary),
        **fields,
    )
    page = _publish(parent, page)
    for _index in range(lessons):
        lesson(page)
    return page


def lesson(parent: models.CoursePage, *, title: tuple = None, questions=(), **fields) -> models.LessonPage:
    """A lesson. `questions` is a list of (kind, da text, [(da choice text, correct), ...]) for a quiz."""
    number = next(_counter)
    title = title or (f"Lektion {number}", f"درس {number}", f"Leçon {number}")
    page = models.LessonPage(slug=fields.pop("slug", f"lesson-{number}"), **_texts("title", *title), **fields)
    for order, (kind, text, choices) in enumerate(questions):
        question = models.QuizQuestion(sort_order=order, kind=kind, text=text, text_da=text)
        question.choices = [
            models.QuizChoice(sort_order=index, text=choice, text_da=choice, is_correct=correct)
            for index, (choice, correct) in enumerate(choices)
        ]
        page.questions.add(question)
    return _publish(parent, page)


def two_question_quiz():
    """A single-choice and a multiple-choice question; the right answers are the choices named 'ja'/'rigtig'."""
    return [
        (models.QuestionKind.SINGLE, "Hvad gør man først?", [("Sikrer stedet", True), ("Løber", False)]),
        (
            models.QuestionKind.MULTIPLE,
            "Hvilke er rigtige?",
            [("Rigtig 1", True), ("Forkert", False), ("Rigtig 2", True)],
        ),
    ]


def right_answers(lesson: models.LessonPage) -> dict[int, list[int]]:
    return {
        question.pk: [choice.pk for choice in question.choices.all() if choice.is_correct]
        for question in lesson.questions.all()
    }


def wrong_answers(lesson: models.LessonPage) -> dict[int, list[int]]:
    return {
        question.pk: [next(choice.pk for choice in question.choices.all() if not choice.is_correct)]
        for question in lesson.questions.all()
    }
