"""The address a request came from, for rate limits, login lockout and the stored comment.

Without a proxy it is REMOTE_ADDR. Behind a reverse proxy every request comes from the proxy, so
the operator names the header the proxy sets (`DJANGO_CLIENT_IP_HEADER`, e.g. `X-Real-IP` or
`X-Forwarded-For`) and only that header is believed: for X-Forwarded-For, the last address, the one
the trusted proxy appended (the earlier ones are whatever the client claimed).
"""
from django.conf import settings


def client_ip(request) -> str | None:
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if header:
        value = request.META.get(header, "")
        last = value.split(",")[-1].strip()
        if last:
            return last
    return request.META.get("REMOTE_ADDR")
