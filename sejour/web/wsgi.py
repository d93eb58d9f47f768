"""WSGI entry point, for a production server (e.g. ``gunicorn sejour.web.wsgi``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sejour.web.settings")
application = get_wsgi_application()
