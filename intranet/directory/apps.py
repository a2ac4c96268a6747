from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "intranet.directory"
    label = "directory"
    verbose_name = _("Competence directory")
    default_auto_field = "django.db.models.BigAutoField"
