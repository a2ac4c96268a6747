"""The demo's learning material, described: what each network's home page, library and magazine hold.

Everything is invented and written in Danish, Modern Standard Arabic and French. `intranet.pages.demo` loads
it; this module and the `demo_content_*` modules only describe it. Texts that end up in rich text fields are
HTML; the others are plain text.
"""

import datetime
from dataclasses import dataclass

from intranet.organisations.demo import Text

TANGER = "tanger"
ALLIANCEN = "alliancen"


# --- the shapes of the content ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Picture:
    """A generated image: a two-colour background with shapes and a short Latin label (no Arabic in pixels)."""

    label: str
    colours: tuple[str, str]
    motif: str = "circles"  # circles, squares or waves


@dataclass(frozen=True)
class DemoDocument:
    """A small downloadable text file; its content holds the three languages one after the other."""

    name: str  # file name without extension, unique in the demo
    title: str
    text: Text


@dataclass(frozen=True)
class Step:
    title: Text
    responsible: str  # a `blocks.ResponsibleRole` choice
    detail: Text
    description: Text  # HTML
    documents: tuple[DemoDocument, ...] = ()


@dataclass(frozen=True)
class Rich:
    html: Text


@dataclass(frozen=True)
class Checklist:
    title: Text
    items: tuple[Text, ...]


@dataclass(frozen=True)
class Callout:
    kind: str  # tip, important or warning
    title: Text
    text: Text  # HTML


@dataclass(frozen=True)
class Process:
    title: Text
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class Quote:
    quote: Text
    attribution: Text


@dataclass(frozen=True)
class LessonLink:
    slug: str  # a video lesson in the same library
    note: Text


@dataclass(frozen=True)
class DocumentLink:
    document: DemoDocument
    description: Text


Block = Rich | Checklist | Callout | Process | Quote | LessonLink | DocumentLink


@dataclass(frozen=True)
class Home:
    network: str
    introduction: Text
    library_introduction: Text
    magazine_introduction: Text
    featured: tuple[str, ...]  # toolkit slugs
    picture: Picture


@dataclass(frozen=True)
class Toolkit:
    network: str
    slug: str
    topic: str
    audience: str
    title: Text
    summary: Text
    body: tuple[Block, ...]
    picture: Picture


@dataclass(frozen=True)
class Cue:
    start: float
    end: float
    text: Text


@dataclass(frozen=True)
class Lesson:
    network: str
    slug: str
    topic: str
    audience: str
    title: Text
    summary: Text
    transcript: Text  # HTML
    cues: tuple[Cue, ...]
    material: DemoDocument
    picture: Picture  # the poster; the video uses its colours and label
    seconds: int = 7


@dataclass(frozen=True)
class Guide:
    network: str
    slug: str
    topic: str
    area: str
    audience: str
    title: Text
    summary: Text
    introduction: Text  # HTML
    steps: tuple[Step, ...]
    documents: tuple[DemoDocument, ...]
    related: tuple[str, ...]  # toolkit slugs in the same library
    picture: Picture


@dataclass(frozen=True)
class Article:
    network: str
    slug: str
    kind: str  # news, story or interview
    author: str
    date: datetime.date
    title: Text
    summary: Text
    body: tuple[Block, ...]
    tags: tuple[str, ...]
    picture: Picture


# --- the sections every network gets --------------------------------------------------------------------------------

LIBRARY_TITLE = Text(da="Værktøjskasser", ar="حقائب الأدوات", fr="Boîtes à outils")
MAGAZINE_TITLE = Text(da="Magasinet", ar="المجلة", fr="Le magazine")
SITE_TITLE = Text(da="Shabaka", ar="Shabaka", fr="Shabaka")
SIGNATURE = Text(
    da="Navn, dato og underskrift: ______________________",
    ar="الاسم والتاريخ والتوقيع: ______________________",
    fr="Nom, date et signature : ______________________",
)

HOMES = (
    Home(
        network=TANGER,
        introduction=Text(
            da=(
                "Velkommen til Tanger-netværkets fælles side. Her finder du værktøjskasser, videolektioner og "
                "procesbeskrivelser til frivillige og ledere, og i magasinet fortæller foreningerne om deres "
                "arbejde i byens kvarterer."
            ),
            ar=(
                "مرحباً بكم في الصفحة المشتركة لشبكة طنجة. تجدون هنا حقائب أدوات ودروساً مصورة وأدلة إجراءات "
                "للمتطوعين والمسؤولين، وفي المجلة تحكي الجمعيات عن عملها في أحياء المدينة."
            ),
            fr=(
                "Bienvenue sur la page commune du Réseau de Tanger. Vous y trouverez des boîtes à outils, des "
                "leçons vidéo et des guides de procédure pour les bénévoles et les responsables ; dans le magazine, "
                "les associations racontent leur action dans les quartiers de la ville."
            ),
        ),
        library_introduction=Text(
            da=(
                "Netværkets fælles viden: værktøjskasser, videolektioner og procesbeskrivelser, "
                "skrevet af og til foreningernes frivillige og ledere. Kun for netværkets medlemmer."
            ),
            ar=(
                "المعارف المشتركة للشبكة: حقائب أدوات ودروس مصورة وأدلة إجراءات، كتبها متطوعو الجمعيات "
                "ومسؤولوها ولأجلهم. خاصة بأعضاء الشبكة."
            ),
            fr=(
                "Le savoir commun du réseau : boîtes à outils, leçons vidéo et guides de procédure, écrits par et "
                "pour les bénévoles et les responsables des associations. Réservé aux membres du réseau."
            ),
        ),
        magazine_introduction=Text(
            da="Nyheder, historier og interviews fra foreningerne i Tanger-netværket.",
            ar="أخبار وقصص وحوارات من جمعيات شبكة طنجة.",
            fr="Actualités, récits et entretiens des associations du Réseau de Tanger.",
        ),
        featured=("first-aid-at-events", "finding-funding", "influencing-local-policy"),
        picture=Picture("Tanger", ("#0f5c6e", "#e8a33d"), "waves"),
    ),
    Home(
        network=ALLIANCEN,
        introduction=Text(
            da=(
                "Velkommen til Alliancen. Her deler foreningerne værktøjskasser, videolektioner og "
                "procesbeskrivelser om frivilligt socialt arbejde – og i magasinet kan du læse om de mennesker, "
                "der får det til at ske."
            ),
            ar=(
                "مرحباً بكم في التحالف. تتقاسم الجمعيات هنا حقائب أدوات ودروساً مصورة وأدلة إجراءات حول العمل "
                "الاجتماعي التطوعي، ويمكنكم في المجلة التعرّف على الأشخاص الذين يصنعون هذا العمل."
            ),
            fr=(
                "Bienvenue dans l'Alliance. Les associations y partagent des boîtes à outils, des leçons vidéo et "
                "des guides de procédure sur l'action sociale bénévole – et le magazine présente les personnes "
                "qui la font vivre."
            ),
        ),
        library_introduction=Text(
            da="Alliancens værktøjskasser, videolektioner og procesbeskrivelser. Kun for medlemmer af Alliancen.",
            ar="حقائب أدوات التحالف ودروسه المصورة وأدلة إجراءاته. خاصة بأعضاء التحالف.",
            fr="Les boîtes à outils, leçons vidéo et guides de procédure de l'Alliance. Réservé à ses membres.",
        ),
        magazine_introduction=Text(
            da="Alliancens magasin: nyt fra foreningerne, historier fra hverdagen og interviews med frivillige.",
            ar="مجلة التحالف: أخبار الجمعيات وقصص من الحياة اليومية وحوارات مع المتطوعين.",
            fr="Le magazine de l'Alliance : nouvelles des associations, récits du quotidien et entretiens.",
        ),
        featured=("leaders-first-90-days", "recruiting-volunteers", "ethics-rules-for-volunteers"),
        picture=Picture("Alliancen", ("#7a1f3d", "#f2c14e"), "circles"),
    ),
)


def listed(heading: Text, items: tuple[Text, ...], footer: Text | None = None) -> Text:
    """A document's text: a heading, one line per item and an optional last line, in each language."""

    def one(language: str) -> str:
        lines = [getattr(heading, language), ""] + [f"- {getattr(item, language)}" for item in items]
        if footer is not None:
            lines += ["", getattr(footer, language)]
        return "\n".join(lines)

    return Text(da=one("da"), ar=one("ar"), fr=one("fr"))
