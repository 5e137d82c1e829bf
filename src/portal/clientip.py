"""The client's address behind the reverse proxies an operator trusts.

``POLICYGUARD_CLIENT_IP_HEADER`` names the header (as Django names it, e.g.
``HTTP_X_FORWARDED_FOR``); ``POLICYGUARD_TRUSTED_PROXIES`` says how many proxies in front
of the portal append to it (default 1). Each proxy appends the address it saw, so the
client is the entry that many places from the right: anything further left was written
by the client itself and may be forged ("X-Forwarded-For: 1.2.3.4" to dodge a limit).
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The client's address, or None when it is not an IP address."""
    header = settings.POLICYGUARD_CLIENT_IP_HEADER
    if header:
        entries = [e.strip() for e in str(request.META.get(header, "")).split(",") if e.strip()]
        trusted = settings.POLICYGUARD_TRUSTED_PROXIES
        candidate = entries[max(0, len(entries) - trusted)] if entries else ""
    else:
        candidate = str(request.META.get("REMOTE_ADDR", ""))
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return None
