"""The buttons and forms outside the page tree: enrol, leave, mark as done, enrol others, my courses."""

import datetime

import pytest
from django.utils import timezone, translation

from courses.models import Enrolment, LessonCompletion
from intranet.organisations.models import Role
from intranet.organisations.tests.factories import member

from . import factories

pytestmark = pytest.mark.django_db


def url_in(page, language: str = "da") -> str:
    with translation.override(language):
        return page.url


# --- enrolling oneself -------------------------------------------------------------------------------------------


def test_a_member_enrols_and_is_sent_back_to_the_course(client, course, learner):
    client.force_login(learner)
    response = client.post(f"/da/courses/{course.pk}/enrol/")
    assert response.status_code == 302
    assert response["Location"] == url_in(course)
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.enrolled_by is None


def test_enrolling_twice_keeps_one_enrolment(client, course, learner):
    client.force_login(learner)
    client.post(f"/da/courses/{course.pk}/enrol/")
    client.post(f"/da/courses/{course.pk}/enrol/")
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


def test_enrol_and_leave_are_post_only(client, course, learner):
    client.force_login(learner)
    assert client.get(f"/da/courses/{course.pk}/enrol/").status_code == 405
    assert client.get(f"/da/courses/{course.pk}/leave/").status_code == 405
    assert not Enrolment.objects.exists()


def test_leaving_removes_the_enrolment_but_keeps_completed_lessons(client, course, learner):
    lesson = factories.lesson(course)
    client.force_login(learner)
    client.post(f"/da/courses/{course.pk}/enrol/")
    client.post(f"/da/courses/lessons/{lesson.pk}/done/")
    response = client.post(f"/da/courses/{course.pk}/leave/")
    assert response.status_code == 302 and response["Location"] == url_in(course)
    assert not Enrolment.objects.filter(user=learner).exists()
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()


@pytest.mark.parametrize(
    "path",
    [
        "/da/courses/{course}/enrol/",
        "/da/courses/{course}/leave/",
        "/da/courses/lessons/{lesson}/done/",
        "/da/courses/lessons/{lesson}/quiz/",
    ],
)
def test_anonymous_is_sent_to_sign_in(client, course, path):
    lesson = factories.lesson(course)
    response = client.post(path.format(course=course.pk, lesson=lesson.pk))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Enrolment.objects.exists()


@pytest.mark.parametrize(
    "path",
    [
        "/da/courses/{course}/enrol/",
        "/da/courses/{course}/leave/",
        "/da/courses/lessons/{lesson}/done/",
        "/da/courses/lessons/{lesson}/quiz/",
    ],
)
def test_an_outsider_from_another_network_gets_404(client, course, outsider, path):
    lesson = factories.lesson(course, questions=factories.two_question_quiz())
    client.force_login(outsider)
    assert client.post(path.format(course=course.pk, lesson=lesson.pk)).status_code == 404
    assert not Enrolment.objects.exists()


def test_anonymous_gets_sent_to_sign_in_for_my_courses_and_the_forms(client, course, organisation):
    for path in (
        "/da/courses/mine/",
        f"/da/courses/{course.pk}/enrol-members/{organisation.slug}/",
        f"/da/courses/{course.pk}/enrol-organisations/",
    ):
        response = client.get(path)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], path


# --- marking lessons done -----------------------------------------------------------------------------------------


def test_mark_as_done_goes_to_the_next_lesson(client, course, learner):
    first, second = factories.lesson(course), factories.lesson(course)
    client.force_login(learner)
    client.post(f"/da/courses/{course.pk}/enrol/")
    response = client.post(f"/da/courses/lessons/{first.pk}/done/")
    assert response.status_code == 302 and response["Location"] == url_in(second)
    assert LessonCompletion.objects.filter(user=learner, lesson=first).exists()
    assert Enrolment.objects.get(user=learner).completed_at is None


def test_marking_the_last_lesson_done_completes_the_course_and_goes_to_it(client, course, learner):
    first, last = factories.lesson(course), factories.lesson(course)
    client.force_login(learner)
    client.post(f"/da/courses/{course.pk}/enrol/")
    client.post(f"/da/courses/lessons/{first.pk}/done/")
    response = client.post(f"/da/courses/lessons/{last.pk}/done/", follow=True)
    assert response.redirect_chain[0] == (url_in(course), 302)
    assert Enrolment.objects.get(user=learner).completed_at is not None
    assert [message.level_tag for message in response.context["messages"]][-1] == "success"


def test_mark_as_done_without_enrolment_or_on_a_quiz_lesson_changes_nothing(client, course, learner):
    plain = factories.lesson(course)
    quiz = factories.lesson(course, questions=factories.two_question_quiz())
    client.force_login(learner)
    response = client.post(f"/da/courses/lessons/{plain.pk}/done/")
    assert response.status_code == 302 and response["Location"] == url_in(plain)
    client.post(f"/da/courses/{course.pk}/enrol/")
    response = client.post(f"/da/courses/lessons/{quiz.pk}/done/", follow=True)
    assert response.redirect_chain[-1][0] == url_in(quiz)
    assert [message.level_tag for message in response.context["messages"]][-1] == "error"
    assert not LessonCompletion.objects.exists()


# --- a leader enrols members --------------------------------------------------------------------------------------


def members_url(course, organisation):
    return f"/da/courses/{course.pk}/enrol-members/{organisation.slug}/"


def test_a_leader_sees_members_with_their_enrolment_and_due_date(client, course, organisation, leader, learner):
    due = timezone.localdate() + datetime.timedelta(days=20)
    Enrolment.objects.create(user=learner, course=course, due_date=due)
    client.force_login(leader)
    response = client.get(members_url(course, organisation))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-member="{learner.pk}" data-enrolled' in html
    assert f'data-member="{leader.pk}">' in html
    assert 'type="date"' in html


def test_a_leader_enrols_chosen_members_with_a_due_date(client, course, organisation, leader, learner):
    other = member(organisation, Role.MEMBER)
    due = timezone.localdate() + datetime.timedelta(days=30)
    client.force_login(leader)
    response = client.post(members_url(course, organisation), {"members": [learner.pk], "due_date": due.isoformat()})
    assert response.status_code == 302 and response["Location"] == members_url(course, organisation)
    enrolment = Enrolment.objects.get(course=course)
    assert (enrolment.user, enrolment.enrolled_by, enrolment.due_date) == (learner, leader, due)
    assert not Enrolment.objects.filter(user=other).exists()


def test_a_leader_enrols_all_volunteers(client, course, organisation, leader, learner):
    second = member(organisation, Role.VOLUNTEER)
    member(organisation, Role.MEMBER)
    client.force_login(leader)
    response = client.post(members_url(course, organisation), {"all_volunteers": "on"})
    assert response.status_code == 302
    assert set(Enrolment.objects.values_list("user_id", flat=True)) == {learner.pk, second.pk}


def test_errors_re_render_the_form_with_what_was_typed(client, course, organisation, leader, learner):
    client.force_login(leader)
    past = timezone.localdate() - datetime.timedelta(days=1)
    response = client.post(members_url(course, organisation), {"members": [learner.pk], "due_date": past.isoformat()})
    assert response.status_code == 200
    assert "due_date" in response.context["form"].errors
    html = response.content.decode()
    assert f'value="{learner.pk}" checked' in html
    assert f'value="{past.isoformat()}"' in html
    response = client.post(members_url(course, organisation), {})
    assert response.status_code == 200 and "members" in response.context["form"].errors
    assert not Enrolment.objects.exists()


def test_a_leader_cannot_enrol_people_of_another_organisation(client, course, organisation, other_organisation, leader):
    stranger = member(other_organisation, Role.VOLUNTEER)
    client.force_login(leader)
    assert client.get(members_url(course, other_organisation)).status_code in (403, 404)
    assert client.post(members_url(course, other_organisation), {"all_volunteers": "on"}).status_code in (403, 404)
    response = client.post(members_url(course, organisation), {"members": [stranger.pk]})
    assert response.status_code == 200 and "members" in response.context["form"].errors
    assert not Enrolment.objects.exists()


def test_a_volunteer_is_refused_the_leader_form(client, course, organisation, learner):
    client.force_login(learner)
    assert client.get(members_url(course, organisation)).status_code == 403
    assert client.post(members_url(course, organisation), {"all_volunteers": "on"}).status_code == 403
    assert not Enrolment.objects.exists()


def test_an_outsider_gets_404_on_the_enrol_forms(client, course, organisation, outsider):
    client.force_login(outsider)
    assert client.get(members_url(course, organisation)).status_code == 404
    assert client.get(f"/da/courses/{course.pk}/enrol-organisations/").status_code == 404


def test_a_leader_of_an_organisation_outside_the_course_network_gets_404(client, course, outsider):
    organisation = outsider.memberships.get().organisation
    client.force_login(outsider)
    assert client.get(members_url(course, organisation)).status_code == 404


# --- a coordinator enrols organisations -----------------------------------------------------------------------------


def test_a_coordinator_enrols_whole_organisations(
    client, course, organisation, other_organisation, network_coordinator, learner, leader
):
    stranger = member(other_organisation, Role.VOLUNTEER)
    due = timezone.localdate() + datetime.timedelta(days=10)
    client.force_login(network_coordinator)
    response = client.get(f"/da/courses/{course.pk}/enrol-organisations/")
    assert response.status_code == 200
    assert f'data-organisation="{organisation.pk}"' in response.content.decode()
    response = client.post(
        f"/da/courses/{course.pk}/enrol-organisations/", {"organisations": [organisation.pk], "due_date": due}
    )
    assert response.status_code == 302 and response["Location"] == url_in(course)
    assert set(Enrolment.objects.values_list("user_id", flat=True)) == {learner.pk, leader.pk}
    assert set(Enrolment.objects.values_list("due_date", flat=True)) == {due}
    assert not Enrolment.objects.filter(user=stranger).exists()


def test_the_coordinator_form_needs_an_organisation_and_refuses_others(client, course, network_coordinator, outsider):
    client.force_login(network_coordinator)
    response = client.post(f"/da/courses/{course.pk}/enrol-organisations/", {})
    assert response.status_code == 200 and "organisations" in response.context["form"].errors
    foreign = outsider.memberships.get().organisation
    response = client.post(f"/da/courses/{course.pk}/enrol-organisations/", {"organisations": [foreign.pk]})
    assert response.status_code == 200 and "organisations" in response.context["form"].errors
    assert not Enrolment.objects.exists()


def test_non_coordinators_are_refused_the_coordinator_form(client, course, leader):
    client.force_login(leader)
    assert client.get(f"/da/courses/{course.pk}/enrol-organisations/").status_code == 403


# --- my courses -----------------------------------------------------------------------------------------------------


def test_my_courses_lists_every_enrolment_with_progress_due_date_and_catalogues(client, catalogue, learner):
    overdue_course = factories.course(catalogue, lessons=2)
    done_course = factories.course(catalogue, lessons=1)
    Enrolment.objects.create(user=learner, course=overdue_course, due_date=timezone.localdate() - datetime.timedelta(1))
    Enrolment.objects.create(user=learner, course=done_course, completed_at=timezone.now())
    client.force_login(learner)
    response = client.get("/da/courses/mine/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-course="{overdue_course.pk}" data-status="overdue"' in html
    assert f'data-course="{done_course.pk}" data-status="completed"' in html
    assert "course-due--overdue" in html
    assert 'role="progressbar" aria-valuenow="100"' in html
    assert f'href="{url_in(catalogue)}"' in html
    assert [entry.enrolment.course for entry in response.context["entries"]] == [overdue_course, done_course]
