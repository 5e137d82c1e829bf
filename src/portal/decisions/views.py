"""Pages: the decisions a member may read, and one decision with its reasons."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from policyguard.policy.decisions import Decision as CoreDecision
from portal.decisions.queries import decisions_visible_to
from portal.organisations.queries import access_or_404


@login_required
def decision_list(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    decisions = decisions_visible_to(request.user, access)[:200]
    return render(
        request,
        "decisions/list.html",
        {"access": access, "organisation": access.organisation, "decisions": decisions},
    )


@login_required
def decision_detail(request: HttpRequest, org: str, decision_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    record = decisions_visible_to(request.user, access).filter(pk=decision_id).first()
    if record is None:
        raise Http404("No such decision, or you may not see it.")
    return render(
        request,
        "decisions/detail.html",
        {
            "access": access,
            "organisation": access.organisation,
            "record": record,
            "decision": CoreDecision.model_validate(record.decision),
        },
    )
