"""Build page trees for tests: a network's home, its library and magazine, and pages in three languages.

Pages are added with `add_child` and published through a revision, as the CMS does, so search indexing,
privacy and `first_published_at` behave as they do for editors.
"""

import datetime
import itertools

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtailmedia.models import get_media_model

from intranet.organisations.tests.factories import NetworkFactory
from intranet.pages import models

_counter = itertools.count(1)


def _publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _texts(field: str, da: str, ar: str | None = None, fr: str | None = None) -> dict:
    values = {f"{field}_da": da, f"{field}": da}
    if ar is not None:
        values[f"{field}_ar"] = ar
    if fr is not None:
        values[f"{field}_fr"] = fr
    return values


def site_root() -> Page:
    """Wagtail's default site root (depth 2), under which each network has its home page."""
    return Page.objects.get(depth=2)


def home_page(network=None, **fields) -> models.HomePage:
    network = network or NetworkFactory()
    number = next(_counter)
    fields = {"slug": f"{network.slug}-{number}", **_texts("title", f"Netværk {number}", f"شبكة {number}"), **fields}
    return _publish(site_root(), models.HomePage(network=network, **fields))


def library(home: models.HomePage, *, members_only: bool = True, **fields) -> models.ToolkitIndexPage:
    page = _publish(home, models.ToolkitIndexPage(slug="library", **_texts("title", "Værktøjskasser"), **fields))
    if members_only:
        PageViewRestriction.objects.get_or_create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page


def magazine(home: models.HomePage, **fields) -> models.MagazineIndexPage:
    return _publish(home, models.MagazineIndexPage(slug="magazine", **_texts("title", "Magasin"), **fields))


def topic(slug: str = "first-aid") -> models.Topic:
    return models.Topic.objects.get(slug=slug)


def rich_text(text: str) -> list[tuple[str, str]]:
    return [("text", f"<p>{text}</p>")]


def toolkit(parent: models.ToolkitIndexPage, *, title: tuple, summary: tuple = ("Kort resumé",), body=None, **fields):
    """`title` and `summary` are (da, ar, fr) tuples; leave languages out to leave them untranslated."""
    number = next(_counter)
    page = models.ToolkitPage(
        slug=fields.pop("slug", f"toolkit-{number}"),
        topic=fields.pop("topic", None) or topic(),
        **_texts("title", *title),
        **_texts("summary", *summary),
        **fields,
    )
    if body is not None:
        page.body_da = body
    return _publish(parent, page)


def webvtt_document(language: str, text: str = "Hej"):
    content = f"WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n{text}\n".encode()
    return get_document_model().objects.create(
        title=f"Captions {language}", file=ContentFile(content, name=f"captions-{language}.vtt")
    )


def video(title: str = "Sample video"):
    return get_media_model().objects.create(
        title=title, type="video", file=ContentFile(b"\x1aE\xdf\xa3 not a real video", name="sample.webm")
    )


def video_lesson(parent: models.ToolkitIndexPage, *, title: tuple, summary: tuple = ("Kort resumé",), **fields):
    number = next(_counter)
    if "video" not in fields and "external_video_url" not in fields:
        fields["video"] = video()
    page = models.VideoLessonPage(
        slug=fields.pop("slug", f"lesson-{number}"),
        topic=fields.pop("topic", None) or topic(),
        duration=fields.pop("duration", datetime.timedelta(minutes=4, seconds=30)),
        **_texts("title", *title),
        **_texts("summary", *summary),
        **fields,
    )
    return _publish(parent, page)


def process_guide(parent: models.ToolkitIndexPage, *, title: tuple, summary: tuple = ("Kort resumé",), **fields):
    number = next(_counter)
    page = models.ProcessGuidePage(
        slug=fields.pop("slug", f"guide-{number}"),
        topic=fields.pop("topic", None) or topic("ethics"),
        **_texts("title", *title),
        **_texts("summary", *summary),
        **fields,
    )
    return _publish(parent, page)


def article(parent: models.MagazineIndexPage, *, title: tuple, summary: tuple = ("Kort resumé",), **fields):
    number = next(_counter)
    tags = fields.pop("tags", ())
    page = models.ArticlePage(
        slug=fields.pop("slug", f"article-{number}"),
        author=fields.pop("author", "Aya Benali"),
        **_texts("title", *title),
        **_texts("summary", *summary),
        **fields,
    )
    page = _publish(parent, page)
    if tags:
        page.tags.add(*tags)
        page.save_revision().publish()
    return page
