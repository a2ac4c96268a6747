"""Coordinators write courses in the CMS: the forms offer the three languages, quizzes are edited inline."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from courses import models
from intranet.organisations.tests.factories import UserFactory
from intranet.pages.tests import factories as page_factories

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def cms_coordinator(db):
    """A member of the CMS group "Coordinators": writes, approves and publishes."""
    user = UserFactory(full_name="Camille Coordinator")
    user.groups.add(Group.objects.get(name="Coordinators"))
    return user


def add_url(model, parent) -> str:
    return reverse("wagtailadmin_pages:add", args=("courses", model._meta.model_name, parent.pk))


@pytest.mark.parametrize(
    ("model", "translated_fields"),
    [
        (models.CourseIndexPage, ("title", "introduction")),
        (models.CoursePage, ("title", "summary", "learning_outcomes")),
        (models.LessonPage, ("title", "summary", "body")),
    ],
)
def test_the_add_form_has_every_text_field_in_danish_arabic_and_french(
    client, cms_coordinator, home, model, translated_fields
):
    parent = {
        models.CourseIndexPage: lambda: home,
        models.CoursePage: lambda: factories.catalogue(home),
        models.LessonPage: lambda: factories.course(factories.catalogue(home)),
    }[model]()
    client.force_login(cms_coordinator)

    response = client.get(add_url(model, parent))

    assert response.status_code == 200
    content = response.content.decode()
    for field in translated_fields:
        for language in ("da", "ar", "fr"):
            # A StreamField is rendered by script from a data attribute, not as a named input.
            assert f'name="{field}_{language}"' in content or f'"{field}_{language}"' in content, field
    if model is models.LessonPage:
        # The quiz's questions and choices are inline forms with their own three languages.
        for language in ("da", "ar", "fr"):
            assert f"questions-__prefix__-text_{language}" in content
            assert f"choices-__prefix__-feedback_{language}" in content


def test_a_catalogue_added_in_the_cms_is_members_only(client, cms_coordinator, home):
    client.force_login(cms_coordinator)
    data = nested_form_data(
        {
            "title_da": "Kurser",
            "title_ar": "",
            "title_fr": "",
            "slug": "kurser",
            "introduction_da": "",
            "introduction_ar": "",
            "introduction_fr": "",
        }
    )

    response = client.post(add_url(models.CourseIndexPage, home), data)

    assert response.status_code == 302
    catalogue = models.CourseIndexPage.objects.get(slug="kurser")
    assert PageViewRestriction.objects.filter(page=catalogue, restriction_type=PageViewRestriction.LOGIN).exists()


def test_a_lesson_with_a_quiz_is_written_in_three_languages_in_one_form(client, cms_coordinator, home):
    course = factories.course(factories.catalogue(home))
    client.force_login(cms_coordinator)
    data = nested_form_data(
        {
            "title_da": "Førstehjælp på stedet",
            "title_ar": "الإسعافات الأولية في عين المكان",
            "title_fr": "Premiers secours sur place",
            "slug": "paa-stedet",
            "summary_da": "",
            "summary_ar": "",
            "summary_fr": "",
            "estimated_minutes": "15",
            "body_da": streamfield([("text", rich_text("<p>Sikr stedet.</p>"))]),
            "body_ar": streamfield([]),
            "body_fr": streamfield([]),
            "pass_mark": "80",
            "attempts_allowed": "3",
            "questions": inline_formset(
                [
                    {
                        "kind": "true_false",
                        "text_da": "Man ringer 112 i Danmark.",
                        "text_ar": "في الدنمارك يُتصل بالرقم 112.",
                        "text_fr": "Au Danemark, on appelle le 112.",
                        "explanation_da": "",
                        "explanation_ar": "",
                        "explanation_fr": "",
                        "choices": inline_formset(
                            [
                                {
                                    "text_da": "Sandt",
                                    "text_ar": "صحيح",
                                    "text_fr": "Vrai",
                                    "is_correct": "on",
                                    "feedback_da": "Ja.",
                                    "feedback_ar": "نعم.",
                                    "feedback_fr": "Oui.",
                                },
                                {
                                    "text_da": "Falsk",
                                    "text_ar": "خطأ",
                                    "text_fr": "Faux",
                                    "feedback_da": "",
                                    "feedback_ar": "",
                                    "feedback_fr": "",
                                },
                            ],
                            min=2,
                        ),
                    }
                ]
            ),
            "seo_title_da": "",
            "seo_title_ar": "",
            "seo_title_fr": "",
            "search_description_da": "",
            "search_description_ar": "",
            "search_description_fr": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )

    response = client.post(add_url(models.LessonPage, course), data)

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    lesson = models.LessonPage.objects.get(slug="paa-stedet")
    question = lesson.questions.get()
    assert (question.text_da, question.text_ar, question.text_fr) == (
        "Man ringer 112 i Danmark.",
        "في الدنمارك يُتصل بالرقم 112.",
        "Au Danemark, on appelle le 112.",
    )
    choices = list(question.choices.order_by("sort_order"))
    assert [(choice.text_ar, choice.is_correct) for choice in choices] == [("صحيح", True), ("خطأ", False)]
    assert lesson.pass_mark == 80 and lesson.attempts_allowed == 3


def test_a_pass_mark_above_100_is_refused_and_nothing_typed_is_lost(client, cms_coordinator, home):
    course = factories.course(factories.catalogue(home))
    lesson = factories.lesson(course, title=("Genoplivning",))
    client.force_login(cms_coordinator)
    data = nested_form_data(
        {
            "title_da": "Genoplivning",
            "title_ar": "الإنعاش",
            "title_fr": "",
            "slug": lesson.slug,
            "summary_da": "",
            "summary_ar": "",
            "summary_fr": "",
            "estimated_minutes": "10",
            "body_da": streamfield([]),
            "body_ar": streamfield([]),
            "body_fr": streamfield([]),
            "pass_mark": "150",
            "attempts_allowed": "",
            "questions": inline_formset([]),
            "seo_title_da": "",
            "seo_title_ar": "",
            "seo_title_fr": "",
            "search_description_da": "",
            "search_description_ar": "",
            "search_description_fr": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )

    response = client.post(reverse("wagtailadmin_pages:edit", args=(lesson.pk,)), data)

    assert response.status_code == 200
    assert 'value="الإنعاش"' in response.content.decode()
    lesson.refresh_from_db()
    assert lesson.pass_mark == 70
    assert not lesson.has_unpublished_changes


def test_a_course_can_only_be_added_to_a_catalogue(home):
    assert models.CoursePage.can_exist_under(factories.catalogue(home))
    assert not models.CoursePage.can_exist_under(page_factories.library(home))
    assert models.CourseIndexPage.can_exist_under(home)
