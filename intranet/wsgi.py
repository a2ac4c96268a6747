"""WSGI entry point for gunicorn: `gunicorn intranet.wsgi`.

Defaults to production settings; set DJANGO_SETTINGS_MODULE to use others.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "intranet.settings.production")

application = get_wsgi_application()
