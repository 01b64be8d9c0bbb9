"""The WSGI application gunicorn serves. It refuses to start with settings unsafe for the public
(newsroom/production.py)."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
application = get_wsgi_application()

from django.conf import settings  # noqa: E402

from newsroom.production import refuse_unsafe_settings  # noqa: E402

refuse_unsafe_settings(settings)
