"""Pages: the organisations a user may open, and each organisation's home."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from portal.organisations.queries import access_or_404, organisations_for, pack_overview


@login_required
def landing(request: HttpRequest) -> HttpResponse:
    """Where sign-in lands: a member of one organisation goes straight to their dashboard
    there; a member of several picks one."""
    organisations = list(organisations_for(request.user))
    if len(organisations) == 1:
        return redirect("dashboards:dashboard", org=organisations[0].slug)
    return render(request, "organisations/landing.html", {"organisations": organisations})


@login_required
def home(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    overview = pack_overview(access.organisation, today=timezone.localdate())
    return render(
        request,
        "organisations/home.html",
        {"access": access, "organisation": access.organisation, "overview": overview},
    )
