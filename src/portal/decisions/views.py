"""Pages: the decisions a member may read, and one decision with its reasons."""

from __future__ import annotations

import json
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone

from policyguard import Decision as CoreDecision
from policyguard import EventError
from portal.consent.disclosure import for_reader
from portal.decisions.actions import decide_event
from portal.decisions.asking import PLATFORMS, QUESTIONS, Asker, QuestionForm
from portal.decisions.forms import EventForm
from portal.decisions.queries import decisions_visible_to
from portal.decisions.tables import DecisionFilter, DecisionTable
from portal.lists import list_page
from portal.organisations.queries import Access, access_or_404
from portal.people.models import Person
from portal.people.queries import directory_id_of, nameable_by, people_in

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
            # Consent detail only for the register's keepers and moderators.
            "decision": for_reader(CoreDecision.model_validate(record.decision), access),
            "event_json": json.dumps(record.event, indent=2, ensure_ascii=False),
        },
    )


def _asker(request: HttpRequest, access: Access) -> Asker:
    return Asker(
        person_id=directory_id_of(access.organisation, request.user),
        username=request.user.get_username(),
        is_student=access.is_student_only,
    )


def _nameable(request: HttpRequest, access: Access) -> QuerySet[Person]:
    found = nameable_by(request.user, access)
    return people_in(access.organisation) if found is None else found


@login_required
def ask(request: HttpRequest, org: str) -> HttpResponse:
    """The questions a member may ask, each a guided form; JSON for administrators."""
    access = access_or_404(request.user, org)
    return render(
        request,
        "decisions/ask.html",
        {
            "access": access,
            "organisation": access.organisation,
            # Plain values: a template would call the form classes.
            "questions": [(q.kind, q.title, q.summary) for q in QUESTIONS.values()],
        },
    )


def _question_form(
    request: HttpRequest, access: Access, kind: str, data: Any = None
) -> QuestionForm:
    return QUESTIONS[kind](
        data, nameable=_nameable(request, access), pack=access.organisation.pack()
    )


@login_required
def ask_question(request: HttpRequest, org: str, kind: str) -> HttpResponse:
    """One guided question: the form, then the decision page (or the form's problems)."""
    access = access_or_404(request.user, org)
    if kind == "report":
        return redirect("cases:report", org=org)  # the one path for reporting a concern
    if kind not in QUESTIONS:
        raise Http404("No such question.")
    form = _question_form(request, access, kind, request.POST or None)
    if request.method == "POST" and form.is_valid():
        event = form.event(asker=_asker(request, access), at=timezone.now())
        try:
            record, _ = decide_event(
                organisation=access.organisation,
                event=event,
                acting_user=request.user,
                channel="web",
                asked_by=access,
            )
        except EventError as exc:
            for problem in exc.problems:
                form.add_error(None, f"{problem.field or 'event'}: {problem.message}")
        else:
            return redirect("decisions:detail", org=org, decision_id=record.pk)
    return render(
        request,
        "decisions/question.html",
        {
            "access": access,
            "organisation": access.organisation,
            "form": form,
            "platforms": PLATFORMS,
        },
        status=422 if form.errors else 200,
    )


@login_required
def ask_json(request: HttpRequest, org: str) -> HttpResponse:
    """The advanced form: one event as JSON, for administrators (the API takes the same)."""
    access = access_or_404(request.user, org)
    if not access.is_admin:
        raise PermissionDenied("Describing an event as JSON is for administrators.")
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
        "decisions/ask_json.html",
        {"access": access, "organisation": access.organisation, "form": form, "problems": problems},
        status=422 if problems else 200,
    )
