"""When the database refuses connections, say so plainly: HTTP 503 with Retry-After, a page that
needs no database, no stack trace, and for a refused comment the text the reader wrote.

Nothing is half-written: a comment is stored in one transaction (comments/services.py), so a post
that fails here stored nothing, and the reader is told to send it again.
"""
import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string

log = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 60


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, (OperationalError, InterfaceError)):
            return None
        log.error("database unavailable for %s %s: %s", request.method, request.path, exception)
        # Rendered without the request: context processors would reach for the session and the user,
        # which live in the database.
        text = request.POST.get("body", "") if request.method == "POST" else ""
        page = render_to_string("503.html", {"refused_text": text[:4000]})
        response = HttpResponse(page, status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
