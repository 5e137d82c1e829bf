"""Pages: the duties a member may see, and one duty with its history and status form."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.decisions.queries import decisions_visible_to
from portal.duties.actions import set_duty_status
from portal.duties.models import DutyStatus
from portal.duties.queries import duties_visible_to, mine
from portal.duties.tables import DutyFilter, DutyTable
from portal.errors import PortalError
from portal.lists import list_page
from portal.organisations.queries import access_or_404
from portal.types import User


@login_required
def duty_list(request: HttpRequest, org: str) -> HttpResponseBase:
    access = access_or_404(request.user, org)
    user = request.user
    assert isinstance(user, User)  # login_required ran
    return list_page(
        request,
        organisation=access.organisation,
        template="duties/list.html",
        queryset=duties_visible_to(user, access),
        table_class=DutyTable,
        filterset_class=DutyFilter,
        filter_options={"mine": mine(user, access)},
        context={"access": access, "organisation": access.organisation},
        export="duties",
    )


@login_required
def duty_detail(request: HttpRequest, org: str, duty_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    duty = duties_visible_to(request.user, access).filter(pk=duty_id).first()
    if duty is None:
        raise Http404("No such duty, or you may not see it.")
    decision_visible = (
        duty.decision_id is not None
        and decisions_visible_to(request.user, access).filter(pk=duty.decision_id).exists()
    )
    return render(
        request,
        "duties/detail.html",
        {
            "access": access,
            "organisation": access.organisation,
            "duty": duty,
            "steps": duty.steps.select_related("actor"),
            "decision_visible": decision_visible,
            "statuses": DutyStatus.choices,
            "overdue": duty.is_overdue(timezone.now()),
        },
    )


@login_required
@require_POST
def duty_status(request: HttpRequest, org: str, duty_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    duty = duties_visible_to(request.user, access).filter(pk=duty_id).first()
    if duty is None or not isinstance(request.user, User):
        raise Http404("No such duty, or you may not see it.")
    try:
        set_duty_status(
            duty=duty,
            status=request.POST.get("status", ""),
            note=request.POST.get("note", ""),
            acting_user=request.user,
        )
    except PortalError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, "The duty's status is saved.")
    return redirect("duties:detail", org=org, duty_id=duty.pk)
