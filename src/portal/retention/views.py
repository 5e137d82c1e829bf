"""Pages: the retention overview (periods, expired and held records, last purges) and
legal holds."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.errors import NotAllowedNow, Rejected
from portal.organisations.queries import access_or_404
from portal.retention.actions import place_legal_hold, release_legal_hold
from portal.retention.forms import LegalHoldForm, ReleaseHoldForm
from portal.retention.models import LegalHold
from portal.retention.queries import (
    active_holds,
    may_place_holds,
    may_see_retention,
    retention_overview,
)


@login_required
def overview(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not (may_see_retention(access) or may_place_holds(access)):
        raise PermissionDenied("Retention is for the organisation's administrators and the DSL.")
    form = LegalHoldForm(request.POST or None)
    if request.method == "POST":
        if not may_place_holds(access):
            raise PermissionDenied("Legal holds are placed by administrators and the DSL.")
        if form.is_valid():
            data = form.cleaned_data
            try:
                place_legal_hold(
                    organisation=access.organisation,
                    kinds=list(data["kinds"]),
                    subject=data["subject"],
                    records_from=data["records_from"],
                    records_to=data["records_to"],
                    reason=data["reason"],
                    acting_user=request.user,
                )
            except Rejected as exc:
                for problem in exc.problems:
                    form.add_error(problem.field or None, problem.message)
            else:
                messages.success(request, "The hold is placed: its records are kept.")
                return redirect("retention:overview", org=org)
    lines = (
        retention_overview(access.organisation, now=timezone.now())
        if may_see_retention(access)
        else []
    )
    return render(
        request,
        "retention/overview.html",
        {
            "access": access,
            "organisation": access.organisation,
            "lines": lines,
            "holds": active_holds(access.organisation).select_related("placed_by"),
            "form": form,
            "release_form": ReleaseHoldForm(),
            "may_place": may_place_holds(access),
        },
        status=422 if form.errors else 200,
    )


@login_required
@require_POST
def release(request: HttpRequest, org: str, hold_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not may_place_holds(access):
        raise PermissionDenied("Legal holds are released by administrators and the DSL.")
    hold = LegalHold.objects.filter(organisation=access.organisation, pk=hold_id).first()
    if hold is None:
        raise Http404("No such hold.")
    form = ReleaseHoldForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Say why the hold is released.")
        return redirect("retention:overview", org=org)
    try:
        release_legal_hold(hold=hold, note=form.cleaned_data["note"], acting_user=request.user)
    except (Rejected, NotAllowedNow) as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "The hold is released.")
    return redirect("retention:overview", org=org)
