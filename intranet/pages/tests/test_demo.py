"""The demo's learning material (`intranet.pages.demo`), loaded by `demo_data`: home pages, members-only libraries,
public magazines, toolkits, video lessons with generated videos and captions, process guides and articles."""

import dataclasses
import io
import re

import av
import pytest
from django.core.management import call_command
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtailmedia.models import get_media_model

from intranet.organisations.demo import Text
from intranet.organisations.models import User
from intranet.pages import demo, demo_content, models
from intranet.pages.demo_content import Lesson, LessonLink, Toolkit

LANGUAGES = ("da", "ar", "fr")
ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
EBML_MAGIC = bytes.fromhex("1a45dfa3")
NETWORKS = ("tanger", "alliancen")


def load() -> str:
    output = io.StringIO()
    call_command("demo_data", "--force", stdout=output, stderr=io.StringIO())
    return output.getvalue()


def read(field_file) -> bytes:
    with field_file.open("rb") as file:
        return file.read()


def demo_pages() -> list[models.TranslatedPage]:
    pages = []
    for home in models.HomePage.objects.filter(network__slug__in=NETWORKS):
        pages += [page.specific for page in home.get_descendants(inclusive=True)]
    return pages


def stored_counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": sum(page.revisions.count() for page in Page.objects.all()),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "media": get_media_model().objects.count(),
        "featured": models.HomePageFeaturedToolkit.objects.count(),
        "related": models.ProcessGuideRelatedToolkit.objects.count(),
        "restrictions": PageViewRestriction.objects.count(),
    }


@pytest.mark.django_db
def test_demo_builds_each_networks_home_library_and_magazine_and_a_second_run_adds_nothing(client):
    output = load()

    assert "pages: " in output and "videos: 8" in output
    root = Site.objects.get(is_default_site=True).root_page
    assert [root.title_da, root.title_ar, root.title_fr] == ["Shabaka"] * 3
    for slug in NETWORKS:
        home = models.HomePage.objects.get(network__slug=slug)
        assert home.slug == slug
        assert home.get_parent().pk == root.pk
        assert home.live and home.image is not None
        assert all(getattr(home, f"introduction_{language}") for language in LANGUAGES)
        library = home.get_children().get(slug="library").specific
        magazine = home.get_children().get(slug="magazine").specific
        assert isinstance(library, models.ToolkitIndexPage) and isinstance(magazine, models.MagazineIndexPage)
        assert library.get_view_restrictions().get().restriction_type == PageViewRestriction.LOGIN
        assert not magazine.get_view_restrictions().exists()
        featured = [item.toolkit for item in home.featured_toolkits.all()]
        assert len(featured) == 3
        assert all(toolkit.get_parent().pk == library.pk for toolkit in featured)

    assert models.ToolkitPage.objects.live().count() >= 8
    assert models.VideoLessonPage.objects.live().count() == 4
    assert models.ProcessGuidePage.objects.live().count() == 2
    assert models.ArticlePage.objects.live().count() == 6
    for page in demo_pages():
        for language in ("ar", "fr"):
            assert not page.untranslated_in(language), (page.slug, language)
        for field in ("title", "summary"):
            if hasattr(page, f"{field}_da"):
                values = [getattr(page, f"{field}_{language}") for language in LANGUAGES]
                assert all(values) and len(set(values)) >= 2, (page.slug, field)
                assert ARABIC_LETTER.search(values[1]), (page.slug, field)

    check_video_lessons()
    check_toolkits()
    check_process_guides_and_articles()
    check_pages_render_for_a_member(client)

    first_published = {page.pk: page.first_published_at for page in Page.objects.all()}
    counts = stored_counts()

    assert "nothing changed" in load()
    assert stored_counts() == counts
    assert {page.pk: page.first_published_at for page in Page.objects.all()} == first_published


def check_video_lessons():
    lessons = list(models.VideoLessonPage.objects.select_related("video", "low_bandwidth_video"))
    assert {lesson.get_parent().get_parent().specific.network.slug for lesson in lessons} == set(NETWORKS)
    assert any("اسعافات" in lesson.title_ar + lesson.summary_ar for lesson in lessons)
    for lesson in lessons:
        assert lesson.duration.total_seconds() > 5
        assert lesson.poster is not None and lesson.materials and lesson.transcript_ar and lesson.transcript_fr
        for media, (width, height) in ((lesson.video, (640, 360)), (lesson.low_bandwidth_video, (256, 144))):
            data = read(media.file)
            assert data.startswith(EBML_MAGIC) and len(data) < 300_000
            assert (media.type, media.width, media.height) == ("video", width, height)
            with av.open(io.BytesIO(data)) as container:
                stream = container.streams.video[0]
                assert (stream.codec_context.name, stream.codec_context.width) == ("vp9", width)
                assert container.duration / av.time_base > 5
        assert lesson.video.file.name.endswith(".webm")
        tracks = lesson.caption_tracks("ar")
        assert [track["language"] for track in tracks] == list(LANGUAGES)
        captions = {language: read(getattr(lesson, f"captions_{language}").file).decode() for language in LANGUAGES}
        assert all(text.startswith("WEBVTT") for text in captions.values())
        assert len(set(captions.values())) == 3
        assert ARABIC_LETTER.search(captions["ar"]) and not ARABIC_LETTER.search(captions["da"] + captions["fr"])
        assert 3 <= captions["da"].count(" --> ") <= 5
        lesson.full_clean()  # the model's own check that the captions are WebVTT


def check_toolkits():
    toolkits = list(models.ToolkitPage.objects.all())
    assert {toolkit.topic.slug for toolkit in toolkits} >= {
        "leadership",
        "organising",
        "fundraising",
        "first-aid",
        "hygiene",
        "legal-policy",
        "ethics",
        "social-processes",
    }
    assert any("الإسعافات الأولية" in toolkit.title_ar for toolkit in toolkits if toolkit.topic.slug == "first-aid")
    used = set()
    for toolkit in toolkits:
        kinds = [[block.block_type for block in getattr(toolkit, f"body_{language}")] for language in LANGUAGES]
        assert kinds[0] == kinds[1] == kinds[2], toolkit.slug
        assert len(set(kinds[0])) >= 3, toolkit.slug
        used |= set(kinds[0])
        assert toolkit.image is not None
        for block in toolkit.body_ar:
            if block.block_type == "process":
                assert all(step["responsible"] and step["responsible_detail"] for step in block.value["steps"])
            if block.block_type == "video_lesson":
                assert block.value["lesson"].get_parent().pk == toolkit.get_parent().pk
    assert used == {"text", "video_lesson", "document", "checklist", "callout", "process", "quote"}


def check_process_guides_and_articles():
    for guide in models.ProcessGuidePage.objects.all():
        for language in LANGUAGES:
            steps = getattr(guide, f"steps_{language}")
            assert len(steps) >= 4 and all(step.value["responsible"] for step in steps)
            assert getattr(guide, f"introduction_{language}")
        assert guide.documents
        related = [item.toolkit for item in guide.related_toolkits.all()]
        assert related and all(toolkit.get_parent().pk == guide.get_parent().pk for toolkit in related)
    articles = list(models.ArticlePage.objects.all())
    assert {article.kind for article in articles} == {"news", "story", "interview"}
    for article in articles:
        assert article.author and article.image is not None and article.tags.count() >= 2
        assert all(getattr(article, f"body_{language}") for language in LANGUAGES)
    assert {article.get_parent().get_parent().slug for article in articles} == set(NETWORKS)


def check_pages_render_for_a_member(client):
    """A member of the Tangier network reads its pages, in each language, through the real templates."""
    client.force_login(User.objects.get(email="leader.dar-yasmine@demo.shabaka.org"))
    home = models.HomePage.objects.get(network__slug="tanger")
    for page in home.get_descendants(inclusive=True).specific():
        for language in LANGUAGES:
            with translation.override(language):
                url = page.url
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
    lesson = models.VideoLessonPage.objects.get(slug="first-aid-recovery-position")
    with translation.override("ar"):
        html = client.get(lesson.url).content.decode()
    assert html.count("<track ") == 3 and ".webm" in html


# --- the content itself, no database ----------------------------------------------------------------------------


def texts_in(value):
    """Every `Text` inside `value`, a demo dataclass or a tuple of them."""
    if isinstance(value, Text):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from texts_in(item)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            yield from texts_in(getattr(value, field.name))


def test_demo_content_is_consistent():
    toolkits, lessons, guides = demo.TOOLKITS, demo.LESSONS, demo.GUIDES
    everything = (*demo_content.HOMES, *toolkits, *lessons, *guides, *demo.ARTICLES)
    slugs = [item.slug for item in everything if hasattr(item, "slug")]
    assert len(set(slugs)) == len(slugs)
    texts = list(texts_in(everything))
    assert len(texts) > 250
    for text in texts:
        assert ARABIC_LETTER.search(text.ar), text
        assert not ARABIC_LETTER.search(text.da + text.fr), text
    library = {(item.network, item.slug): item for item in (*toolkits, *lessons, *guides)}
    for home in demo_content.HOMES:
        assert all(isinstance(library[(home.network, slug)], Toolkit) for slug in home.featured)
    for guide in guides:
        assert all(isinstance(library[(guide.network, slug)], Toolkit) for slug in guide.related)
    for toolkit in toolkits:
        for block in toolkit.body:
            if isinstance(block, LessonLink):
                assert isinstance(library[(toolkit.network, block.slug)], Lesson)
    for lesson in lessons:
        ends = [0.0] + [cue.end for cue in lesson.cues]
        assert [cue.start for cue in lesson.cues] == ends[:-1] and ends[-1] <= lesson.seconds
