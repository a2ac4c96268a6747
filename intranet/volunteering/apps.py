from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteeringConfig(AppConfig):
    name = "intranet.volunteering"
    label = "volunteering"
    verbose_name = _("Volunteer requests")
    default_auto_field = "django.db.models.BigAutoField"
