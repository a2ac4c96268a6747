"""Courses in the rest of Shabaka: new catalogues are members-only, a dashboard panel and a home page section."""

from django.utils.translation import gettext as _
from wagtail import hooks

from intranet.organisations.dashboard import DashboardPanel
from intranet.organisations.selectors import networks_visible_to
from intranet.pages.services import section_make_members_only

from . import selectors
from .demo import courses_demo_load
from .models import CourseIndexPage
from .report_panels import reports_dashboard_panel

DASHBOARD_COURSES = 5


@hooks.register("after_create_page")
def make_new_catalogue_members_only(request, page):
    """A course catalogue is for the network's members, like the library, unless it already sits in a private part."""
    if isinstance(page.specific, CourseIndexPage):
        section_make_members_only(page=page)


@hooks.register("shabaka_dashboard_panels")
def courses_dashboard_panel(request):
    """The person's courses (unfinished first, soonest due first) with progress, and their networks' catalogues."""
    if not request.user.is_authenticated:
        return None
    entries = selectors.enrolments_for_dashboard(user=request.user)
    catalogues = list(selectors.course_catalogues_for(request.user))
    if not entries and not catalogues:
        return None
    # Unfinished first (soonest due first), then the completed ones, so a finished course shows its 100 %.
    unfinished = [entry for entry in entries if not entry.progress.completed]
    completed = [entry for entry in entries if entry.progress.completed]
    return DashboardPanel(
        title=_("My courses"),
        template_name="courses/dashboard_panel.html",
        context={"entries": (unfinished + completed)[:DASHBOARD_COURSES], "catalogues": catalogues},
        order=10,
    )


@hooks.register("shabaka_home_sections")
def courses_home_section(request, page):
    """The network's courses with the reader's status, for its members and coordinators only."""
    network = getattr(page, "network", None)
    if network is None or not request.user.is_authenticated:
        return None
    if not networks_visible_to(request.user).filter(pk=network.pk).exists():
        return None
    catalogue, courses = selectors.home_page_courses(home=page, user=request.user)
    if catalogue is None:
        return None
    return DashboardPanel(
        title=_("Courses"),
        template_name="courses/home_section.html",
        context={"catalogue": catalogue, "courses": courses},
        order=30,
    )


hooks.register("shabaka_demo_data", courses_demo_load)
hooks.register("shabaka_dashboard_panels", reports_dashboard_panel)
