from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem


@hooks.register("register_admin_menu_item")
def register_site_link():
    """A way back from the CMS to the intranet itself."""
    return MenuItem(_("Back to Shabaka"), reverse("home"), icon_name="home", order=10000)
