"""Courses elsewhere in Shabaka: new catalogues are members-only, the dashboard panel, the home page section,
the hooks other modules fill in, and the courses stylesheet section."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail import hooks
from wagtail.models import PageViewRestriction

from courses import wagtail_hooks
from courses.demo import courses_demo_load
from courses.models import CourseIndexPage, Enrolment
from courses.report_panels import reports_dashboard_panel
from courses.wagtail_hooks import courses_dashboard_panel, courses_home_section
from intranet.pages.tests import factories as page_factories

from . import factories

pytestmark = pytest.mark.django_db


def request_for(user):
    request = RequestFactory().get("/da/dashboard/")
    request.user = user
    return request


def url_in(page, language: str = "da") -> str:
    with translation.override(language):
        return page.url


def test_a_new_catalogue_is_made_members_only(home):
    page = home.add_child(instance=CourseIndexPage(title="Kurser", slug="kurser"))
    wagtail_hooks.make_new_catalogue_members_only(None, page)
    assert PageViewRestriction.objects.filter(page=page, restriction_type=PageViewRestriction.LOGIN).exists()


def test_every_after_create_page_hook_leaves_a_new_catalogue_with_one_login_restriction(home):
    """What the CMS runs after "create": the pages app's hook and ours together make exactly one restriction."""
    page = home.add_child(instance=CourseIndexPage(title="Kurser", slug="kurser"))
    for function in hooks.get_hooks("after_create_page"):
        function(RequestFactory().post("/cms/"), page)
    assert PageViewRestriction.objects.filter(page=page).count() == 1


def test_a_catalogue_inside_a_private_section_gets_no_second_restriction(home):
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    page = home.add_child(instance=CourseIndexPage(title="Kurser", slug="kurser"))
    wagtail_hooks.make_new_catalogue_members_only(None, page)
    assert not PageViewRestriction.objects.filter(page=page).exists()


def test_the_hooks_other_modules_fill_in_are_registered():
    assert courses_demo_load in hooks.get_hooks("shabaka_demo_data")
    assert reports_dashboard_panel in hooks.get_hooks("shabaka_dashboard_panels")
    assert courses_dashboard_panel in hooks.get_hooks("shabaka_dashboard_panels")
    assert courses_home_section in hooks.get_hooks("shabaka_home_sections")


# --- dashboard ----------------------------------------------------------------------------------------------------


def test_dashboard_panel_lists_unfinished_courses_soonest_due_first(client, catalogue, learner):
    courses = [factories.course(catalogue, lessons=1) for _ in range(7)]
    today = timezone.localdate()
    for days, course in enumerate(courses[:6], start=1):
        Enrolment.objects.create(user=learner, course=course, due_date=today + datetime.timedelta(days=days))
    Enrolment.objects.create(user=learner, course=courses[6], completed_at=timezone.now())
    panel = courses_dashboard_panel(request_for(learner))
    assert panel.order == 10
    assert [entry.enrolment.course for entry in panel.context["entries"]] == courses[:5]
    assert panel.context["catalogues"] == [catalogue]

    client.force_login(learner)
    html = client.get("/da/dashboard/").content.decode()
    assert f'data-course="{courses[0].pk}" data-status="not_started"' in html
    assert f'data-course="{courses[6].pk}"' not in html
    assert 'href="/da/courses/mine/" data-action="my-courses"' in html
    assert 'role="progressbar"' in html


def test_dashboard_panel_shows_completed_courses_after_the_unfinished_ones(client, catalogue, learner):
    finished, unfinished = factories.course(catalogue, lessons=1), factories.course(catalogue, lessons=1)
    Enrolment.objects.create(user=learner, course=finished, completed_at=timezone.now())
    Enrolment.objects.create(user=learner, course=unfinished)
    panel = courses_dashboard_panel(request_for(learner))
    assert [entry.enrolment.course for entry in panel.context["entries"]] == [unfinished, finished]
    assert panel.context["entries"][1].progress.percent == 100

    client.force_login(learner)
    html = client.get("/da/dashboard/").content.decode()
    assert f'data-course="{finished.pk}" data-status="completed"' in html


def test_dashboard_panel_for_a_member_without_enrolments_links_to_the_catalogue(catalogue, learner):
    panel = courses_dashboard_panel(request_for(learner))
    assert panel.context["entries"] == [] and panel.context["catalogues"] == [catalogue]


def test_no_dashboard_panel_without_enrolment_or_catalogue(client, catalogue, outsider):
    assert courses_dashboard_panel(request_for(outsider)) is None
    client.force_login(outsider)
    assert 'data-action="my-courses"' not in client.get("/da/dashboard/").content.decode()


# --- the network's home page ----------------------------------------------------------------------------------------


def test_home_section_shows_the_networks_courses_with_status_for_members(client, home, catalogue, learner):
    course = factories.course(catalogue, lessons=1)
    Enrolment.objects.create(user=learner, course=course)
    section = courses_home_section(request_for(learner), home)
    assert section.context["catalogue"] == catalogue
    assert [(item.pk, progress.status) for item, progress in section.context["courses"]] == [(course.pk, "not_started")]
    client.force_login(learner)
    html = client.get(url_in(home)).content.decode()
    assert f'data-course="{course.pk}" data-status="not_started"' in html


def test_no_home_section_for_outsiders_or_without_a_catalogue(client, home, catalogue, course, outsider, learner):
    assert courses_home_section(request_for(outsider), home) is None
    other_home = page_factories.home_page(outsider.memberships.get().organisation.networks.get())
    assert courses_home_section(request_for(outsider), other_home) is None
    assert courses_home_section(request_for(learner), object()) is None


# --- stylesheet -----------------------------------------------------------------------------------------------------


def test_the_courses_stylesheet_section_uses_logical_properties_only():
    css = (Path(settings.BASE_DIR) / "static" / "css" / "shabaka.css").read_text()
    section = css[css.index("/* === Courses") : css.index("/* === end of courses === */")]
    assert ".course-progress" in section
    assert not re.search(r"\b(left|right)\b", section)
