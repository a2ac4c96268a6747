"""The catalogue, course and lesson pages as readers see them, in Danish, Arabic and French."""

import datetime
import io
import re

import pytest
from django.core.files.images import ImageFile
from django.utils import timezone, translation
from PIL import Image
from wagtail.images import get_image_model

from courses import services
from courses.models import Enrolment
from intranet.pages.tests import factories as page_factories

from . import factories

pytestmark = pytest.mark.django_db

LANGUAGES = ["da", "ar", "fr"]
DIRECTIONS = {"da": "ltr", "ar": "rtl", "fr": "ltr"}
TITLES = ("Førstehjælp", "الإسعافات الأولية", "Premiers secours")


def url_in(page, language: str = "da") -> str:
    with translation.override(language):
        return page.url


def html_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def html_lang_dir(html: str) -> tuple[str, str]:
    match = re.search(r'<html lang="([^"]*)" dir="([^"]*)"', html)
    assert match
    return match.group(1), match.group(2)


def image():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), "teal").save(buffer, format="PNG")
    return get_image_model().objects.create(title="Kursus", file=ImageFile(buffer, name="course.png"))


# --- every page in every language ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_course_and_lesson_render_in_every_language(client, catalogue, learner, language):
    course = factories.course(catalogue, title=TITLES)
    lesson = factories.lesson(course, title=TITLES)
    client.force_login(learner)
    title = TITLES[LANGUAGES.index(language)]
    for page in (catalogue, course, lesson):
        html = html_of(client.get(url_in(page, language)))
        assert html_lang_dir(html) == (language, DIRECTIONS[language])
    html = html_of(client.get(url_in(course, language)))
    assert f'<h1 lang="{language}" dir="auto">{title}</h1>' in html
    assert "notice--untranslated" not in html
    html = html_of(client.get(url_in(lesson, language)))
    assert f'<h1 lang="{language}" dir="auto">{title}</h1>' in html
    assert 'data-number="1" data-total="1"' in html


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_an_untranslated_course_shows_danish_with_the_notice(client, catalogue, learner, language):
    course = factories.course(catalogue, title=("Kun dansk",), summary=("Dansk resumé",))
    client.force_login(learner)
    html = html_of(client.get(url_in(course, language)))
    assert "notice--untranslated" in html
    assert '<h1 lang="da" dir="auto">Kun dansk</h1>' in html


def test_an_outsider_gets_404_on_the_catalogue_course_and_lesson(client, catalogue, course, outsider):
    lesson = factories.lesson(course)
    client.force_login(outsider)
    for page in (catalogue, course, lesson):
        assert client.get(url_in(page)).status_code == 404


def test_anonymous_is_sent_to_sign_in_for_a_course(client, course):
    response = client.get(url_in(course))
    assert response.status_code == 302 and "login/?next=" in response["Location"]


# --- the catalogue ------------------------------------------------------------------------------------------------


def test_catalogue_cards_show_image_time_audience_status_and_progress(client, catalogue, learner):
    started = factories.course(catalogue, lessons=0, image=image(), audience="volunteers", estimated_minutes=45)
    first = factories.lesson(started)
    factories.lesson(started)
    other = factories.course(catalogue)
    Enrolment.objects.create(user=learner, course=started)
    services.lesson_mark_done(user=learner, lesson=first)
    client.force_login(learner)
    html = html_of(client.get(url_in(catalogue)))
    assert f'data-course="{started.pk}" data-status="in_progress"' in html
    assert f'data-course="{other.pk}" data-status="not_enrolled"' in html
    assert 'role="progressbar" aria-valuenow="50"' in html
    assert ".webp" in html and 'datetime="PT45M"' in html
    assert 'class="badge course-status course-status--in_progress"' in html


def test_catalogue_shows_completed_and_overdue(client, catalogue, learner):
    done = factories.course(catalogue, lessons=1)
    late = factories.course(catalogue, lessons=1)
    Enrolment.objects.create(user=learner, course=done, completed_at=timezone.now())
    Enrolment.objects.create(user=learner, course=late, due_date=timezone.localdate() - datetime.timedelta(days=2))
    client.force_login(learner)
    html = html_of(client.get(url_in(catalogue)))
    assert f'data-course="{done.pk}" data-status="completed"' in html
    assert f'data-course="{late.pk}" data-status="overdue"' in html


def shown(response) -> set[int]:
    return {course.pk for course, _progress in response.context["courses"]}


def test_catalogue_filters_by_audience_topic_language_and_duration(client, catalogue, learner):
    leaders = factories.course(catalogue, audience="leaders", estimated_minutes=30)
    volunteers = factories.course(
        catalogue, audience="volunteers", estimated_minutes=120, topic=page_factories.topic("ethics")
    )
    danish_only = factories.course(catalogue, summary=("Kun dansk resumé",), estimated_minutes=240)
    client.force_login(learner)
    url = url_in(catalogue)
    assert shown(client.get(url)) == {leaders.pk, volunteers.pk, danish_only.pk}
    assert shown(client.get(url, {"audience": "leaders"})) == {leaders.pk}
    assert shown(client.get(url, {"topic": "ethics"})) == {volunteers.pk}
    assert shown(client.get(url, {"language": "ar"})) == {leaders.pk, volunteers.pk}
    assert shown(client.get(url, {"duration": "short"})) == {leaders.pk}
    assert shown(client.get(url, {"duration": "medium"})) == {volunteers.pk}
    assert shown(client.get(url, {"duration": "long"})) == {danish_only.pk}
    response = client.get(url, {"audience": "leaders", "duration": "long"})
    assert shown(response) == set()
    html = html_of(response)
    assert '<option value="leaders" selected>' in html and '<option value="long" selected>' in html


def test_unknown_filter_values_are_ignored(client, catalogue, course, learner):
    client.force_login(learner)
    assert shown(client.get(url_in(catalogue), {"audience": "x", "language": "xx", "duration": "forever"})) == {
        course.pk
    }


# --- the course page ----------------------------------------------------------------------------------------------


def test_course_page_for_someone_not_enrolled_offers_to_enrol(client, catalogue, learner):
    course = factories.course(catalogue, lessons=2)
    client.force_login(learner)
    html = html_of(client.get(url_in(course)))
    assert 'data-action="enrol"' in html
    assert f'action="/da/courses/{course.pk}/enrol/"' in html
    assert 'data-action="leave"' not in html and 'data-action="continue"' not in html


def test_course_page_shows_ticks_quiz_marks_progress_and_where_to_continue(client, catalogue, learner):
    course = factories.course(catalogue)
    first = factories.lesson(course)
    second = factories.lesson(course, questions=factories.two_question_quiz())
    course.learning_outcomes_da = "<ul><li>Kan give førstehjælp</li></ul>"
    course.save_revision().publish()
    Enrolment.objects.create(user=learner, course=course)
    services.lesson_mark_done(user=learner, lesson=first)
    client.force_login(learner)
    html = html_of(client.get(url_in(course)))
    assert f'data-lesson="{first.pk}" data-done' in html
    assert f'data-lesson="{second.pk}">' in html
    assert html.count("data-quiz") == 1
    assert 'role="progressbar" aria-valuenow="50"' in html
    assert f'href="{url_in(second)}" data-action="continue"' in html
    assert 'data-action="leave"' in html and 'data-action="enrol"' not in html
    assert "Kan give førstehjælp" in html


def test_course_page_shows_prerequisites_with_the_readers_status(client, catalogue, learner):
    first = factories.course(catalogue, lessons=1)
    course = factories.course(catalogue, lessons=1)
    course.prerequisites.create(prerequisite=first)
    course.save_revision().publish()
    Enrolment.objects.create(user=learner, course=first, completed_at=timezone.now())
    client.force_login(learner)
    html = html_of(client.get(url_in(course)))
    assert 'class="link-list course-prerequisites"' in html
    assert '<li data-status="completed">' in html


def test_leaders_and_coordinators_get_links_to_enrol_others_and_reports(
    client, course, organisation, leader, network_coordinator, network, learner
):
    client.force_login(leader)
    html = html_of(client.get(url_in(course)))
    assert f"/da/courses/{course.pk}/enrol-members/{organisation.slug}/" in html
    assert f"/da/courses/reports/organisations/{organisation.slug}/" in html
    assert "enrol-organisations" not in html
    client.force_login(network_coordinator)
    html = html_of(client.get(url_in(course)))
    assert f"/da/courses/{course.pk}/enrol-organisations/" in html
    assert f"/da/courses/reports/networks/{network.slug}/" in html
    client.force_login(learner)
    assert 'data-action="enrol-members"' not in html_of(client.get(url_in(course)))


# --- the lesson page ----------------------------------------------------------------------------------------------


def test_lesson_page_for_an_enrolled_reader_offers_mark_as_done_and_neighbours(client, course, learner):
    first, second, third = factories.lesson(course), factories.lesson(course), factories.lesson(course)
    Enrolment.objects.create(user=learner, course=course)
    client.force_login(learner)
    html = html_of(client.get(url_in(second)))
    assert f'action="/da/courses/lessons/{second.pk}/done/"' in html
    assert 'data-number="2" data-total="3"' in html
    assert f'href="{url_in(first)}" rel="prev"' in html
    assert f'href="{url_in(third)}" rel="next"' in html
    assert "data-enrol-prompt" not in html
    services.lesson_mark_done(user=learner, lesson=second)
    html = html_of(client.get(url_in(second)))
    assert 'data-action="mark-done"' not in html and "data-lesson-done" in html


def test_lesson_page_without_enrolment_prompts_to_enrol(client, course, learner):
    lesson = factories.lesson(course, questions=factories.two_question_quiz())
    client.force_login(learner)
    html = html_of(client.get(url_in(lesson)))
    assert "data-enrol-prompt" in html
    assert 'data-action="mark-done"' not in html and 'data-action="quiz-start"' not in html


def test_lesson_quiz_section_shows_attempts_score_and_the_right_button(client, course, learner):
    lesson = factories.lesson(course, questions=factories.two_question_quiz(), attempts_allowed=2)
    Enrolment.objects.create(user=learner, course=course)
    client.force_login(learner)
    html = html_of(client.get(url_in(lesson)))
    assert 'data-action="quiz-start"' in html and 'data-action="mark-done"' not in html
    assert 'data-attempts-used="0"' in html and 'data-attempts-left="2"' in html
    attempt = services.quiz_attempt_start(user=learner, lesson=lesson)
    assert 'data-action="quiz-continue"' in html_of(client.get(url_in(lesson)))
    services.quiz_attempt_submit(attempt=attempt, user=learner, answers=factories.wrong_answers(lesson))
    html = html_of(client.get(url_in(lesson)))
    assert 'data-action="quiz-retry"' in html
    assert 'data-attempts-used="1"' in html and 'data-attempts-left="1"' in html
    assert f'href="/da/courses/attempts/{attempt.pk}/">0 %' in html
    attempt = services.quiz_attempt_start(user=learner, lesson=lesson)
    services.quiz_attempt_submit(attempt=attempt, user=learner, answers=factories.right_answers(lesson))
    html = html_of(client.get(url_in(lesson)))
    assert 'data-passed="true"' in html and "data-lesson-done" in html
    assert 'data-action="quiz-retry"' not in html


def test_embedded_video_plays_in_the_lesson_with_captions_and_a_small_download(client, catalogue, learner):
    library = page_factories.library(catalogue.get_parent().specific)
    small = page_factories.video("Small")
    video = page_factories.video_lesson(
        library,
        title=("Film",),
        captions_ar=page_factories.webvtt_document("ar"),
        low_bandwidth_video=small,
    )
    course = factories.course(catalogue)
    lesson = factories.lesson(course, body=[("embedded_video", {"lesson": video})])
    client.force_login(learner)
    html = html_of(client.get(url_in(lesson, "ar")))
    assert f'data-video-lesson="{video.pk}"' in html
    assert '<video controls preload="none" playsinline' in html
    assert 'kind="captions"' in html and 'srclang="ar"' in html
    assert f'href="{small.url}" download' in html


def test_the_embedded_video_block_leaves_out_a_video_lesson_no_longer_live(client, catalogue, learner):
    library = page_factories.library(catalogue.get_parent().specific)
    video = page_factories.video_lesson(library, title=("Film",))
    lesson = factories.lesson(factories.course(catalogue), body=[("embedded_video", {"lesson": video})])
    video.unpublish()
    client.force_login(learner)
    assert "data-video-lesson" not in html_of(client.get(url_in(lesson)))
