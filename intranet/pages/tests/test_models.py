"""The page models' own behaviour: untranslated notices, caption tracks, video lesson validation, search text;
and the library's members-only default (`services.library_make_members_only`)."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from intranet.pages import models, services

from . import factories as f

# --- untranslated_in ----------------------------------------------------------------------------------------------


def test_a_page_in_three_languages_is_translated_everywhere(library):
    page = f.toolkit(library, title=("Førstehjælp", "الإسعافات", "Premiers secours"), summary=("Kort", "قصير", "Court"))
    assert [page.untranslated_in(language) for language in ("da", "ar", "fr")] == [False, False, False]


def test_a_missing_title_makes_the_page_untranslated_in_that_language(library):
    page = f.toolkit(library, title=("Ledelse", None, "Diriger"), summary=("Kort", "قصير", "Court"))
    assert page.untranslated_in("ar") is True
    assert page.untranslated_in("fr") is False


def test_a_missing_summary_makes_the_page_untranslated(library):
    page = f.toolkit(library, title=("Ledelse", "القيادة", "Diriger"), summary=("Kort", "قصير"))
    assert page.untranslated_in("fr") is True
    assert page.untranslated_in("ar") is False


def test_a_missing_body_makes_a_toolkit_untranslated(library):
    page = f.toolkit(
        library,
        title=("Ledelse", "القيادة", "Diriger"),
        summary=("Kort", "قصير", "Court"),
        body=f.rich_text("Dansk tekst"),
        body_fr=f.rich_text("Texte français"),
    )
    assert page.untranslated_in("ar") is True
    assert page.untranslated_in("fr") is False


def test_a_field_empty_in_danish_too_is_no_reason_for_a_notice(library):
    page = f.toolkit(library, title=("Ledelse", "القيادة", "Diriger"), summary=("Kort", "قصير", "Court"))
    assert not page.body_da and not page.body_ar
    assert page.untranslated_in("ar") is False


def test_whitespace_counts_as_missing(library):
    page = f.toolkit(library, title=("Ledelse", "القيادة", "Diriger"), summary=("Kort", "   ", "Court"))
    assert page.untranslated_in("ar") is True


def test_danish_and_unknown_languages_are_never_untranslated(library):
    page = f.toolkit(library, title=("Kun dansk",), summary=("Kort",))
    assert page.untranslated_in("da") is False
    assert page.untranslated_in("de") is False
    assert page.untranslated_in("ar") is True


def test_untranslated_in_defaults_to_the_active_language(library):
    page = f.toolkit(library, title=("Ledelse", None, "Diriger"), summary=("Kort", None, "Court"))
    with translation.override("ar"):
        assert page.untranslated_in() is True
    with translation.override("fr"):
        assert page.untranslated_in() is False


def test_a_process_guide_without_translated_steps_is_untranslated(library):
    step = {"title": "Ring", "responsible": "leader", "responsible_detail": "", "description": "", "documents": []}
    page = f.process_guide(
        library,
        title=("Etik", "الأخلاق", "Éthique"),
        summary=("Kort", "قصير", "Court"),
        steps_da=[("step", step)],
        steps_fr=[("step", {**step, "title": "Appeler"})],
    )
    assert page.untranslated_in("ar") is True
    assert page.untranslated_in("fr") is False


# --- caption tracks and video lesson validation --------------------------------------------------------------------


@pytest.fixture
def captions():
    return {language: f.webvtt_document(language) for language in ("da", "ar", "fr")}


def test_caption_tracks_in_site_order_with_the_readers_language_as_default(library, captions):
    lesson = f.video_lesson(
        library, title=("Håndvask",), captions_da=captions["da"], captions_ar=captions["ar"], captions_fr=captions["fr"]
    )
    tracks = lesson.caption_tracks("ar")
    assert [track["language"] for track in tracks] == ["da", "ar", "fr"]
    assert [track["default"] for track in tracks] == [False, True, False]
    assert tracks[1]["url"] == captions["ar"].url
    assert str(tracks[2]["label"]) == "Fransk"  # the site's name for the language, in the active language


def test_caption_tracks_default_follows_the_active_language(library, captions):
    lesson = f.video_lesson(library, title=("Håndvask",), captions_da=captions["da"], captions_fr=captions["fr"])
    with translation.override("fr"):
        tracks = lesson.caption_tracks()
    assert [(track["language"], track["default"]) for track in tracks] == [("da", False), ("fr", True)]


def test_caption_tracks_have_no_default_when_the_readers_language_has_none(library, captions):
    lesson = f.video_lesson(library, title=("Håndvask",), captions_da=captions["da"])
    tracks = lesson.caption_tracks("ar")
    assert [(track["language"], track["default"]) for track in tracks] == [("da", False)]


def test_caption_tracks_are_empty_without_captions(library):
    assert f.video_lesson(library, title=("Håndvask",)).caption_tracks("da") == []


def _document(name: str, content: bytes):
    return get_document_model().objects.create(title=name, file=ContentFile(content, name=name))


def test_a_lesson_needs_a_video_or_an_external_address(library):
    lesson = f.video_lesson(library, title=("Håndvask",))
    lesson.video = None
    with pytest.raises(ValidationError) as error:
        lesson.clean()
    assert "video" in error.value.message_dict


def test_an_external_video_address_is_enough(library):
    lesson = f.video_lesson(library, title=("Håndvask",), external_video_url="https://video.example.org/haandvask.mp4")
    assert lesson.video is None
    lesson.clean()
    assert lesson.video_url == "https://video.example.org/haandvask.mp4"


def test_an_uploaded_video_is_enough(library, captions):
    lesson = f.video_lesson(library, title=("Håndvask",), captions_ar=captions["ar"])
    lesson.clean()
    assert lesson.video_url == lesson.video.url


def test_webvtt_with_a_byte_order_mark_is_accepted(library):
    lesson = f.video_lesson(library, title=("Håndvask",))
    lesson.captions_da = _document("bom.vtt", "\ufeffWEBVTT\n\n00:00.000 --> 00:01.000\nHej\n".encode())
    lesson.clean()


def test_a_vtt_file_that_is_not_webvtt_is_refused(library):
    lesson = f.video_lesson(library, title=("Håndvask",))
    lesson.captions_ar = _document("captions.vtt", b"1\n00:00:00,000 --> 00:00:02,000\nHello\n")
    with pytest.raises(ValidationError) as error:
        lesson.clean()
    assert list(error.value.message_dict) == ["captions_ar"]


def test_a_text_file_is_refused_even_when_it_says_webvtt(library):
    lesson = f.video_lesson(library, title=("Håndvask",))
    lesson.captions_fr = _document("captions.txt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour\n")
    with pytest.raises(ValidationError) as error:
        lesson.clean()
    assert list(error.value.message_dict) == ["captions_fr"]


def test_an_srt_file_is_refused(library):
    lesson = f.video_lesson(library, title=("Håndvask",))
    lesson.captions_da = _document("captions.srt", b"1\n00:00:00,000 --> 00:00:02,000\nHej\n")
    with pytest.raises(ValidationError):
        lesson.clean()


# --- search text ------------------------------------------------------------------------------------------------


def _words(page):
    return page.search_text().split()


def test_search_text_tags_each_languages_normalised_words(library):
    page = f.toolkit(
        library,
        title=("Førstehjælp", "الإسعافات الأولية", "Premiers Secours"),
        summary=("Ring til ambulancen", "اتصل بالإسعاف", "Appelez l'ambulance"),
    )
    words = _words(page)
    assert {"xdaforstehjaelp", "xdaring", "xdaambulancen"} <= set(words)
    assert {"xarاسعافات", "xarاوليه", "xarاتصل", "xarاسعاف"} <= set(words)
    assert {"xfrpremiers", "xfrsecours", "xframbulance"} <= set(words)
    assert all(word.startswith(("xda", "xar", "xfr")) for word in words)


def test_search_text_counts_the_title_twice(library):
    words = _words(f.toolkit(library, title=("Førstehjælp", "الإسعافات", "Secours"), summary=("Kort", "قصير", "Court")))
    assert words.count("xdaforstehjaelp") == 2
    assert words.count("xarاسعافات") == 2
    assert words.count("xfrsecours") == 2
    assert words.count("xdakort") == 1


def test_search_text_tags_danish_fallback_with_the_readers_language(library):
    page = f.toolkit(library, title=("Ledelse af frivillige", None, "Diriger"), summary=("Motivation og møder",))
    words = set(_words(page))
    assert {"xarledelse", "xarfrivillige", "xarmotivation", "xarmoder"} <= words
    assert {"xfrdiriger", "xfrmotivation", "xfrmoder"} <= words
    assert "xfrledelse" not in words  # the French title is its own


def test_search_text_includes_the_body_and_its_blocks(library):
    page = f.toolkit(
        library,
        title=("Førstehjælp", "إسعافات", "Secours"),
        body=[("text", "<p>Stabilt <b>sideleje</b></p>"), ("checklist", {"title": "Taske", "items": ["Termotæppe"]})],
        body_ar=f.rich_text("الإفاقة والتنفس"),
    )
    words = set(_words(page))
    assert {"xdastabilt", "xdasideleje", "xdataske", "xdatermotaeppe"} <= words
    assert {"xarافاقه", "xarتنفس"} <= words
    assert "xfrsideleje" in words  # no French body: the Danish one is what a French reader sees
    assert not {"xdap", "xdab"} & words  # tags are not words


def test_search_text_of_a_lesson_includes_the_transcript(library):
    lesson = f.video_lesson(
        library,
        title=("Hjertemassage",),
        transcript_da="<p>Tryk hårdt</p><p>30 gange</p>",
        transcript_fr="<p>Appuyez</p>",
    )
    words = set(_words(lesson))
    assert {"xdatryk", "xdahardt", "xda30", "xdagange", "xfrappuyez", "xartryk"} <= words
    assert "xfrtryk" not in words


def test_search_text_of_an_article(magazine):
    article = f.article(magazine, title=("Frivillighedens dag", "يوم التطوع"), summary=("Over hundrede",))
    words = set(_words(article))
    assert {"xdafrivillighedens", "xarيوم", "xarتطوع", "xfrfrivillighedens", "xfrhundrede"} <= words


def test_the_index_keeps_the_search_text(library):
    search_fields = {field.field_name for field in models.ToolkitPage.search_fields}
    assert "search_text" in search_fields


# --- library_make_members_only ----------------------------------------------------------------------------------


def test_a_new_library_becomes_members_only(home):
    library = f.library(home, members_only=False)
    restriction = services.library_make_members_only(page=library)
    assert restriction is not None
    assert restriction.restriction_type == PageViewRestriction.LOGIN
    assert list(PageViewRestriction.objects.filter(page=library)) == [restriction]


def test_making_a_library_members_only_twice_keeps_one_restriction(home):
    library = f.library(home, members_only=False)
    services.library_make_members_only(page=library)
    assert services.library_make_members_only(page=library) is None
    assert PageViewRestriction.objects.filter(page=library).count() == 1


def test_a_library_under_a_private_section_gets_no_restriction_of_its_own(home):
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    library = f.library(home, members_only=False)
    assert services.library_make_members_only(page=library) is None
    assert not PageViewRestriction.objects.filter(page=library).exists()


def test_a_library_under_a_password_section_keeps_that_protection(home):
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.PASSWORD, password="x")
    library = f.library(home, members_only=False)
    assert services.library_make_members_only(page=library) is None
    assert not PageViewRestriction.objects.filter(page=library).exists()


def test_other_pages_are_not_made_members_only(home, magazine):
    assert services.library_make_members_only(page=magazine) is None
    assert services.library_make_members_only(page=home.page_ptr) is None
    assert not PageViewRestriction.objects.exists()


def test_a_library_passed_as_a_plain_page_is_recognised(home):
    library = f.library(home, members_only=False)
    assert services.library_make_members_only(page=library.page_ptr) is not None
