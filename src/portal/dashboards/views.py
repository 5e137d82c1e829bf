"""Pages: each member's dashboard (their landing page) for one organisation."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from portal.dashboards.queries import Counted, dashboard_for
from portal.organisations.queries import access_or_404


@login_required
def dashboard(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    counted: Counted = {}  # the navigation reuses the panels' counts
    return render(
        request,
        "dashboards/dashboard.html",
        {
            "access": access,
            "organisation": access.organisation,
            "panels": dashboard_for(request.user, access, counted),
            "work_counts": counted,
            "pack_title": access.organisation.pack().document.title,
        },
    )
