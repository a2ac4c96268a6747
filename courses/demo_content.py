"""The demo's courses, described: four courses with their lessons and quizzes, and which network has which.

Everything is invented and written in Danish, Modern Standard Arabic and French for the volunteers and leaders
of the demo organisations. `courses.demo` loads it; this module and the `demo_content_*` modules only describe
it. Lesson bodies use the block shapes of `intranet.pages.demo_content`, plus `EmbeddedVideo`. Texts that end up
in rich text fields (learning outcomes, text and callout blocks) are HTML; the others are plain text.
"""

from dataclasses import dataclass

from intranet.organisations.demo import Text
from intranet.pages.demo_content import Block, Picture

from .models import QuestionKind

TANGER = "tanger"
ALLIANCEN = "alliancen"

SINGLE = QuestionKind.SINGLE
MULTIPLE = QuestionKind.MULTIPLE
TRUE_FALSE = QuestionKind.TRUE_FALSE


# --- the shapes of the content ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EmbeddedVideo:
    """A video lesson of the network's library, played inside the lesson; left out where the library lacks it."""

    slug: str


@dataclass(frozen=True)
class Choice:
    text: Text
    correct: bool
    feedback: Text


@dataclass(frozen=True)
class Question:
    kind: str  # a `QuestionKind`
    text: Text
    explanation: Text
    choices: tuple[Choice, ...]


@dataclass(frozen=True)
class CourseLesson:
    slug: str
    title: Text
    summary: Text
    minutes: int
    body: tuple[Block | EmbeddedVideo, ...]
    questions: tuple[Question, ...] = ()
    pass_mark: int = 70
    attempts_allowed: int | None = None  # None: unlimited


@dataclass(frozen=True)
class Course:
    slug: str
    topic: str  # a `pages.Topic` slug
    audience: str  # an `Audience` choice
    title: Text
    summary: Text
    learning_outcomes: Text  # HTML, a short <ul>
    minutes: int
    picture: Picture
    lessons: tuple[CourseLesson, ...]
    prerequisites: tuple[str, ...] = ()  # slugs of courses to take first, in the same catalogue


def true_false(answer: bool, *, right: Text, wrong: Text) -> tuple[Choice, Choice]:
    """The two choices of a true/false question, with the feedback for the right and the wrong one."""
    return (
        Choice(Text(da="Sandt", ar="صحيح", fr="Vrai"), answer, right if answer else wrong),
        Choice(Text(da="Falsk", ar="خطأ", fr="Faux"), not answer, wrong if answer else right),
    )


# --- the catalogue every network gets -----------------------------------------------------------------------------

CATALOGUE_SLUG = "courses"
CATALOGUE_TITLE = Text(da="Kurser", ar="الدورات التدريبية", fr="Formations")
CATALOGUE_INTRODUCTIONS = {
    TANGER: Text(
        da=(
            "Netværkets kurser for frivillige og ledere: korte lektioner, du kan tage i dit eget tempo på telefonen, "
            "med en quiz, der viser, om du har fat i det vigtigste. Kun for netværkets medlemmer."
        ),
        ar=(
            "الدورات التدريبية للشبكة لفائدة المتطوعين والمسؤولين: دروس قصيرة تتابعها بالوتيرة التي تناسبك "
            "على هاتفك، مع اختبار يبيّن لك إن كنت قد استوعبت الأهم. خاصة بأعضاء الشبكة."
        ),
        fr=(
            "Les formations du réseau pour les bénévoles et les responsables : des leçons courtes, à suivre à votre "
            "rythme sur votre téléphone, avec un quiz pour vérifier l'essentiel. Réservé aux membres du réseau."
        ),
    ),
    ALLIANCEN: Text(
        da=(
            "Alliancens kurser: førstehjælp for alle frivillige og ledelse og fundraising for foreningernes "
            "ledere. Tilmeld dig selv, eller lad din leder tilmelde dig. Kun for medlemmer af Alliancen."
        ),
        ar=(
            "الدورات التدريبية للتحالف: الإسعافات الأولية لجميع المتطوعين، والقيادة وجمع التبرعات لمسؤولي "
            "الجمعيات. سجّل بنفسك أو اطلب من مسؤولك تسجيلك. خاصة بأعضاء التحالف."
        ),
        fr=(
            "Les formations de l'Alliance : les premiers secours pour tous les bénévoles, le leadership et la "
            "collecte de fonds pour les responsables d'associations. Inscrivez-vous, ou demandez à votre "
            "responsable de vous inscrire. Réservé aux membres de l'Alliance."
        ),
    ),
}
