from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from intranet.organisations.dashboard import DashboardPanel

from . import demo, selectors, services
from .models import Topic


@hooks.register("before_serve_page")
def refuse_other_networks_members_only_pages(page, request, serve_args, serve_kwargs):
    """Members-only means members of this page's network: a member of another network gets a 404.

    Anonymous visitors are sent to sign in (by Wagtail's own privacy check for members-only sections, here for
    organisation-restricted pages) and come back afterwards.
    """
    if selectors.page_needs_sign_in(user=request.user, page=page):
        return redirect_to_login(request.get_full_path(), settings.WAGTAIL_FRONTEND_LOGIN_URL)
    if selectors.page_denied_to_member(user=request.user, page=page):
        raise Http404
    return None


@hooks.register("after_create_page")
def make_new_library_members_only(request, page):
    services.library_make_members_only(page=page)


@hooks.register("shabaka_dashboard_panels")
def learning_material_panel(request):
    """Links to the toolkits, lessons and magazine of the person's networks."""
    homes = list(selectors.home_pages_for(request.user))
    if not homes:
        return None
    return DashboardPanel(
        title=_("Learning material"), template_name="pages/dashboard_panel.html", context={"homes": homes}, order=20
    )


@hooks.register("shabaka_demo_data")
def load_demo_content(created):
    demo.content_load(created=created)


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]
    add_to_admin_menu = True
    menu_order = 300


register_snippet(TopicViewSet)
