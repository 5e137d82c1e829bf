"""Pages: the duties a member may see, and one duty with its history and status form."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from portal.decisions.queries import decisions_visible_to
from portal.duties.actions import set_duty_status
from portal.duties.models import OPEN_STATUSES, DutyStatus
from portal.duties.queries import duties_visible_to, my_open_duties
from portal.errors import PortalError
from portal.organisations.queries import access_or_404
from portal.types import User

PAGE_SIZE = 50


@login_required
def duty_list(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    show = request.GET.get("show", "mine")
    if show == "closed":
        found = duties_visible_to(request.user, access).exclude(status__in=OPEN_STATUSES)
        found = found.order_by("-closed_at", "-id")
    elif show == "open":
        found = duties_visible_to(request.user, access).filter(status__in=OPEN_STATUSES)
    else:
        show = "mine"
        found = my_open_duties(request.user, access)
    page = Paginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "duties/list.html",
        {
            "access": access,
            "organisation": access.organisation,
            "page": page,
            "show": show,
            "now": timezone.now(),
        },
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
