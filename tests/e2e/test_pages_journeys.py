"""The network's learning pages in a browser: search across spellings, a captioned video lesson in the reader's
language, members-only toolkits behind sign-in, the untranslated notice, page weight, and axe-core on every kind
of page in Danish, Arabic and French.

Uploads go to a temporary folder on disk for these journeys (the test settings keep them in memory), so the live
server serves images, renditions and caption files as a web server would.
"""

import io
import random
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlencode

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.files.images import ImageFile
from django.utils import translation
from django.utils.translation import get_language_info
from PIL import Image, ImageDraw, ImageFilter
from playwright.sync_api import Page, expect
from wagtail.images import get_image_model

from intranet.organisations.models import Organisation, Role
from intranet.organisations.tests.factories import PASSWORD, NetworkFactory, OrganisationFactory, member
from intranet.pages import models
from intranet.pages.tests import factories as f

from .steps import DIRECTION, LANGUAGES, sign_in, t
from .test_accessibility import BLOCKING_IMPACTS, describe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# What a reader types, spelled otherwise than the lesson's title in their language (hamza, accents, ø/æ).
LESSON_TITLE = (
    "Førstehjælp: hjertemassage trin for trin",
    "اسعافات أولية: تدليك القلب خطوة بخطوة",
    "Premiers secours : réanimation pas à pas",
)
QUERY = {"da": "forstehjaelp", "ar": "الإسعافات", "fr": "reanimation"}
CAPTION_TEXT = {"da": "Tryk hårdt midt på brystet", "ar": "مرحبا", "fr": "Appuyez fort"}
PAGE_WEIGHT_BUDGET = 150_000
UNTRANSLATED_NOTICE = "Parts of this page are not translated into your language yet and are shown in %(language)s."


@pytest.fixture(autouse=True)
def uploads_on_disk(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}


@pytest.fixture(autouse=True)
def _danish_while_building():
    """Pages are built with Danish active, as an editor's first draft is; requests set their own language."""
    with translation.override("da"):
        yield


@cache
def _photo_jpeg() -> bytes:
    """A camera-sized photo (2400×1600 JPEG, ~0.7 MB): smooth areas, shapes and grain, not a flat test card."""
    rng = random.Random(4)
    width, height = 2400, 1600

    red = Image.linear_gradient("L").resize((width, height))
    green = Image.effect_noise((width // 16, height // 16), 80).resize((width, height), Image.BICUBIC)
    blue = Image.radial_gradient("L").resize((width, height))
    photo = Image.merge("RGB", (red, green, blue))
    draw = ImageDraw.Draw(photo)
    for _shape in range(80):
        x, y, size = rng.randrange(width), rng.randrange(height), rng.randrange(30, 300)
        draw.ellipse((x, y, x + size, y + size * 2 // 3), fill=tuple(rng.randrange(256) for _ in range(3)))
    photo = Image.blend(
        photo.filter(ImageFilter.GaussianBlur(3)), Image.effect_noise((width, height), 40).convert("RGB"), 0.06
    )
    buffer = io.BytesIO()
    photo.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def photo(title: str = "Frivillige på stranden"):
    return get_image_model().objects.create(title=title, file=ImageFile(io.BytesIO(_photo_jpeg()), name="photo.jpg"))


@dataclass
class Network:
    home: models.HomePage
    library: models.ToolkitIndexPage
    magazine: models.MagazineIndexPage
    toolkit: models.ToolkitPage
    lesson: models.VideoLessonPage
    guide: models.ProcessGuidePage
    article: models.ArticlePage
    organisation: Organisation


def build_network(*, with_images: bool = False) -> Network:
    """A network's home, members-only library (toolkit, captioned lesson, guide) and public magazine (article)."""
    network = NetworkFactory()
    organisation = OrganisationFactory()
    network.organisations.add(organisation)
    home = f.home_page(network, introduction_da="Alt det, vores frivillige skal vide.")
    library = f.library(home)
    magazine = f.magazine(home)
    image = photo() if with_images else None
    lesson = f.video_lesson(
        library,
        title=LESSON_TITLE,
        summary=(
            "Se hvordan du giver hjertemassage.",
            "شاهد كيف تقوم بتدليك القلب.",
            "Voyez comment faire un massage cardiaque.",
        ),
        captions_da=f.webvtt_document("da", CAPTION_TEXT["da"]),
        captions_ar=f.webvtt_document("ar", CAPTION_TEXT["ar"]),
        captions_fr=f.webvtt_document("fr", CAPTION_TEXT["fr"]),
        transcript_da="<p>Tryk hårdt og hurtigt midt på brystet: 30 tryk, derefter 2 indblæsninger.</p>",
        transcript_ar="<p>اضغط بقوة وبسرعة في وسط الصدر.</p>",
        transcript_fr="<p>Appuyez fort et vite au milieu de la poitrine.</p>",
    )
    handout = f.webvtt_document("da", "Tjekliste")
    toolkit = f.toolkit(
        library,
        title=("Hygiejne i fælleskøkkenet", "النظافة في المطبخ المشترك", "Hygiène dans la cuisine partagée"),
        summary=(
            "Håndvask, rengøring og opbevaring af madvarer.",
            "غسل اليدين والتنظيف وحفظ الأغذية.",
            "Lavage des mains, nettoyage et conservation des aliments.",
        ),
        body=[
            ("text", "<h2>Før du starter</h2><p>Vask hænder i tyve sekunder med sæbe.</p>"),
            ("checklist", {"title": "Du skal bruge", "items": ["Sæbe", "Handsker", "Rene klude"]}),
            ("callout", {"kind": "warning", "title": "Allergier", "text": "<p>Spørg altid om allergier.</p>"}),
            ("quote", {"quote": "Rent køkken, trygge gæster.", "attribution": "Aya"}),
            ("document", {"document": handout, "description": "Til opslagstavlen"}),
            ("video_lesson", {"lesson": lesson, "note": "Se også"}),
            (
                "process",
                {
                    "title": "Når maden er udleveret",
                    "steps": [
                        {
                            "title": "Tør bordene af",
                            "responsible": "volunteer",
                            "responsible_detail": "",
                            "description": "<p>Brug den blå klud.</p>",
                            "documents": [],
                        }
                    ],
                },
            ),
        ],
        body_ar=[
            ("text", "<h2>قبل أن تبدأ</h2><p>اغسل يديك لمدة عشرين ثانية بالصابون.</p>"),
            ("checklist", {"title": "ستحتاج إلى", "items": ["صابون", "قفازات", "مناشف نظيفة"]}),
        ],
        body_fr=[
            ("text", "<h2>Avant de commencer</h2><p>Lavez-vous les mains vingt secondes avec du savon.</p>"),
            ("checklist", {"title": "Il vous faut", "items": ["Savon", "Gants", "Torchons propres"]}),
        ],
        image=image,
    )
    guide = f.process_guide(
        library,
        area=models.ProcessArea.ETHICS,
        title=("Etiske regler for frivillige", "القواعد الأخلاقية للمتطوعين", "Règles d'éthique pour les bénévoles"),
        summary=("Tavshedspligt og gaver.", "السرية والهدايا.", "Confidentialité et cadeaux."),
        introduction_da="<p>Reglerne gælder for <b>alle</b> frivillige.</p>",
        steps_da=[
            (
                "step",
                {
                    "title": "Tal med din kontaktperson",
                    "responsible": "leader",
                    "responsible_detail": "den frivillige på vagt",
                    "description": "<p>Fortæl hvad der skete.</p>",
                    "documents": [handout],
                },
            )
        ],
        documents=[("document", {"document": handout, "description": ""})],
    )
    guide.related_toolkits.create(toolkit=toolkit)
    article = f.article(
        magazine,
        title=("Frivillighedens dag i Tanger", "يوم التطوع في طنجة", "Journée du bénévolat à Tanger"),
        summary=(
            "Over hundrede frivillige ryddede stranden.",
            "أكثر من مائة متطوع نظفوا الشاطئ.",
            "Plus de cent bénévoles ont nettoyé la plage.",
        ),
        body_da=[("text", "<p>Det var en god dag.</p>")],
        image=image,
        tags=["strand"],
    )
    home.featured_toolkits.create(toolkit=toolkit)
    home.save_revision().publish()
    return Network(home, library, magazine, toolkit, lesson, guide, article, organisation)


def url(page, language: str) -> str:
    """The page's address in `language` (page URLs are built with Danish active: /da/...)."""
    return f"/{language}{page.url.removeprefix('/da')}"


def assert_page_language(page: Page, language: str) -> None:
    html = page.locator("html")
    expect(html).to_have_attribute("lang", language)
    expect(html).to_have_attribute("dir", DIRECTION[language])


def submit_sign_in(page: Page, language: str, email: str) -> None:
    """Fill in the sign-in form the browser is on (reached by a redirect, so `sign_in` cannot be used)."""
    page.get_by_label(t(language, "E-mail address")).fill(email)
    page.get_by_label(t(language, "Password"), exact=False).fill(PASSWORD)
    page.get_by_role("button", name=t(language, "Sign in"), exact=True).click()
    page.wait_for_load_state()


# --- 1. search across spellings, then the captioned lesson ----------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_volunteer_finds_lesson_spelled_otherwise_and_gets_captions_in_own_language(page, live_server, language):
    network = build_network()
    volunteer = member(network.organisation, Role.VOLUNTEER, preferred_language=language)
    # The same lesson in another network's members-only library: a volunteer here must not find it.
    elsewhere = f.library(f.home_page(NetworkFactory()))
    f.video_lesson(elsewhere, title=LESSON_TITLE)
    title = dict(zip(LANGUAGES, LESSON_TITLE, strict=True))[language]

    sign_in(page, language, volunteer.email, PASSWORD)
    page.goto(f"/{language}/search/")
    assert_page_language(page, language)
    page.get_by_label(t(language, "Search toolkits, video lessons, process guides and articles")).fill(QUERY[language])
    page.get_by_role("search").get_by_role("button", name=t(language, "Search")).click()

    expect(page).to_have_url(f"{live_server.url}/{language}/search/?{urlencode({'q': QUERY[language]})}")
    results = page.locator(".search-results > li")
    expect(results).to_have_count(1)
    results.get_by_role("link", name=title).click()

    expect(page).to_have_url(live_server.url + url(network.lesson, language))
    assert_page_language(page, language)
    expect(page.get_by_role("heading", level=1)).to_have_text(title)

    video = page.locator("video")
    expect(video).to_have_attribute("preload", "none")
    assert video.evaluate("v => !v.hasAttribute('autoplay') && !v.autoplay")
    tracks = video.locator("track").evaluate_all(
        "tracks => tracks.map(t => ({kind: t.kind, srclang: t.srclang, isDefault: t.hasAttribute('default')}))"
    )
    assert {track["kind"] for track in tracks} <= {"captions", "subtitles"}, tracks
    assert sorted(track["srclang"] for track in tracks) == sorted(LANGUAGES), tracks
    assert [track["srclang"] for track in tracks if track["isDefault"]] == [language], tracks

    # Chromium turns the default track on by itself and loads its cues, though the video itself is not loaded.
    page.wait_for_function(
        """language => {
            const track = Array.from(document.querySelector('video').textTracks).find(t => t.language === language);
            return track && track.mode === 'showing' && track.cues && track.cues.length > 0;
        }""",
        arg=language,
    )
    text_tracks = video.evaluate(
        "v => Array.from(v.textTracks).map(t => ({language: t.language, mode: t.mode, cue: t.cues?.[0]?.text}))"
    )
    showing = [track for track in text_tracks if track["mode"] == "showing"]
    assert showing == [{"language": language, "mode": "showing", "cue": CAPTION_TEXT[language]}], text_tracks


# --- 2. a members-only toolkit: sign in and come back -------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_anonymous_visitor_signs_in_and_comes_back_to_members_only_toolkit(page, live_server, language):
    network = build_network()
    volunteer = member(network.organisation, Role.VOLUNTEER, preferred_language=language)
    toolkit_url = url(network.toolkit, language)

    page.goto(toolkit_url)
    expect(page).to_have_url(f"{live_server.url}/{language}/accounts/login/?next={toolkit_url}")
    assert_page_language(page, language)
    expect(page.get_by_role("heading", level=1)).to_have_text(t(language, "Sign in"))

    submit_sign_in(page, language, volunteer.email)
    expect(page).to_have_url(live_server.url + toolkit_url)
    assert_page_language(page, language)
    expect(page.get_by_role("heading", level=1)).to_have_text(getattr(network.toolkit, f"title_{language}"))


# --- 3. text not translated yet -----------------------------------------------------------------------------------


def test_french_reader_sees_danish_text_with_not_yet_translated_notice(page, live_server):
    network = build_network()
    untranslated = f.toolkit(
        network.library,
        title=("Madspild i foreningen", "الحد من هدر الطعام"),
        summary=("Sådan bruger I resterne fra madudleveringen.", "كيف تستعمل بقايا الطعام."),
    )
    reader = member(network.organisation, Role.VOLUNTEER, preferred_language="fr")
    with translation.override("fr"):
        notice = translation.gettext(UNTRANSLATED_NOTICE) % {"language": get_language_info("da")["name_translated"]}

    sign_in(page, "fr", reader.email, PASSWORD)
    page.goto(url(untranslated, "fr"))
    assert_page_language(page, "fr")
    expect(page.locator(".notice--untranslated")).to_have_text(notice)
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Madspild i foreningen")
    expect(heading).to_have_attribute("lang", "da")
    expect(page.locator(".lead")).to_have_attribute("lang", "da")

    # Read in a language it is written in, the same page has no notice; nor has a page translated into French.
    page.goto(url(untranslated, "ar"))
    expect(page.get_by_role("heading", level=1)).to_have_text("الحد من هدر الطعام")
    expect(page.locator(".notice--untranslated")).to_have_count(0)
    page.goto(url(network.toolkit, "fr"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Hygiène dans la cuisine partagée")
    expect(page.locator(".notice--untranslated")).to_have_count(0)


# --- 4. page weight -----------------------------------------------------------------------------------------------


def test_toolkit_with_photo_weighs_under_budget_on_first_load(new_context, live_server):
    """Everything the browser downloads for an Arabic toolkit with a camera photo, on a phone's first visit."""
    network = build_network(with_images=True)
    volunteer = member(network.organisation, Role.VOLUNTEER, preferred_language="ar")
    signed_in = new_context().new_page()
    sign_in(signed_in, "ar", volunteer.email, PASSWORD)

    # A new context has an empty cache; only the session cookie comes along.
    context = new_context()
    context.add_cookies(signed_in.context.cookies())
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    urls: dict[str, str] = {}
    transferred: dict[str, int] = {}
    cdp.on("Network.responseReceived", lambda event: urls.__setitem__(event["requestId"], event["response"]["url"]))
    cdp.on(
        "Network.loadingFinished", lambda event: transferred.__setitem__(event["requestId"], event["encodedDataLength"])
    )

    page.goto(url(network.toolkit, "ar"), wait_until="networkidle")
    expect(page.get_by_role("heading", level=1)).to_have_text(network.toolkit.title_ar)
    image = page.locator(".page-header__image")
    expect(image).to_be_visible()
    assert image.evaluate("img => img.complete && img.naturalWidth > 0"), "the photo did not load"

    total = sum(transferred.values())
    report = "\n".join(f"  {transferred[request]:>8} {urls.get(request, request)}" for request in transferred)
    print(f"toolkit page, first load: {total} bytes\n{report}")
    assert total < PAGE_WEIGHT_BUDGET, f"{total} bytes, budget {PAGE_WEIGHT_BUDGET}:\n{report}"


# --- 5. accessibility ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_learning_pages_have_no_serious_accessibility_violations(page, language):
    axe = Axe()
    network = build_network(with_images=True)
    volunteer = member(network.organisation, Role.VOLUNTEER, preferred_language=language)
    found: list[tuple[str, dict]] = []

    def check(page_name: str, address: str) -> None:
        page.goto(address)
        assert_page_language(page, language)
        expect(page.locator("main")).not_to_be_empty()
        found.extend((page_name, violation) for violation in axe.run(page).response["violations"])

    sign_in(page, language, volunteer.email, PASSWORD)
    for page_name, learning_page in [
        ("network home", network.home),
        ("library", network.library),
        ("toolkit", network.toolkit),
        ("video lesson", network.lesson),
        ("process guide", network.guide),
        ("magazine", network.magazine),
        ("article", network.article),
    ]:
        check(page_name, url(learning_page, language))
    check("search results", f"/{language}/search/?q={QUERY[language]}")
    expect(page.locator(".search-results > li")).to_have_count(1)

    report = "\n".join(describe(name, violation) for name, violation in found)
    print(f"axe violations on learning pages in {language}:\n{report or '  none'}")
    blocking = [(name, violation) for name, violation in found if violation["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"serious/critical accessibility violations in {language}:\n" + "\n".join(
        describe(name, violation) for name, violation in blocking
    )
