from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from intranet.organisations.dashboard import DashboardPanel

from . import accreditation, selectors, tasks
from .admin_scoping import (
    NetworkScopedForm,
    NetworkScopedPermissionPolicy,
    NetworkScopedViewSetMixin,
    ProgrammeForm,
    network_filterset,
)
from .demo import certification_demo_load
from .models import AccreditationCriterion, Programme

# Before the snippets are registered: Wagtail otherwise creates (and keeps) a model-wide fallback policy.
register_permission_policy(Programme, NetworkScopedPermissionPolicy(Programme))
register_permission_policy(AccreditationCriterion, NetworkScopedPermissionPolicy(AccreditationCriterion))

hooks.register("shabaka_demo_data", certification_demo_load)


@hooks.register("shabaka_course_completed")
def issue_certificates_after_course(enrolment):
    """courses tells us a course is complete; a task decides which certificates that earns (out of the request)."""
    tasks.certificates_issue_after_course.enqueue(user_id=enrolment.user_id, course_id=enrolment.course_id)


@hooks.register("shabaka_dashboard_panels")
def certificates_dashboard_panel(request):
    """The person's certificates; for coordinators also the programmes their networks issue."""
    if not request.user.is_authenticated:
        return None
    certificates, programmes = selectors.dashboard_certificates(user=request.user)
    if not certificates and not programmes:
        return None
    return DashboardPanel(
        title=_("Certificates"),
        template_name="certification/dashboard_panel.html",
        context={"certificates": certificates, "programmes": programmes},
        order=15,
    )


class ProgrammeViewSet(NetworkScopedViewSetMixin, SnippetViewSet):
    """A coordinator sees and edits only the programmes of the networks they coordinate (see admin_scoping)."""

    model = Programme
    icon = "tick-inverse"
    menu_label = _("Certification programmes")
    list_display = ["name", "network", "validity_months"]
    filterset_class = network_filterset(Programme)
    ordering = ["name"]
    add_to_admin_menu = True
    menu_order = 320

    def get_edit_handler(self):
        # The model's panels (already given their _da/_ar/_fr fields by wagtail-modeltranslation), scoped form.
        return ObjectList(self.model.panels, base_form_class=ProgrammeForm).bind_to_model(self.model)


register_snippet(ProgrammeViewSet)


@hooks.register("shabaka_dashboard_panels")
def accreditation_dashboard_panel(request):
    """Open accreditation applications of the organisations the person leads, and those waiting for their review."""
    if not request.user.is_authenticated:
        return None
    own, waiting = accreditation.dashboard_accreditation(user=request.user)
    if not own and not waiting:
        return None
    return DashboardPanel(
        title=_("Accreditation"),
        template_name="certification/accreditation/dashboard_panel.html",
        context={"own_applications": own, "waiting_applications": waiting},
        order=16,
    )


class AccreditationCriterionViewSet(NetworkScopedViewSetMixin, SnippetViewSet):
    """A coordinator sees and edits only the criteria of the networks they coordinate (see admin_scoping)."""

    model = AccreditationCriterion
    icon = "list-ul"
    menu_label = _("Accreditation criteria")
    list_display = ["title", "network", "sort_order", "active"]
    filterset_class = network_filterset(AccreditationCriterion, "active")
    ordering = ["network", "sort_order"]
    add_to_admin_menu = True
    menu_order = 321

    def get_edit_handler(self):
        return ObjectList(self.model.panels, base_form_class=NetworkScopedForm).bind_to_model(self.model)


register_snippet(AccreditationCriterionViewSet)
