import mimetypes

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "intranet.pages"
    label = "pages"
    verbose_name = _("Toolkits, lessons and magazine")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Caption tracks are served as documents; browsers only load a <track> sent as text/vtt.
        mimetypes.add_type("text/vtt", ".vtt")
