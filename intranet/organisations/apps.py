from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class OrganisationsConfig(AppConfig):
    name = "intranet.organisations"
    label = "organisations"
    default = True
    verbose_name = _("Organisations and people")
    default_auto_field = "django.db.models.BigAutoField"


class ShabakaUsersAppConfig(WagtailUsersAppConfig):
    """Wagtail's user admin, with forms that know our e-mail-only user model."""

    user_viewset = "intranet.organisations.wagtail_views.ShabakaUserViewSet"
