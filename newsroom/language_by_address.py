"""The reader's language comes from the address alone: English at /, Arabic at /ar/ (i18n_patterns with
prefix_default_language=False), never from the browser's Accept-Language header.

Django's LocaleMiddleware still adds `Vary: Accept-Language` to every page without a prefix. Nothing
on those pages varies with that header, and a shared cache (nginx, a CDN) would keep a copy of a
breaking story's page per distinct Accept-Language its readers send. This drops it.
"""
from django.utils.cache import cc_delim_re


class LanguageByAddressMiddleware:
    """Listed before LocaleMiddleware, so that it sees the response after it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Vary"):
            kept = [v for v in cc_delim_re.split(response["Vary"]) if v.strip().lower() != "accept-language"]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        return response
