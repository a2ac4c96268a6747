from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "intranet.meetings"
    label = "meetings"
    verbose_name = _("Network meetings")
    default_auto_field = "django.db.models.BigAutoField"
