"""Editors write pages in the CMS: every page type's form offers the three languages and refuses bad captions."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from intranet.pages import models
from intranet.pages.tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "parent_fixture", "translated_fields"),
    [
        (models.ToolkitPage, "library", ("title", "summary")),
        (models.VideoLessonPage, "library", ("title", "summary", "transcript")),
        (models.ProcessGuidePage, "library", ("title", "summary", "introduction")),
        (models.ArticlePage, "magazine", ("title", "summary")),
        (models.ToolkitIndexPage, "home", ("title", "introduction")),
        (models.MagazineIndexPage, "home", ("title", "introduction")),
    ],
)
def test_the_add_form_has_every_text_field_in_danish_arabic_and_french(
    client, editor, request, model, parent_fixture, translated_fields
):
    parent = request.getfixturevalue(parent_fixture)
    if model in (models.ToolkitIndexPage, models.MagazineIndexPage):
        # One library and one magazine per network home: add them under a second home.
        parent = factories.home_page()
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:add", args=("pages", model._meta.model_name, parent.pk)))

    assert response.status_code == 200
    content = response.content.decode()
    for field in translated_fields:
        for language in ("da", "ar", "fr"):
            assert f'name="{field}_{language}"' in content, f"{field}_{language}"


def test_a_network_home_page_is_added_under_the_site_root(client, editor):
    client.force_login(editor)

    response = client.get(reverse("wagtailadmin_pages:add", args=("pages", "homepage", factories.site_root().pk)))

    assert response.status_code == 200
    assert 'name="network"' in response.content.decode()


def test_a_video_lesson_with_a_caption_file_that_is_not_webvtt_is_refused_with_the_reason(client, editor, library):
    lesson = factories.video_lesson(library, title=("Hjertemassage",))
    subrip = factories.webvtt_document("ar")
    subrip.file.save("captions-ar.vtt", ContentFile(b"1\n00:00:01,000 --> 00:00:02,000\nSRT, not WebVTT\n"))
    client.force_login(editor)

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(lesson.pk,)), _lesson_form(lesson, captions_ar=subrip.pk)
    )

    assert response.status_code == 200  # the form again, with what was typed
    content = response.content.decode()
    assert "WebVTT" in content
    assert 'value="Hjertemassage"' in content
    lesson.refresh_from_db()
    assert lesson.captions_ar_id is None
    assert not lesson.has_unpublished_changes


def _lesson_form(lesson, **changes) -> dict:
    """A video lesson's edit form as the browser posts it (the "save draft" button)."""
    data = {
        "title_da": lesson.title_da,
        "title_ar": "",
        "title_fr": "",
        "slug": lesson.slug,
        "topic": lesson.topic_id,
        "audience": lesson.audience,
        "summary_da": lesson.summary_da,
        "summary_ar": "",
        "summary_fr": "",
        "video": lesson.video_id,
        "external_video_url": "",
        "low_bandwidth_video": "",
        "poster": "",
        "duration": "00:04:30",
        "captions_da": "",
        "captions_ar": "",
        "captions_fr": "",
        "transcript_da": rich_text(""),
        "transcript_ar": rich_text(""),
        "transcript_fr": rich_text(""),
        "materials": streamfield([]),
        "seo_title_da": "",
        "seo_title_ar": "",
        "seo_title_fr": "",
        "search_description_da": "",
        "search_description_ar": "",
        "search_description_fr": "",
        "image": "",
        "go_live_at": "",
        "expire_at": "",
        **changes,
    }
    return nested_form_data(data)
