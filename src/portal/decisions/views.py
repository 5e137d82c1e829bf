"""Pages: the decisions a member may read, and one decision with its reasons."""

from __future__ import annotations

import json

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render

from policyguard import Decision as CoreDecision
from policyguard import EventError
from portal.decisions.actions import decide_event
from portal.decisions.forms import EventForm
from portal.decisions.queries import decisions_visible_to
from portal.decisions.tables import DecisionFilter, DecisionTable
from portal.lists import list_page
from portal.organisations.queries import access_or_404

EXAMPLE_EVENT = {
    "kind": "connection",
    "at": "2026-11-21T10:00:00+00:00",
    "actor": "S002",
    "target": "L001",
    "action": "friend_request",
    "platform": "facebook",
}


@login_required
def decision_list(request: HttpRequest, org: str) -> HttpResponseBase:
    access = access_or_404(request.user, org)
    return list_page(
        request,
        organisation=access.organisation,
        template="decisions/list.html",
        queryset=decisions_visible_to(request.user, access),
        table_class=DecisionTable,
        filterset_class=DecisionFilter,
        context={"access": access, "organisation": access.organisation},
        export="decisions",
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
            "event_json": json.dumps(record.event, indent=2, ensure_ascii=False),
        },
    )


@login_required
def ask(request: HttpRequest, org: str) -> HttpResponse:
    """A form to try one event, for people who would rather not use the API."""
    access = access_or_404(request.user, org)
    form = EventForm(request.POST or None, initial={"event": json.dumps(EXAMPLE_EVENT, indent=2)})
    problems: list[tuple[str, str]] = []
    if request.method == "POST" and form.is_valid():
        try:
            record, _ = decide_event(
                organisation=access.organisation,
                event=form.cleaned_data["event"],
                acting_user=request.user,
                channel="web",
                asked_by=access,
            )
        except EventError as exc:
            problems = [(p.field or "(event)", p.message) for p in exc.problems]
        else:
            return redirect("decisions:detail", org=org, decision_id=record.pk)
    return render(
        request,
        "decisions/ask.html",
        {"access": access, "organisation": access.organisation, "form": form, "problems": problems},
        status=422 if problems else 200,
    )
