"""WSGI entry point for gunicorn: ``gunicorn portal.wsgi --preload``.

Importing it warms the process up (``portal.warmup``): the URL configuration, the packs
and the templates are loaded here, at start-up, not during somebody's first request.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

application = get_wsgi_application()

from portal.warmup import warm_up  # noqa: E402  (needs the settings configured above)

warmed = warm_up()
