from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from intranet.organisations.dashboard import DashboardPanel

from . import demo, selectors, services
from .models import Competence


@hooks.register("shabaka_dashboard_panels")
def competence_directory_panel(request):
    """Links to the directories of the person's networks, with how many offers each has, and for leaders to
    their organisations' offers and received requests."""
    networks = list(selectors.directory_networks_for(user=request.user))
    if not networks:
        return None
    return DashboardPanel(
        title=_("Competence directory"),
        template_name="directory/dashboard_panel.html",
        context={"networks": networks, "led_organisations": list(selectors.organisations_led_by(user=request.user))},
        order=20,
    )


@hooks.register("shabaka_demo_data")
def load_demo_offers(created):
    demo.offers_load(created=created)


@hooks.register("after_edit_snippet")
def reindex_offers_of_renamed_competence(request, instance):
    """Offers keep the competence's names in their search text; a coordinator's rename must reach them."""
    if isinstance(instance, Competence):
        services.competence_offers_reindex(competence=instance)


class CompetenceViewSet(SnippetViewSet):
    model = Competence
    icon = "list-ul"
    menu_label = _("Competences")
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(CompetenceViewSet)
