"""The application Django's own server (`manage.py runserver`, `make run`) serves: settings'
WSGI_APPLICATION. The embedded defaults are fine there; gunicorn serves `newsroom/wsgi.py`, which
refuses them (newsroom/production.py)."""
from django.core.wsgi import get_wsgi_application

application = get_wsgi_application()
