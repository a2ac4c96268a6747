"""The pages of the tree as readers see them, in Danish, Arabic and French: templates/pages/ and its blocks."""

import datetime
import io
import re

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from PIL import Image
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from intranet.organisations.dashboard import DashboardPanel
from intranet.organisations.tests.factories import NetworkFactory
from intranet.pages import models, selectors
from intranet.pages.templatetags import shabaka_pages
from intranet.pages.tests import factories

pytestmark = pytest.mark.django_db

LANGUAGES = ["da", "ar", "fr"]
DIRECTIONS = {"da": "ltr", "ar": "rtl", "fr": "ltr"}
TITLES = ("Førstehjælp for frivillige", "الإسعافات الأولية للمتطوعين", "Premiers secours pour les bénévoles")
SUMMARIES = ("Hvad gør du, når nogen kommer til skade", "ماذا تفعل عندما يصاب شخص", "Que faire en cas de blessure")


def url_in(page, language: str) -> str:
    with translation.override(language):
        return page.url


def html_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def html_lang_dir(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]*)" dir="([^"]*)"', html)
    assert match, "the page has no <html lang dir>"
    return match.group(1), match.group(2)


def text_of(language: str, message: str) -> str:
    """`message` as the interface shows it in `language` (so tests hold before and after translation)."""
    with translation.override(language):
        return gettext(message)


def document(title: str, name: str = "plan.pdf", content: bytes = b"%PDF-1.4 plan"):
    return get_document_model().objects.create(title=title, file=ContentFile(content, name=name))


# --- every page in every language -------------------------------------------------------------------------------


def _pages(home, library, magazine):
    toolkit = factories.toolkit(library, title=TITLES, summary=SUMMARIES)
    lesson = factories.video_lesson(library, title=TITLES, summary=SUMMARIES)
    guide = factories.process_guide(library, title=TITLES, summary=SUMMARIES)
    article = factories.article(magazine, title=TITLES, summary=SUMMARIES)
    return {
        "home": (home, None),
        "library": (library, None),
        "toolkit": (toolkit, TITLES),
        "lesson": (lesson, TITLES),
        "guide": (guide, TITLES),
        "magazine": (magazine, None),
        "article": (article, TITLES),
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_renders_in_every_language_with_its_direction(
    client, home, library, magazine, network_member, language
):
    client.force_login(network_member)
    for name, (page, titles) in _pages(home, library, magazine).items():
        html = html_of(client.get(url_in(page, language)))
        assert html_lang_dir(html) == (language, DIRECTIONS[language]), name
        if titles:
            title = titles[LANGUAGES.index(language)]
            assert f'lang="{language}" dir="auto">{title}</h1>' in html, name
            assert f"<title>{title} · Shabaka</title>" in html, name
            assert "notice--untranslated" not in html, name


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_untranslated_text_is_shown_in_danish_marked_as_danish_with_a_notice(client, library, network_member, language):
    toolkit = factories.toolkit(library, title=("Kun på dansk",), summary=("Et dansk resumé",))
    client.force_login(network_member)

    html = html_of(client.get(url_in(toolkit, language)))

    assert 'class="notice notice--untranslated"' in html
    assert '<h1 lang="da" dir="auto">Kun på dansk</h1>' in html
    assert '<p class="lead" lang="da" dir="auto">Et dansk resumé</p>' in html
    assert html_lang_dir(html) == (language, DIRECTIONS[language])


def test_a_danish_page_read_in_danish_has_no_notice(client, library, network_member):
    toolkit = factories.toolkit(library, title=("Kun på dansk",))
    client.force_login(network_member)
    assert "notice--untranslated" not in html_of(client.get(url_in(toolkit, "da")))


def test_pages_below_the_home_page_show_breadcrumbs(client, home, library, network_member):
    toolkit = factories.toolkit(library, title=TITLES)
    client.force_login(network_member)

    html = html_of(client.get(url_in(toolkit, "fr")))

    breadcrumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    # The home page and library have no French title: theirs show in Danish and say so.
    assert f'<a href="{url_in(home, "fr")}" lang="da" dir="auto">{home.title_da}</a>' in breadcrumbs
    assert f'<a href="{url_in(library, "fr")}" lang="da" dir="auto">{library.title_da}</a>' in breadcrumbs
    assert f'<span aria-current="page" lang="fr" dir="auto">{TITLES[2]}</span>' in breadcrumbs


# --- privacy at page level -----------------------------------------------------------------------------------------


def test_a_member_of_another_network_gets_404_on_the_library_and_its_toolkits(client, library, outsider):
    toolkit = factories.toolkit(library, title=TITLES)
    client.force_login(outsider)
    assert client.get(url_in(library, "da")).status_code == 404
    assert client.get(url_in(toolkit, "ar")).status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in_for_the_library(client, library):
    response = client.get(url_in(library, "da"))
    assert response.status_code == 302
    assert "login/?next=" in response["Location"]
    assert response["Location"].endswith(url_in(library, "da"))


# --- home page ------------------------------------------------------------------------------------------------------


def test_home_page_shows_introduction_featured_toolkits_newest_lessons_and_articles(
    client, home, library, magazine, network_member
):
    home.introduction_ar = "مرحبا بكم في الشبكة"
    home.save_revision().publish()
    featured = factories.toolkit(library, title=("Udvalgt værktøjskasse", "حقيبة أدوات مختارة"))
    factories.toolkit(library, title=("Ikke udvalgt",))
    models.HomePageFeaturedToolkit.objects.create(page=home, toolkit=featured)
    lesson = factories.video_lesson(library, title=("Ny videolektion", "درس مصور جديد"))
    article = factories.article(magazine, title=("Nyt fra netværket", "أخبار الشبكة"))
    client.force_login(network_member)

    html = html_of(client.get(url_in(home, "ar")))

    assert "مرحبا بكم في الشبكة" in html
    featured_section = re.search(r'aria-labelledby="featured-toolkits">.*?</section>', html, re.S).group(0)
    assert "حقيبة أدوات مختارة" in featured_section
    assert "Ikke udvalgt" not in featured_section
    assert f'href="{url_in(lesson, "ar")}"' in html
    assert f'href="{url_in(article, "ar")}"' in html
    assert f'href="{url_in(library, "ar")}"' in html
    assert f'href="{url_in(magazine, "ar")}"' in html


def test_home_page_leaves_out_what_an_anonymous_visitor_may_not_see(client, home, library, magazine):
    featured = factories.toolkit(library, title=("Kun for medlemmer",))
    models.HomePageFeaturedToolkit.objects.create(page=home, toolkit=featured)
    factories.video_lesson(library, title=("Lektion for medlemmer",))
    factories.article(magazine, title=("Offentlig artikel",))

    html = html_of(client.get(url_in(home, "da")))

    assert "Offentlig artikel" in html
    assert "Kun for medlemmer" not in html
    assert "Lektion for medlemmer" not in html


def test_home_page_renders_the_sections_other_features_register(client, home, settings, tmp_path):
    (tmp_path / "section.html").write_text("<h2>{{ panel.title }}</h2><p>Next meeting: {{ when }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [*settings.TEMPLATES[0]["DIRS"], tmp_path]}]

    def meetings_section(request, page):
        return DashboardPanel(title="Meetings", template_name="section.html", context={"when": page.pk})

    with hooks.register_temporarily(models.HOME_SECTIONS_HOOK, meetings_section):
        html = html_of(client.get(url_in(home, "da")))

    assert f'<section class="panel" aria-label="Meetings"><h2>Meetings</h2><p>Next meeting: {home.pk}</p>' in html


# --- library --------------------------------------------------------------------------------------------------------


def test_library_lists_toolkits_lessons_and_guides_as_cards(client, library, network_member):
    toolkit = factories.toolkit(library, title=TITLES, summary=SUMMARIES)
    lesson = factories.video_lesson(library, title=("Videolektion om hygiejne",))
    guide = factories.process_guide(library, title=("Procesbeskrivelse for klager",))
    client.force_login(network_member)

    html = html_of(client.get(url_in(library, "fr")))

    assert f'<a href="{url_in(toolkit, "fr")}" lang="fr" dir="auto">{TITLES[2]}</a>' in html
    assert SUMMARIES[2] in html
    assert 'class="page-card page-card--toolkit"' in html
    assert 'class="page-card page-card--lesson"' in html
    assert 'class="page-card page-card--guide"' in html
    # An untranslated card says its text is Danish.
    assert f'<a href="{url_in(lesson, "fr")}" lang="da" dir="auto">Videolektion om hygiejne</a>' in html
    assert f'<a href="{url_in(guide, "fr")}" lang="da" dir="auto">Procesbeskrivelse for klager</a>' in html
    assert '<time datetime="PT4M30S" dir="ltr">4:30</time>' in html


def test_library_filters_keep_their_choice_and_offer_to_clear(client, library, network_member):
    factories.toolkit(library, title=("Hygiejne i køkkenet",), topic=factories.topic("hygiene"))
    factories.toolkit(library, title=("Førstehjælp",), topic=factories.topic("first-aid"))
    client.force_login(network_member)

    html = html_of(client.get(url_in(library, "da"), {"topic": "hygiene", "kind": "toolkit"}))

    assert "Hygiejne i køkkenet" in html
    assert "Førstehjælp</a>" not in html
    assert '<option value="hygiene" selected>' in html
    assert '<option value="toolkit" selected>' in html
    assert f'<a href="{url_in(library, "da")}">{text_of("da", "Clear filters")}</a>' in html


def test_library_says_when_nothing_matches_the_filters(client, library, network_member):
    factories.toolkit(library, title=("Førstehjælp",), topic=factories.topic("first-aid"))
    client.force_login(network_member)

    html = html_of(client.get(url_in(library, "ar"), {"topic": "leadership"}))

    assert text_of("ar", "Nothing in the library matches these filters.") in html
    assert "page-card" not in html


def test_library_pages_link_onwards_and_keep_the_filters(client, library, network_member, monkeypatch):
    monkeypatch.setattr(selectors, "LIBRARY_PAGE_SIZE", 2)
    for number in range(3):
        factories.toolkit(library, title=(f"Værktøjskasse {number}",), topic=factories.topic("hygiene"))
    client.force_login(network_member)

    first = html_of(client.get(url_in(library, "da"), {"topic": "hygiene"}))
    second = html_of(client.get(url_in(library, "da"), {"topic": "hygiene", "page": 2}))

    assert 'href="?topic=hygiene&amp;page=2" rel="next"' in first
    assert 'href="?topic=hygiene&amp;page=1" rel="prev"' in second
    assert first.count('class="page-card ') == 2
    assert second.count('class="page-card ') == 1


# --- toolkit body blocks --------------------------------------------------------------------------------------------


def test_toolkit_body_renders_every_kind_of_block(client, library, network_member):
    lesson = factories.video_lesson(library, title=("Sådan lægger du en forbinding", "كيف تضع ضمادة"))
    plan = document("Beredskabsplan")
    body = [
        {"type": "text", "value": "<h2>Før du starter</h2><p>Læs planen.</p>"},
        {"type": "callout", "value": {"kind": "warning", "title": "Pas på", "text": "<p>Brug handsker.</p>"}},
        {"type": "checklist", "value": {"title": "Tjekliste", "items": ["Handsker", "Plaster"]}},
        {
            "type": "process",
            "value": {
                "title": "Når uheldet sker",
                "steps": [
                    {
                        "title": "Ring 112",
                        "responsible": "volunteer",
                        "responsible_detail": "den frivillige på vagt",
                        "description": "<p>Sig hvor I er.</p>",
                        "documents": [plan.pk],
                    }
                ],
            },
        },
        {"type": "quote", "value": {"quote": "Ro på.", "attribution": "Aya"}},
        {"type": "document", "value": {"document": plan.pk, "description": "Hæng den op"}},
        {"type": "video_lesson", "value": {"lesson": lesson.pk, "note": "Se den først"}},
    ]
    toolkit = factories.toolkit(library, title=TITLES, body=body)
    client.force_login(network_member)

    html = html_of(client.get(url_in(toolkit, "ar")))

    assert '<div class="rich-text" dir="auto"><h2>Før du starter</h2><p>Læs planen.</p></div>' in html
    assert 'class="callout callout--warning" aria-label="Pas på"' in html
    assert text_of("ar", "Warning") in html
    assert '<input type="checkbox"> <span dir="auto">Plaster</span>' in html
    assert '<h2 dir="auto">Når uheldet sker</h2>' in html
    assert '<h3 class="step__title" dir="auto">Ring 112</h3>' in html
    assert f'{text_of("ar", "Volunteer")}</span> (<span dir="auto">den frivillige på vagt</span>)' in html
    assert '<blockquote dir="auto"><p>Ro på.</p></blockquote>' in html
    assert html.count(f'<a class="document-link" href="{plan.url}" dir="auto">Beredskabsplan</a>') == 2
    assert "<bdi>PDF" in html
    assert '<p class="document__description" dir="auto">Hæng den op</p>' in html
    assert f'<a href="{url_in(lesson, "ar")}" lang="ar" dir="auto">كيف تضع ضمادة</a>' in html
    assert "Se den først" in html


def test_a_link_to_an_unpublished_video_lesson_is_left_out(client, library, network_member):
    lesson = factories.video_lesson(library, title=("Trukket tilbage",))
    toolkit = factories.toolkit(
        library, title=TITLES, body=[{"type": "video_lesson", "value": {"lesson": lesson.pk, "note": ""}}]
    )
    lesson.unpublish()
    client.force_login(network_member)

    html = html_of(client.get(url_in(toolkit, "da")))

    assert "Trukket tilbage" not in html
    assert "lesson-link" not in html


# --- video lesson ---------------------------------------------------------------------------------------------------


def test_video_lesson_plays_with_captions_in_every_language_and_the_readers_by_default(client, library, network_member):
    captions = {language: factories.webvtt_document(language) for language in LANGUAGES}
    small = factories.video("Lille version")
    lesson = factories.video_lesson(
        library,
        title=TITLES,
        captions_da=captions["da"],
        captions_ar=captions["ar"],
        captions_fr=captions["fr"],
        low_bandwidth_video=small,
        transcript_da="<p>Hej og velkommen</p>",
        transcript_ar="<p>مرحبا</p>",
        transcript_fr="<p>Bonjour</p>",
        materials=[{"type": "document", "value": {"document": document("Øvelsesark").pk, "description": ""}}],
    )
    client.force_login(network_member)

    html = html_of(client.get(url_in(lesson, "ar")))

    video = re.search(r"<video .*?</video>", html, re.S).group(0)
    assert 'preload="none"' in video
    assert f'<source src="{lesson.video.url}">' in video
    tracks = re.findall(r"<track [^>]*>", video)
    assert len(tracks) == 3
    default_tracks = [track for track in tracks if " default" in track]
    assert default_tracks == [
        f'<track kind="captions" src="{captions["ar"].url}" srclang="ar" label="{text_of("ar", "Arabic")}" default>'
    ]
    assert f'href="{small.url}" download' in html
    assert '<time datetime="PT4M30S" dir="ltr">4:30</time>' in html
    assert '<div class="rich-text" lang="ar" dir="auto"><p>مرحبا</p></div>' in html
    assert "Øvelsesark</a>" in html


def test_video_lesson_with_an_external_video_and_no_extras(client, library, network_member):
    lesson = factories.video_lesson(library, title=TITLES, external_video_url="https://video.example.org/hygiene.mp4")
    client.force_login(network_member)

    html = html_of(client.get(url_in(lesson, "fr")))

    assert '<source src="https://video.example.org/hygiene.mp4">' in html
    assert "<track" not in html
    assert 'aria-labelledby="transcript"' not in html
    assert 'aria-labelledby="materials"' not in html


# --- process guide --------------------------------------------------------------------------------------------------


def test_process_guide_shows_numbered_steps_who_does_them_documents_and_related_toolkits(
    client, library, network_member
):
    form = document("Klageskema")
    related = factories.toolkit(library, title=("Etiske regler", "قواعد أخلاقية"))
    withdrawn = factories.toolkit(library, title=("Gammel værktøjskasse",))
    steps = [
        {"type": "step", "value": {"title": "Modtag klagen", "responsible": "leader", "documents": []}},
        {
            "type": "step",
            "value": {"title": "Svar skriftligt", "responsible": "board", "description": "", "documents": [form.pk]},
        },
    ]
    guide = factories.process_guide(
        library,
        title=TITLES,
        introduction_da="<p>Sådan behandler vi klager.</p>",
        steps_da=steps,
        documents=[{"type": "document", "value": {"document": form.pk, "description": "Udfyld"}}],
    )
    models.ProcessGuideRelatedToolkit.objects.create(page=guide, toolkit=related)
    models.ProcessGuideRelatedToolkit.objects.create(page=guide, toolkit=withdrawn)
    withdrawn.unpublish()
    client.force_login(network_member)

    html = html_of(client.get(url_in(guide, "ar")))

    steps_html = re.search(r'<ol class="steps" lang="da">(.*?)</ol>', html, re.S).group(1)
    assert steps_html.count('<li class="step">') == 2
    assert steps_html.index("Modtag klagen") < steps_html.index("Svar skriftligt")
    assert text_of("ar", "Leader") in steps_html
    assert text_of("ar", "Board") in steps_html
    assert "Klageskema</a>" in steps_html
    assert "Sådan behandler vi klager." in html
    assert 'aria-labelledby="documents"' in html
    related_html = re.search(r'aria-labelledby="related-toolkits">.*?</section>', html, re.S).group(0)
    assert f'<a href="{url_in(related, "ar")}" lang="ar" dir="auto">قواعد أخلاقية</a>' in related_html
    assert "Gammel værktøjskasse" not in related_html


def test_editors_preview_of_unsaved_changes_renders_with_related_toolkits_in_memory():
    """The CMS preview renders a page built from the edit form: its inline relations are not in the database."""
    library = factories.library(factories.home_page(), members_only=False)
    guide = factories.process_guide(library, title=TITLES)
    related = factories.toolkit(library, title=("Ikke gemt endnu",))
    guide.related_toolkits.add(models.ProcessGuideRelatedToolkit(toolkit=related))
    guide.title_ar = "عنوان جديد"

    with translation.override("ar"):
        response = guide.make_preview_request()

    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 lang="ar" dir="auto">عنوان جديد</h1>' in html
    assert "Ikke gemt endnu" in html
    assert not models.ProcessGuideRelatedToolkit.objects.filter(page=guide).exists()


# --- magazine -------------------------------------------------------------------------------------------------------


def test_magazine_lists_articles_newest_first_with_kind_date_author_and_tags(client, magazine):
    older = factories.article(magazine, title=("Ældre nyhed",), date=datetime.date(2025, 1, 5))
    newer = factories.article(
        magazine,
        title=("En frivilligs historie", "قصة متطوعة"),
        kind=models.ArticleKind.STORY,
        author="Fatima Zahra",
        date=datetime.date(2025, 3, 1),
        tags=["frivillige"],
    )

    html = html_of(client.get(url_in(magazine, "ar")))

    assert html.index(url_in(newer, "ar")) < html.index(url_in(older, "ar"))
    assert '<time datetime="2025-03-01">' in html
    assert "Fatima Zahra" in html
    assert f'<span class="badge badge--story">{text_of("ar", "Story")}</span>' in html
    assert f'href="{url_in(magazine, "ar")}?tag=frivillige"' in html


def test_magazine_filters_by_kind_and_tag(client, magazine):
    factories.article(magazine, title=("Et interview",), kind=models.ArticleKind.INTERVIEW, tags=["ledelse"])
    factories.article(magazine, title=("En nyhed",), kind=models.ArticleKind.NEWS)

    by_kind = html_of(client.get(url_in(magazine, "da"), {"kind": "interview"}))
    by_tag = html_of(client.get(url_in(magazine, "da"), {"tag": "ledelse"}))
    nothing = html_of(client.get(url_in(magazine, "da"), {"tag": "findes-ikke"}))

    assert "Et interview" in by_kind and "En nyhed" not in by_kind
    assert f'<span aria-current="true">{text_of("da", "Interview")}</span>' in by_kind
    assert "Et interview" in by_tag and "En nyhed" not in by_tag
    assert f'<a href="?tag=ledelse&amp;kind=interview">{text_of("da", "Interview")}</a>' in by_tag
    assert text_of("da", "Show all tags") in by_tag
    assert text_of("da", "No articles match this choice.") in nothing


def test_article_page_shows_byline_body_and_tags_linking_to_the_magazine(client, magazine):
    article = factories.article(
        magazine,
        title=TITLES,
        summary=SUMMARIES,
        author="Aya Benali",
        date=datetime.date(2025, 2, 14),
        body_da=[{"type": "text", "value": "<p>Hele historien.</p>"}],
        tags=["hygiejne"],
    )

    html = html_of(client.get(url_in(article, "fr")))

    assert '<time datetime="2025-02-14">' in html
    assert "Aya Benali" in html
    assert f'<p class="lead" lang="fr" dir="auto">{SUMMARIES[2]}</p>' in html
    # The body is not translated into French: it is shown in Danish, and marked as Danish.
    assert re.search(
        r"<div class=\"stream\" lang=\"da\">\s*<div class=\"rich-text\" dir=\"auto\"><p>Hele historien.</p></div>", html
    ), html[html.index("<main") :]
    assert f'<a href="{url_in(magazine, "fr")}?tag=hygiejne" dir="auto">hygiejne</a>' in html


# --- search ---------------------------------------------------------------------------------------------------------


def test_search_page_lists_results_in_the_readers_language(client, library, magazine, network_member):
    toolkit = factories.toolkit(library, title=TITLES, summary=SUMMARIES)
    client.force_login(network_member)

    html = html_of(client.get("/ar/search/", {"q": "الاسعافات"}))

    assert '<meta name="robots" content="noindex">' in html
    assert 'value="الاسعافات"' in html
    assert f'<a href="{url_in(toolkit, "ar")}" lang="ar" dir="auto">{TITLES[1]}</a>' in html
    assert SUMMARIES[1] in html


def test_search_page_without_a_query_shows_only_the_form(client):
    html = html_of(client.get("/fr/search/"))
    assert 'name="q"' in html
    assert "search-results" not in html
    assert 'role="status"' not in html


def test_search_pages_link_onwards_with_the_query(client, library, network_member, monkeypatch):
    monkeypatch.setattr(selectors, "SEARCH_PAGE_SIZE", 1)
    factories.toolkit(library, title=("Hygiejne i køkkenet",))
    factories.toolkit(library, title=("Hygiejne på lejren",))
    client.force_login(network_member)

    html = html_of(client.get("/da/search/", {"q": "hygiejne"}))

    assert 'href="?q=hygiejne&amp;page=2" rel="next"' in html


# --- template helpers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("duration", "iso", "clock"),
    [
        (datetime.timedelta(minutes=4, seconds=30), "PT4M30S", "4:30"),
        (datetime.timedelta(seconds=45), "PT45S", "0:45"),
        (datetime.timedelta(hours=1, minutes=2, seconds=3), "PT1H2M3S", "1:02:03"),
        (datetime.timedelta(minutes=10), "PT10M", "10:00"),
        (datetime.timedelta(0), "PT0S", "0:00"),
    ],
)
def test_durations_read_as_a_clock_and_as_iso_8601(duration, iso, clock):
    assert shabaka_pages.iso_duration(duration) == iso
    assert shabaka_pages.clock(duration) == clock


def test_durations_left_empty_render_nothing():
    assert shabaka_pages.iso_duration(None) == ""
    assert shabaka_pages.clock(None) == ""


# --- query counts ---------------------------------------------------------------------------------------------------


def queries_for(client, url, params=None) -> int:
    """How many queries one GET of `url` costs, after a first GET warmed content types and the session.

    The cache is emptied in between: Wagtail keeps image renditions there, which would hide a rendition the
    selectors did not prefetch.
    """
    assert client.get(url, params).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, params).status_code == 200
    return len(context.captured_queries)


MAX_QUERIES = 40
# Budgets a little above what was measured here (library 24 or fewer for a member, magazine 17 for an anonymous
# reader); the equal-cost assertions are what catch an N+1.
LIBRARY_MAX_QUERIES = 26
MAGAZINE_MAX_QUERIES = 18


def test_library_costs_the_same_for_5_and_50_children(client, network, network_member, django_assert_max_num_queries):
    """50 children fill more than one page of the library: the first page costs what a library of 5 does."""
    small_library = factories.library(factories.home_page(network=NetworkFactory()), members_only=False)
    large_library = factories.library(factories.home_page(network=NetworkFactory()), members_only=False)
    for library, count in ((small_library, 5), (large_library, 50)):
        for number in range(count):
            if number % 3 == 0:
                factories.toolkit(library, title=(f"Værktøjskasse {number}", "حقيبة"), image=_image())
            elif number % 3 == 1:
                factories.video_lesson(library, title=(f"Lektion {number}",), poster=_image())
            else:
                factories.process_guide(library, title=(f"Procesbeskrivelse {number}",))
    client.force_login(network_member)

    small = queries_for(client, url_in(small_library, "ar"))
    large = queries_for(client, url_in(large_library, "ar"))

    assert large == small
    with django_assert_max_num_queries(LIBRARY_MAX_QUERIES):
        client.get(url_in(large_library, "ar"))


def test_magazine_costs_the_same_for_5_and_50_articles(client, django_assert_max_num_queries):
    small_magazine = factories.magazine(factories.home_page())
    large_magazine = factories.magazine(factories.home_page())
    for magazine, count in ((small_magazine, 5), (large_magazine, 50)):
        for number in range(count):
            factories.article(magazine, title=(f"Artikel {number}",), image=_image(), tags=["a", f"tag-{number}"])

    small = queries_for(client, url_in(small_magazine, "fr"))
    large = queries_for(client, url_in(large_magazine, "fr"))

    assert large == small
    with django_assert_max_num_queries(MAGAZINE_MAX_QUERIES):
        client.get(url_in(large_magazine, "fr"))


def test_home_page_costs_the_same_with_1_and_6_featured_toolkits(client, network_member, network):
    counts = []
    for count in (1, 6):
        home = factories.home_page(network=NetworkFactory())
        library = factories.library(home, members_only=False)
        magazine = factories.magazine(home)
        for number in range(count):
            toolkit = factories.toolkit(library, title=(f"Udvalgt {number}",), image=_image())
            models.HomePageFeaturedToolkit.objects.create(page=home, toolkit=toolkit)
            factories.video_lesson(library, title=(f"Lektion {number}",), image=_image())
            factories.article(magazine, title=(f"Artikel {number}",), image=_image())
        client.force_login(network_member)
        counts.append(queries_for(client, url_in(home, "da")))
    assert counts[0] == counts[1]
    assert counts[1] <= MAX_QUERIES


def test_process_guide_costs_the_same_with_1_and_5_related_toolkits(client, library, network_member):
    counts = []
    for count in (1, 5):
        guide = factories.process_guide(library, title=TITLES)
        for number in range(count):
            toolkit = factories.toolkit(library, title=(f"Relateret {number}",))
            models.ProcessGuideRelatedToolkit.objects.create(page=guide, toolkit=toolkit)
        client.force_login(network_member)
        counts.append(queries_for(client, url_in(guide, "da")))
    assert counts[0] == counts[1]
    assert counts[1] <= MAX_QUERIES


def test_toolkit_costs_the_same_with_1_and_5_documents_and_lesson_links(client, library, network_member):
    lesson = factories.video_lesson(library, title=("Lektion",))
    counts = []
    for count in (1, 5):
        body = []
        for number in range(count):
            body.append({"type": "document", "value": {"document": document(f"Dokument {number}").pk}})
            body.append({"type": "video_lesson", "value": {"lesson": lesson.pk, "note": ""}})
        toolkit = factories.toolkit(library, title=TITLES, body=body)
        client.force_login(network_member)
        counts.append(queries_for(client, url_in(toolkit, "fr")))
    assert counts[0] == counts[1]
    assert counts[1] <= MAX_QUERIES


def test_video_lesson_detail_stays_within_budget(client, library, network_member, django_assert_max_num_queries):
    lesson = factories.video_lesson(
        library,
        title=TITLES,
        poster=_image(),
        captions_da=factories.webvtt_document("da"),
        captions_ar=factories.webvtt_document("ar"),
        low_bandwidth_video=factories.video("Lille"),
    )
    client.force_login(network_member)
    url = url_in(lesson, "ar")
    client.get(url)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert client.get(url).status_code == 200


def test_search_costs_the_same_for_2_and_10_results(client, library, network_member):
    counts = []
    for count, word in ((2, "kanoer"), (10, "telte")):
        for number in range(count):
            factories.toolkit(library, title=(f"{word.capitalize()} {number}",))
        client.force_login(network_member)
        counts.append(queries_for(client, "/da/search/", {"q": word}))
    assert counts[0] == counts[1]


def _image():
    """A small real PNG in the image library, for renditions. Each card gets its own, as in a real library."""
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), "teal").save(buffer, format="PNG")
    return get_image_model().objects.create(title="Hænder", file=ImageFile(buffer, name="hands.png"))


def test_images_are_responsive_webp_renditions_never_the_upload(client, library, network_member):
    """Phones on slow connections get the smallest WebP rendition that fits; the original is never sent."""
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 900), "teal").save(buffer, format="PNG")
    photo = get_image_model().objects.create(title="Hænder", file=ImageFile(buffer, name="hands.png"))
    toolkit = factories.toolkit(library, title=("Billeder",), image=photo)
    client.force_login(network_member)

    library_html = client.get(library.url).content.decode()
    page_html = client.get(toolkit.url).content.decode()

    card = re.search(r'<img[^>]*class="page-card__image"[^>]*>', library_html).group(0)
    assert re.search(r'srcset="[^"]*\.webp 320w, [^"]*\.webp 480w"', card), card
    assert 'sizes="(max-width: 40rem) 100vw, 20rem"' in card
    assert 'loading="lazy"' in card
    header = re.search(r'<img[^>]*class="page-header__image"[^>]*>', page_html).group(0)
    assert re.search(r"\.webp 480w, [^\"]*\.webp 800w, [^\"]*\.webp 1200w", header), header
    assert "sizes=" in header
    assert "hands.png" not in library_html + page_html
