"""Load the demo's learning material: for each demo network a home page, a members-only library of toolkits,
video lessons and process guides, and a public magazine. The content is described in `demo_content*.py`.

Idempotent: a page is found by its slug under its network's home page (the home page by its network) and only
created when missing; its images, videos and documents are generated only together with it. Pages are added
and published through a revision, as editors do, so search indexing and `first_published_at` behave.

The images are drawn with Pillow, the sample videos encoded with PyAV (VP9 in WebM); both are cached in the
process, so loading the demo again in one test run costs little.
"""

import datetime
import functools
import io
import logging
import math
import random
from collections import Counter
from collections.abc import Callable
from contextlib import contextmanager
from html import escape

import av
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import translation
from PIL import Image, ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.utils.file import hash_filelike
from wagtailmedia.models import get_media_model

from intranet.organisations import demo as organisations_demo
from intranet.organisations.demo import Text
from intranet.organisations.models import Network

from . import demo_content, services
from .demo_content import (
    Article,
    Block,
    Callout,
    Checklist,
    Cue,
    DemoDocument,
    DocumentLink,
    Guide,
    Lesson,
    LessonLink,
    Picture,
    Process,
    Quote,
    Rich,
    Step,
    Toolkit,
)
from .demo_content_guides import GUIDES
from .demo_content_magazine import ARTICLES
from .demo_content_media import LESSONS
from .demo_content_toolkits import TOOLKITS as TANGER_TOOLKITS
from .demo_content_toolkits_alliancen import TOOLKITS as ALLIANCEN_TOOLKITS
from .models import (
    FALLBACK_LANGUAGE,
    ArticlePage,
    HomePage,
    HomePageFeaturedToolkit,
    MagazineIndexPage,
    ProcessGuidePage,
    ProcessGuideRelatedToolkit,
    ToolkitIndexPage,
    ToolkitPage,
    Topic,
    VideoLessonPage,
)

LANGUAGES = ("da", "ar", "fr")
WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"
IMAGE_SIZE = (1200, 675)
VIDEO_SIZES = {"main": (640, 360), "low": (256, 144)}
VIDEO_FPS = 12
TOOLKITS = TANGER_TOOLKITS + ALLIANCEN_TOOLKITS


# --- generated files --------------------------------------------------------------------------------------------


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _background(picture: Picture, size: tuple[int, int]) -> Image.Image:
    """A left-to-right two-colour gradient with the picture's motif drawn over it in translucent white."""
    width, height = size
    first, second = _rgb(picture.colours[0]), _rgb(picture.colours[1])
    mask = Image.linear_gradient("L").transpose(Image.Transpose.ROTATE_90).resize(size)
    image = Image.composite(Image.new("RGBA", size, second), Image.new("RGBA", size, first), mask)
    shapes = random.Random(picture.label)  # noqa: S311 - decoration, the same for every run
    unit = min(width, height)
    for _ in range(9):
        # Each shape on its own layer, so a wave's overlapping segments do not darken where they join.
        layer = Image.new("RGBA", size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(layer)
        x, y = shapes.uniform(0, width), shapes.uniform(0, height)
        radius = shapes.uniform(0.06, 0.22) * unit
        fill = (255, 255, 255, shapes.randint(28, 70))
        if picture.motif == "squares":
            draw.rounded_rectangle((x - radius, y - radius, x + radius, y + radius), radius=radius / 4, fill=fill)
        elif picture.motif == "waves":
            amplitude, phase = radius / 3, shapes.uniform(0, math.tau)
            points = [(px, y + amplitude * math.sin(px / (unit / 5) + phase)) for px in range(0, width + 8, 8)]
            draw.line(points, fill=fill, width=max(2, unit // 40), joint="curve")
        else:
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill)
        image = Image.alpha_composite(image, layer)
    return image.convert("RGB")


def _label(image: Image.Image, text: str, *, small: str = "Shabaka") -> None:
    width, height = image.size
    draw = ImageDraw.Draw(image, "RGBA")
    draw.rectangle((0, height * 0.72, width, height * 0.92), fill=(0, 0, 0, 90))
    draw.text((width * 0.05, height * 0.745), text, font=_font(max(10, height // 9)), fill=(255, 255, 255))
    draw.text((width * 0.05, height * 0.06), small, font=_font(max(8, height // 18)), fill=(255, 255, 255, 220))


@functools.cache
def image_bytes(picture: Picture, size: tuple[int, int] = IMAGE_SIZE) -> bytes:
    """A JPEG of `picture`: its background, motif and Latin label."""
    image = _background(picture, size)
    _label(image, picture.label)
    output = io.BytesIO()
    image.save(output, format="JPEG", quality=82, optimize=True)
    return output.getvalue()


@functools.cache
def video_bytes(picture: Picture, seconds: int, size: tuple[int, int]) -> bytes:
    """A silent WebM (VP9) sample: the picture's background, a moving ball, the label and a frame counter."""
    width, height = size
    background = _background(picture, size)
    _label(background, picture.label)
    counter_font = _font(max(8, height // 16))
    frames = seconds * VIDEO_FPS
    ball = height // 6
    output = io.BytesIO()
    with av.open(output, mode="w", format="webm") as container:
        stream = container.add_stream(
            "libvpx-vp9",
            rate=VIDEO_FPS,
            options={"crf": "42", "b:v": "0", "deadline": "realtime", "cpu-used": "8", "row-mt": "1"},
        )
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        for number in range(frames):
            frame = background.copy()
            draw = ImageDraw.Draw(frame, "RGBA")
            progress = number / (frames - 1)
            x = int(width * 0.05 + (width * 0.9 - ball) * progress)
            y = int(height * 0.38 + height * 0.12 * math.sin(progress * math.tau * 2))
            draw.ellipse((x, y, x + ball, y + ball), fill=(255, 255, 255, 230))
            draw.rectangle((0, height - height // 40 - 1, int(width * progress), height), fill=(255, 255, 255))
            draw.text(
                (width * 0.78, height * 0.06), f"{number + 1:03d}/{frames}", font=counter_font, fill=(255, 255, 255)
            )
            for packet in stream.encode(av.VideoFrame.from_image(frame)):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return output.getvalue()


def _timestamp(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}.{round((seconds - whole) * 1000):03d}"


def webvtt(cues: tuple[Cue, ...], language: str) -> str:
    lines = ["WEBVTT", ""]
    for number, cue in enumerate(cues, start=1):
        lines += [str(number), f"{_timestamp(cue.start)} --> {_timestamp(cue.end)}", getattr(cue.text, language), ""]
    return "\n".join(lines)


def document_text(document: DemoDocument) -> str:
    names = {"da": "Dansk", "ar": "العربية", "fr": "Français"}
    parts = [f"{document.title}\n"]
    for language in LANGUAGES:
        parts.append(f"== {names[language]} ==\n{getattr(document.text, language)}\n")
    return "\n".join(parts)


def _html(text: str) -> str:
    return text if text.lstrip().startswith("<") else f"<p>{escape(text)}</p>"


def translated_fields(field: str, text: Text) -> dict[str, str]:
    """`field` (the Danish default column) and its `_da`, `_ar` and `_fr` columns."""
    return {field: text.da} | {f"{field}_{language}": getattr(text, language) for language in LANGUAGES}


# --- loading ------------------------------------------------------------------------------------------------------


def content_load(*, created: Counter) -> None:
    """Create the demo pages that are missing. Idempotent."""
    with translation.override(FALLBACK_LANGUAGE), quiet_logger("wagtail"):
        PageLoader(created).load()


@contextmanager
def quiet_logger(name: str):
    """Keep Wagtail's "Page created / Published" lines (about 80) out of the command's output; the demo command
    prints its own summary, and the page history in the CMS still records every step."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


class PageLoader:
    """Adds the demo's pages where missing. Other apps' demos subclass it for its page, image and block helpers."""

    def __init__(self, created: Counter):
        self.created = created
        self.topics = {topic.slug: topic for topic in Topic.objects.all()}
        self.documents: dict[str, object] = {}
        self.library_pages: dict[str, Page] = {}  # slug -> page in the library being loaded

    def load(self) -> None:
        root = _site_root()
        self._root_title(root)
        networks = {
            network.slug: network
            for network in Network.objects.filter(slug__in=[h.network for h in demo_content.HOMES])
        }
        for home_data in demo_content.HOMES:
            network = networks.get(home_data.network)
            if network is not None:
                self._network_load(root, network, home_data)

    def _root_title(self, root: Page) -> None:
        titles = {root.__dict__.get("title"), *(getattr(root, f"title_{language}") for language in LANGUAGES)}
        if WAGTAIL_WELCOME_TITLE not in titles:
            return
        for field, value in translated_fields("title", demo_content.SITE_TITLE).items():
            setattr(root, field, value)
        root.draft_title = demo_content.SITE_TITLE.da
        root.save_revision().publish()

    def _network_load(self, root: Page, network: Network, data: demo_content.Home) -> None:
        self.library_pages = {}
        home = HomePage.objects.filter(network=network).first()
        home_is_new = home is None
        if home_is_new:
            names = next(item.name for item in organisations_demo.NETWORKS if item.slug == network.slug)
            home = self._publish(
                root,
                HomePage(
                    slug=network.slug,
                    network=network,
                    image=self._image(data.picture, names.da, network.slug),
                    **translated_fields("title", names),
                    **translated_fields("introduction", data.introduction),
                ),
            )
        library, library_is_new = self._child(
            home,
            "library",
            lambda: ToolkitIndexPage(
                **translated_fields("title", demo_content.LIBRARY_TITLE),
                **translated_fields("introduction", data.library_introduction),
            ),
        )
        if library_is_new:
            services.library_make_members_only(page=library)
        magazine, _new = self._child(
            home,
            "magazine",
            lambda: MagazineIndexPage(
                **translated_fields("title", demo_content.MAGAZINE_TITLE),
                **translated_fields("introduction", data.magazine_introduction),
            ),
        )
        for lesson in _of(LESSONS, network):
            self.library_pages[lesson.slug] = self._child(
                library, lesson.slug, lambda lesson=lesson: self._lesson(lesson)
            )[0]
        for toolkit in _of(TOOLKITS, network):
            self.library_pages[toolkit.slug] = self._child(
                library, toolkit.slug, lambda toolkit=toolkit: self._toolkit(toolkit)
            )[0]
        for guide in _of(GUIDES, network):
            self.library_pages[guide.slug] = self._child(library, guide.slug, lambda guide=guide: self._guide(guide))[0]
        for article in _of(ARTICLES, network):
            self._child(magazine, article.slug, lambda article=article: self._article(article))
        if home_is_new:
            home.featured_toolkits = [
                HomePageFeaturedToolkit(toolkit=self.library_pages[slug], sort_order=order)
                for order, slug in enumerate(data.featured)
            ]
            home.save_revision().publish()

    # --- pages --------------------------------------------------------------------------------------------------

    def _publish(self, parent: Page, page: Page) -> Page:
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created["pages"] += 1
        return page

    def _child(self, parent: Page, slug: str, build: Callable[[], Page]) -> tuple[Page, bool]:
        """The child of `parent` with `slug`, built and published if missing; and whether it was."""
        existing = parent.get_children().filter(slug=slug).first()
        if existing is not None:
            return existing.specific, False
        page = build()
        page.slug = slug
        return self._publish(parent, page), True

    def _lesson(self, lesson: Lesson) -> VideoLessonPage:
        poster = self._image(lesson.picture, lesson.title.da, lesson.slug)
        captions = {
            f"captions_{language}": self._file_document(
                f"{lesson.title.da} – undertekster ({language})",
                f"{lesson.slug}.{language}.vtt",
                webvtt(lesson.cues, language),
            )
            for language in LANGUAGES
        }
        return VideoLessonPage(
            topic=self.topics[lesson.topic],
            audience=lesson.audience,
            video=self._video(lesson, "main"),
            low_bandwidth_video=self._video(lesson, "low"),
            poster=poster,
            image=poster,
            duration=datetime.timedelta(seconds=lesson.seconds),
            materials=[
                {"type": "document", "value": {"document": self._document(lesson.material).pk, "description": ""}}
            ],
            **captions,
            **translated_fields("title", lesson.title),
            **translated_fields("summary", lesson.summary),
            **translated_fields("transcript", lesson.transcript),
        )

    def _toolkit(self, toolkit: Toolkit) -> ToolkitPage:
        return ToolkitPage(
            topic=self.topics[toolkit.topic],
            audience=toolkit.audience,
            image=self._image(toolkit.picture, toolkit.title.da, toolkit.slug),
            **translated_fields("title", toolkit.title),
            **translated_fields("summary", toolkit.summary),
            **self._streams("body", toolkit.body),
        )

    def _guide(self, guide: Guide) -> ProcessGuidePage:
        steps = {
            f"steps_{language}": [{"type": "step", "value": self._step(step, language)} for step in guide.steps]
            for language in LANGUAGES
        }
        steps["steps"] = steps["steps_da"]
        page = ProcessGuidePage(
            topic=self.topics[guide.topic],
            area=guide.area,
            audience=guide.audience,
            image=self._image(guide.picture, guide.title.da, guide.slug),
            documents=[
                {"type": "document", "value": {"document": self._document(document).pk, "description": ""}}
                for document in guide.documents
            ],
            **steps,
            **translated_fields("title", guide.title),
            **translated_fields("summary", guide.summary),
            **translated_fields("introduction", guide.introduction),
        )
        page.related_toolkits = [
            ProcessGuideRelatedToolkit(toolkit=self.library_pages[slug], sort_order=order)
            for order, slug in enumerate(guide.related)
        ]
        return page

    def _article(self, article: Article) -> ArticlePage:
        page = ArticlePage(
            kind=article.kind,
            author=article.author,
            date=article.date,
            image=self._image(article.picture, article.title.da, article.slug),
            **translated_fields("title", article.title),
            **translated_fields("summary", article.summary),
            **self._streams("body", article.body),
        )
        page.tags.add(*article.tags)
        return page

    # --- stream blocks ------------------------------------------------------------------------------------------

    def _streams(self, field: str, blocks: tuple[Block, ...]) -> dict[str, list[dict]]:
        values = {f"{field}_{language}": self._stream(blocks, language) for language in LANGUAGES}
        return {field: values[f"{field}_da"], **values}

    def _stream(self, blocks: tuple[Block, ...], language: str) -> list[dict]:
        return [self._block(block, language) for block in blocks]

    def _block(self, block: Block, language: str) -> dict:
        def text(value: Text) -> str:
            return getattr(value, language)

        match block:
            case Rich():
                return {"type": "text", "value": text(block.html)}
            case Checklist():
                return {
                    "type": "checklist",
                    "value": {"title": text(block.title), "items": [text(item) for item in block.items]},
                }
            case Callout():
                value = {"kind": block.kind, "title": text(block.title), "text": _html(text(block.text))}
                return {"type": "callout", "value": value}
            case Process():
                steps = [self._step(step, language) for step in block.steps]
                return {"type": "process", "value": {"title": text(block.title), "steps": steps}}
            case Quote():
                return {"type": "quote", "value": {"quote": text(block.quote), "attribution": text(block.attribution)}}
            case LessonLink():
                value = {"lesson": self.library_pages[block.slug].pk, "note": text(block.note)}
                return {"type": "video_lesson", "value": value}
            case DocumentLink():
                value = {"document": self._document(block.document).pk, "description": text(block.description)}
                return {"type": "document", "value": value}
        raise TypeError(f"Unknown demo block: {block!r}")

    def _step(self, step: Step, language: str) -> dict:
        return {
            "title": getattr(step.title, language),
            "responsible": step.responsible,
            "responsible_detail": getattr(step.detail, language),
            "description": _html(getattr(step.description, language)),
            "documents": [self._document(document).pk for document in step.documents],
        }

    # --- images, videos and documents ---------------------------------------------------------------------------

    def _image(self, picture: Picture, title: str, name: str):
        data = image_bytes(picture)
        width, height = IMAGE_SIZE
        image = get_image_model().objects.create(
            title=title,
            file=ImageFile(io.BytesIO(data), name=f"demo-{name}.jpg"),
            width=width,
            height=height,
            file_size=len(data),
            file_hash=hash_filelike(io.BytesIO(data)),
        )
        self.created["images"] += 1
        return image

    def _video(self, lesson: Lesson, version: str):
        width, height = VIDEO_SIZES[version]
        data = video_bytes(lesson.picture, lesson.seconds, (width, height))
        suffix = "" if version == "main" else ", lav båndbredde"
        media = get_media_model().objects.create(
            title=f"{lesson.title.da} ({width}×{height}{suffix})",
            file=ContentFile(data, name=f"{lesson.slug}-{width}x{height}.webm"),
            type="video",
            duration=float(lesson.seconds),
            width=width,
            height=height,
            thumbnail=ContentFile(
                image_bytes(lesson.picture, (width, height)), name=f"{lesson.slug}-{width}x{height}.jpg"
            ),
        )
        self.created["videos"] += 1
        return media

    def _document(self, document: DemoDocument):
        """The demo document, shared by every page that uses it (found by title if an earlier run made it)."""
        if document.name not in self.documents:
            existing = get_document_model().objects.filter(title=document.title).first()
            self.documents[document.name] = existing or self._file_document(
                document.title, f"{document.name}.txt", document_text(document)
            )
        return self.documents[document.name]

    def _file_document(self, title: str, name: str, text: str):
        data = text.encode()
        document = get_document_model().objects.create(
            title=title,
            file=ContentFile(data, name=name),
            file_size=len(data),
            file_hash=hash_filelike(io.BytesIO(data)),
        )
        self.created["documents"] += 1
        return document


def _of(items, network: Network) -> list:
    return [item for item in items if item.network == network.slug]


def _site_root() -> Page:
    """The default site's root page (Wagtail's own at depth 2), under which each network has its home page."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    return site.root_page.specific if site is not None else Page.objects.filter(depth=2).first().specific
