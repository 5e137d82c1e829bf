"""Pages for reporting a concern (anyone signed in), the reporter's own reports (status
only), and the concerns routed to a member (second factor, every view audited)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from policyguard import EventError
from portal.accounts.secondfactor import demand_second_factor
from portal.cases.access import (
    cases_visible_to,
    concerns_visible_to,
    may_open_case_from,
    my_concerns,
)
from portal.cases.actions import (
    Report,
    Source,
    add_to_case,
    close_concern,
    record_view,
    report_concern,
    take_concern_in_hand,
)
from portal.cases.forms import ConcernCloseForm, OpenCaseForm, ReportForm
from portal.cases.models import CaseStatus, Concern, ConcernStatus
from portal.cases.tables import ConcernFilter, ConcernTable
from portal.errors import Forbidden, PortalError
from portal.lists import list_page
from portal.organisations.queries import Access, access_or_404
from portal.people.models import Person
from portal.people.queries import nameable_by, people_in
from portal.types import User


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


def report_kinds(access: Access) -> list[tuple[str, str]]:
    pack = access.organisation.pack()
    return [(k, kind.title or k.replace("_", " ")) for k, kind in pack.reports.items()]


def _nameable(request: HttpRequest, access: Access) -> object:
    found = nameable_by(request.user, access)
    return people_in(access.organisation) if found is None else found


@login_required
def report(request: HttpRequest, org: str) -> HttpResponse:
    """Report a concern: the one form for everyone signed in, students included."""
    access = access_or_404(request.user, org)
    nameable = nameable_by(request.user, access)
    pool = people_in(access.organisation) if nameable is None else nameable
    form = ReportForm(request.POST or None, kinds=report_kinds(access), nameable=pool)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        subject: Person | None = data.get("subject_person")
        try:
            concern = report_concern(
                organisation=access.organisation,
                access=access,
                report=Report(
                    kind=data["kind"],
                    what=data["what"],
                    subject=subject,
                    subject_kind=data["subject_kind"] if subject is None else "",
                    subject_description=data["subject_description"],
                    happened_at=data["happened_at"],
                    where=data["where"],
                    place=data["place"],
                    link_url=data["link_url"],
                ),
                acting_user=_user(request),
            )
        except (PortalError, EventError) as exc:
            for problem in exc.problems:
                form.add_error(None, str(problem))
            if not exc.problems:
                form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                f"Thank you: your report {concern.reference} was received. It has gone to "
                f"the {concern.route_role_title}, who will deal with it.",
            )
            return redirect("cases:my_report", org=org, concern_id=concern.pk)
    return render(
        request,
        "cases/report.html",
        {"access": access, "organisation": access.organisation, "form": form},
        status=422 if form.errors else 200,
    )


@login_required
def my_reports(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    return render(
        request,
        "cases/my_reports.html",
        {
            "access": access,
            "organisation": access.organisation,
            "reports": my_concerns(request.user, access).order_by("-created_at")[:200],
        },
    )


@login_required
def my_report(request: HttpRequest, org: str, concern_id: int) -> HttpResponse:
    """One of the reporter's own reports: what they said and its status, nothing else."""
    access = access_or_404(request.user, org)
    concern = my_concerns(request.user, access).filter(pk=concern_id).first()
    if concern is None:
        raise Http404("No such report of yours.")
    return render(
        request,
        "cases/my_report.html",
        {"access": access, "organisation": access.organisation, "concern": concern},
    )


@login_required
def concern_list(request: HttpRequest, org: str) -> HttpResponseBase:
    access = access_or_404(request.user, org)
    demand_second_factor(request)
    return list_page(
        request,
        organisation=access.organisation,
        template="cases/concerns.html",
        queryset=concerns_visible_to(request.user, access),
        filterset_class=ConcernFilter,
        table_class=ConcernTable,
        context={"access": access, "organisation": access.organisation},
        export="concerns",
    )


def _concern(request: HttpRequest, org: str, concern_id: int) -> tuple[Access, Concern]:
    access = access_or_404(request.user, org)
    concern = concerns_visible_to(request.user, access).filter(pk=concern_id).first()
    if concern is None:
        raise Http404("No such concern, or it was not routed to you.")
    demand_second_factor(request)
    return access, concern


def _handled_concern(request: HttpRequest, org: str, concern_id: int) -> tuple[Access, Concern]:
    """A concern the member handles (not one they were only told of), for a change."""
    access, concern = _concern(request, org, concern_id)
    if not may_open_case_from(request.user, access, concern):
        raise Forbidden("You were told of this concern; its handler deals with it.")
    return access, concern


@login_required
def concern_detail(request: HttpRequest, org: str, concern_id: int) -> HttpResponse:
    access, concern = _concern(request, org, concern_id)
    record_view(target=concern, acting_user=_user(request), page="concern")
    open_cases = cases_visible_to(request.user, access).filter(status=CaseStatus.OPEN)
    handles = may_open_case_from(request.user, access, concern)
    return render(
        request,
        "cases/concern.html",
        {
            "access": access,
            "organisation": access.organisation,
            "concern": concern,
            "open_form": OpenCaseForm(
                initial={"area": concern.area, "title": concern.kind_title[:200]}
            ),
            "close_form": ConcernCloseForm(),
            "open_cases": open_cases.order_by("-opened_at")[:100],
            "acting": handles
            and concern.status != ConcernStatus.CLOSED
            and concern.case_id is None,
        },
    )


@login_required
@require_POST
def concern_in_hand(request: HttpRequest, org: str, concern_id: int) -> HttpResponse:
    _, concern = _handled_concern(request, org, concern_id)
    try:
        take_concern_in_hand(concern=concern, acting_user=_user(request))
    except PortalError as exc:
        messages.error(request, exc.message)
    return redirect("cases:concern", org=org, concern_id=concern.pk)


@login_required
@require_POST
def concern_close(request: HttpRequest, org: str, concern_id: int) -> HttpResponse:
    _, concern = _handled_concern(request, org, concern_id)
    form = ConcernCloseForm(request.POST)
    try:
        if not form.is_valid():
            raise PortalError("Say how it was dealt with.")
        close_concern(concern=concern, note=form.cleaned_data["note"], acting_user=_user(request))
        messages.success(request, f"Concern {concern.reference} closed; the reporter is told.")
    except PortalError as exc:
        messages.error(request, exc.message)
    return redirect("cases:concern", org=org, concern_id=concern.pk)


@login_required
@require_POST
def concern_add_to_case(request: HttpRequest, org: str, concern_id: int) -> HttpResponse:
    access, concern = _handled_concern(request, org, concern_id)
    wanted = request.POST.get("case", "")
    visible = cases_visible_to(request.user, access)
    case = visible.filter(pk=int(wanted)).first() if wanted.isdigit() else None
    if case is None:
        messages.error(request, "Choose one of the open cases you may see.")
        return redirect("cases:concern", org=org, concern_id=concern.pk)
    try:
        add_to_case(case=case, source=Source(concern=concern), acting_user=_user(request))
    except PortalError as exc:
        messages.error(request, exc.message)
        return redirect("cases:concern", org=org, concern_id=concern.pk)
    return redirect("cases:detail", org=org, case_id=case.pk)
