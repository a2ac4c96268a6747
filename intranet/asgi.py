"""ASGI entry point, for an ASGI server if one is ever added (production uses `gunicorn intranet.wsgi`).

Defaults to production settings; set DJANGO_SETTINGS_MODULE to use others.
"""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings.production")

application = get_asgi_application()
