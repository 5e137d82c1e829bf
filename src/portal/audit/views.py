"""Page: an organisation's audit log, for its administrators."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from portal.audit.queries import entries_for
from portal.organisations.queries import access_or_404


@login_required
def audit_log(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not access.can_view_audit:
        raise PermissionDenied("The audit log is for the organisation's administrators.")
    return render(
        request,
        "audit/log.html",
        {
            "access": access,
            "organisation": access.organisation,
            "entries": entries_for(access.organisation)[:500],
        },
    )
