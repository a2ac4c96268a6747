"""A French-reading volunteer takes a course from the catalogue to 100 %: enrols, reads a lesson, marks it done,
fails the quiz once, passes it, and sees the course complete on the course page and the dashboard. axe-core
checks every page of the way, in Danish, Arabic and French."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import translation
from playwright.sync_api import Page, expect

from courses.models import Enrolment, LessonCompletion, QuestionKind, QuizAttempt, QuizChoice, QuizQuestion
from courses.tests import factories as course_factories
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import PASSWORD, NetworkFactory, OrganisationFactory, member
from intranet.pages.tests import factories as page_factories

from .steps import DIRECTION, LANGUAGES, sign_in, t
from .test_accessibility import BLOCKING_IMPACTS, describe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

COURSE_TITLE = ("Førstehjælp for frivillige", "الإسعافات الأولية للمتطوعين", "Premiers secours pour bénévoles")
FIRST_LESSON = ("Sikr stedet", "تأمين المكان", "Sécuriser les lieux")
QUIZ_LESSON = ("Ring efter hjælp", "طلب المساعدة", "Appeler les secours")


def url_in(page, language: str) -> str:
    with translation.override(language):
        return page.url


def build_course():
    """A network with a members-only catalogue, a two-lesson course (the second with a two-question quiz)."""
    network = NetworkFactory()
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    catalogue = course_factories.catalogue(page_factories.home_page(network))
    course = course_factories.course(
        catalogue,
        title=COURSE_TITLE,
        summary=("Det vigtigste først.", "الأهم أولا.", "L'essentiel d'abord."),
        estimated_minutes=45,
    )
    course_factories.lesson(
        course,
        title=FIRST_LESSON,
        body_da=page_factories.rich_text("Se dig omkring, før du hjælper."),
        body_fr=page_factories.rich_text("Regardez autour de vous avant d'aider."),
        body_ar=page_factories.rich_text("انظر حولك قبل أن تساعد."),
    )
    quiz_lesson = course_factories.lesson(course, title=QUIZ_LESSON, pass_mark=100)
    questions = [
        (
            QuestionKind.SINGLE,
            ("Hvilket nummer ringer man i Marokko?", "ما هو رقم الإسعاف في المغرب؟", "Quel numéro au Maroc ?"),
            [(("15", "15", "15"), True), (("911", "911", "911"), False)],
        ),
        (
            QuestionKind.MULTIPLE,
            ("Hvad siger man?", "ماذا تقول؟", "Que dites-vous ?"),
            [
                (("Hvor du er", "أين أنت", "Où vous êtes"), True),
                (("Hvad der er sket", "ماذا حدث", "Ce qui s'est passé"), True),
                (("Dit yndlingsmåltid", "طبقك المفضل", "Votre plat préféré"), False),
            ],
        ),
    ]
    for order, (kind, text, choices) in enumerate(questions):
        question = QuizQuestion.objects.create(
            lesson=quiz_lesson,
            sort_order=order,
            kind=kind,
            text=text[0],
            text_da=text[0],
            text_ar=text[1],
            text_fr=text[2],
        )
        for number, (choice, correct) in enumerate(choices):
            QuizChoice.objects.create(
                question=question,
                sort_order=number,
                text=choice[0],
                text_da=choice[0],
                text_ar=choice[1],
                text_fr=choice[2],
                is_correct=correct,
                feedback_fr="Exact." if correct else "Non.",
            )
    return organisation, catalogue, course, quiz_lesson


def answer(page: Page, *, right: bool) -> None:
    """Tick the French answers: the right ones, or the second choice of the first question (wrong)."""
    page.get_by_label("15", exact=True).check() if right else page.get_by_label("911", exact=True).check()
    page.get_by_label("Où vous êtes").check()
    page.get_by_label("Ce qui s'est passé").check()
    page.locator("[data-action=quiz-submit]").click()


def test_a_french_volunteer_enrols_completes_the_lessons_passes_the_quiz_and_sees_100_percent(page, live_server):
    organisation, catalogue, course, quiz_lesson = build_course()
    volunteer = member(organisation, Role.VOLUNTEER, preferred_language="fr", full_name="Nadia Amrani")

    sign_in(page, "fr", volunteer.email, PASSWORD)
    page.goto(url_in(catalogue, "fr"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.get_by_role("link", name=COURSE_TITLE[2]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE_TITLE[2])

    page.locator("[data-action=enrol]").first.click()
    assert Enrolment.objects.filter(user=volunteer, course=course).exists()
    page.locator("[data-action=continue]").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FIRST_LESSON[2])
    expect(page.get_by_text("Regardez autour de vous avant d'aider.")).to_be_visible()
    page.locator("[data-action=mark-done]").click()

    # Marking done leads on to the quiz lesson.
    expect(page.get_by_role("heading", level=1)).to_have_text(QUIZ_LESSON[2])
    page.locator("[data-action=quiz-start]").click()
    expect(page.get_by_text("Quel numéro au Maroc ?")).to_be_visible()
    answer(page, right=False)
    expect(page.locator("[data-passed]")).to_have_attribute("data-passed", "false")
    assert not LessonCompletion.objects.filter(user=volunteer, lesson=quiz_lesson).exists()

    page.locator("[data-action=quiz-retry]").click()
    answer(page, right=True)
    expect(page.locator("[data-passed]")).to_have_attribute("data-passed", "true")
    assert QuizAttempt.objects.filter(user=volunteer, lesson=quiz_lesson, passed=True).count() == 1

    page.goto(url_in(course, "fr"))
    expect(page.get_by_role("progressbar").first).to_have_attribute("aria-valuenow", "100")
    assert Enrolment.objects.get(user=volunteer, course=course).completed_at is not None

    page.goto("/fr/dashboard/")
    expect(page.get_by_role("link", name=COURSE_TITLE[2]).first).to_be_visible()
    expect(page.get_by_role("progressbar").first).to_have_attribute("aria-valuenow", "100")


@pytest.mark.parametrize("language", LANGUAGES)
def test_course_pages_have_no_serious_accessibility_violations(page, live_server, language):
    organisation, catalogue, course, quiz_lesson = build_course()
    volunteer = member(organisation, Role.VOLUNTEER, preferred_language=language)
    leader = member(organisation, Role.LEADER, preferred_language=language)
    axe = Axe()
    found: list[tuple[str, dict]] = []

    def check(page_name: str) -> None:
        page.wait_for_load_state()
        expect(page.locator("html")).to_have_attribute("dir", DIRECTION[language])
        found.extend((page_name, violation) for violation in axe.run(page).response["violations"])

    sign_in(page, language, volunteer.email, PASSWORD)
    page.goto(url_in(catalogue, language))
    check("catalogue")
    page.goto(url_in(course, language))
    check("course, not enrolled")
    page.locator("[data-action=enrol]").first.click()
    check("course, enrolled")
    page.goto(url_in(quiz_lesson, language))
    check("lesson with a quiz")
    page.locator("[data-action=quiz-start]").click()
    check("quiz")
    page.locator("[data-action=quiz-submit]").click()
    check("quiz, unanswered")
    page.locator("input[type=radio]").first.check()
    page.locator("input[type=checkbox]").first.check()
    page.locator("[data-action=quiz-submit]").click()
    check("quiz result")
    page.goto(f"/{language}/courses/mine/")
    check("my courses")

    page.context.clear_cookies()
    sign_in(page, language, leader.email, PASSWORD)
    page.goto(url_in(course, language))
    page.locator("[data-action=enrol-members]").first.click()
    check("enrol members")
    page.goto(f"/{language}/courses/reports/organisations/{organisation.slug}/")
    check("organisation report")

    report = "\n".join(describe(name, violation) for name, violation in found)
    print(f"axe violations in {language}:\n{report or '  none'}")
    blocking = [(name, violation) for name, violation in found if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"serious/critical accessibility violations in {language}:\n" + "\n".join(
        describe(name, violation) for name, violation in blocking
    )
    assert t(language, "Quiz")  # the interface language is installed for this run
