"""Case pages: the list, one case with its chronology and small forms, a printable
summary, and a person's chronology across cases. Each case record needs a second factor
in this session, and each view is audited (``record_view``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from portal.accounts.secondfactor import demand_second_factor
from portal.cases import actions
from portal.cases.access import (
    cases_visible_to,
    concerns_visible_to,
    managed_areas,
    may_manage,
    may_open_case_from,
)
from portal.cases.actions import Source, open_items, record_view
from portal.cases.forms import (
    ActionForm,
    ActionStatusForm,
    ChangeCaseForm,
    CloseForm,
    DocumentForm,
    NoteForm,
    OpenCaseForm,
    OutcomeForm,
    PersonForm,
    ReassignForm,
    ReferralForm,
    ReferralOutcomeForm,
)
from portal.cases.models import Case, CaseEntry, CasePerson
from portal.cases.tables import CaseFilter, CaseTable
from portal.decisions.queries import decisions_visible_to
from portal.errors import Forbidden, PortalError
from portal.lists import list_page
from portal.moderation.queries import posts_visible_to
from portal.monitoring.models import SafeguardingAlert
from portal.monitoring.queries import alerts_for
from portal.organisations.models import Membership
from portal.organisations.queries import Access, access_or_404
from portal.people.models import Person
from portal.people.picking import resolve_person
from portal.people.queries import nameable_by, people_in
from portal.types import User

# The case page holds several forms: a prefix each keeps their fields' ids apart.
PREFIXES: dict[type[forms.Form], str] = {
    NoteForm: "note",
    PersonForm: "involved",
    ActionForm: "action",
    ReferralForm: "referral",
    OutcomeForm: "outcome",
    CloseForm: "close",
    DocumentForm: "document",
    ReassignForm: "reassign",
    ChangeCaseForm: "change",
}


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


@login_required
def case_list(request: HttpRequest, org: str) -> HttpResponseBase:
    access = access_or_404(request.user, org)
    demand_second_factor(request)
    return list_page(
        request,
        organisation=access.organisation,
        template="cases/cases.html",
        queryset=cases_visible_to(request.user, access),
        filterset_class=CaseFilter,
        table_class=CaseTable,
        context={"access": access, "organisation": access.organisation},
        export="cases",
    )


def _source(request: HttpRequest, access: Access) -> Source | None:
    """The item named in the request (``concern``, ``alert``, ``decision``, ``post``)
    among those this member may see; 404 for any other."""
    data = request.POST if request.method == "POST" else request.GET
    found: dict[str, Any] = {}
    lookups: dict[str, Callable[[], Any]] = {
        "concern": lambda: concerns_visible_to(request.user, access),
        # The pack's alert role sees alerts; so do the safeguarding area's managers (a
        # WCUC DSL adds the Safeguarding Team's alert to a case).
        "alert": lambda: (
            SafeguardingAlert.objects.filter(organisation=access.organisation)
            if may_manage(access, "safeguarding")
            else alerts_for(access)
        ),
        "decision": lambda: decisions_visible_to(request.user, access),
        "post": lambda: posts_visible_to(request.user, access),
    }
    for name, visible in lookups.items():
        value = data.get(name)
        if value:
            if not value.isdigit():
                raise Http404(f"No such {name}.")
            item = visible().filter(pk=int(value)).first()
            if item is None:
                raise Http404(f"No such {name}, or you may not see it.")
            found[name] = item
    if len(found) > 1:
        raise Http404("Open a case from one item at a time.")
    return Source(**found) if found else None


def _first_area(access: Access, source: Source | None) -> str:
    """The area a new case most likely belongs to: the concern's; safeguarding for a
    web-filter alert; else the first area the member manages."""
    if source is not None and source.concern is not None:
        return source.concern.area
    managed = managed_areas(access)
    if (source is not None and source.alert is not None) or not managed:
        return "safeguarding"
    return managed[0]


@login_required
def open_case(request: HttpRequest, org: str) -> HttpResponse:
    """Open a case, from a concern, an alert, a decision or a moderation finding, or from
    nothing; or add that item to an open case."""
    access = access_or_404(request.user, org)
    source = _source(request, access)
    demand_second_factor(request)
    # Whoever handles a concern may open its case; anything else needs an area manager.
    handled = (
        source is not None
        and source.concern is not None
        and may_open_case_from(request.user, access, source.concern)
    )
    if not handled and not managed_areas(access):
        raise Http404("You manage no area of cases.")
    form = OpenCaseForm(request.POST or None, initial={"area": _first_area(access, source)})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if not handled and not may_manage(access, data["area"]):
            form.add_error("area", "You may open cases only in an area you manage.")
        else:
            try:
                case = actions.open_case(
                    organisation=access.organisation,
                    title=data["title"],
                    area=data["area"],
                    category=data["category"],
                    risk=data["risk"],
                    source=source,
                    acting_user=_user(request),
                )
            except PortalError as exc:
                form.add_error(None, exc.message)
            else:
                messages.success(request, f"Case {case.reference} opened.")
                return redirect("cases:detail", org=org, case_id=case.pk)
    open_cases = cases_visible_to(request.user, access).filter(status="open")
    return render(
        request,
        "cases/open.html",
        {
            "access": access,
            "organisation": access.organisation,
            "form": form,
            "source": source,
            "open_cases": open_cases.order_by("-opened_at")[:100] if source else [],
        },
        status=422 if form.errors else 200,
    )


@login_required
@require_POST
def add_item(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    access, case = _case(request, org, case_id)
    return _add(request, access, case)


@login_required
@require_POST
def add_to_chosen(request: HttpRequest, org: str) -> HttpResponse:
    """Add an item to the case chosen in the form (``case``): the alert, decision and
    finding pages' "Add to a case"."""
    wanted = request.POST.get("case", "")
    if not wanted.isdigit():
        access_or_404(request.user, org)
        messages.error(request, "Choose the case to add it to.")
        return redirect("cases:list", org=org)
    access, case = _case(request, org, int(wanted))
    return _add(request, access, case)


def _add(request: HttpRequest, access: Access, case: Case) -> HttpResponse:
    org = access.organisation.slug
    source = _source(request, access)
    concern = source.concern if source is not None else None
    if concern is not None and not may_open_case_from(request.user, access, concern):
        raise Forbidden("You were told of this concern; its handler deals with it.")
    if source is None:
        messages.error(request, "Nothing to add.")
    else:
        try:
            actions.add_to_case(case=case, source=source, acting_user=_user(request))
            messages.success(request, f"Added to case {case.reference}.")
        except PortalError as exc:
            messages.error(request, exc.message)
    return redirect("cases:detail", org=org, case_id=case.pk)


def _case(request: HttpRequest, org: str, case_id: int) -> tuple[Access, Case]:
    access = access_or_404(request.user, org)
    case = cases_visible_to(request.user, access).filter(pk=case_id).first()
    if case is None:
        raise Http404("No such case, or you may not see it.")
    demand_second_factor(request)
    return access, case


def _roles(access: Access) -> list[tuple[str, str]]:
    pack = access.organisation.pack()
    return [(k, r.title) for k, r in pack.roles.items() if not r.relative]


def _context(access: Access, case: Case) -> dict[str, Any]:
    entries = CaseEntry.objects.filter(case=case).select_related("recorded_by", "document")
    return {
        "access": access,
        "organisation": access.organisation,
        "case": case,
        "entries": entries,
        "people": CasePerson.objects.filter(case=case).select_related("person"),
        "case_actions": case.actions.select_related("duty", "duty__owner_user"),
        "referrals": case.referrals.all(),
        "outcomes": case.outcomes.select_related("person", "duty"),
        "concerns": case.concerns.all(),
        "workers": case.workers.order_by("username"),
        "waiting": open_items(case),
    }


@login_required
def case_detail(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    access, case = _case(request, org, case_id)
    record_view(target=case, acting_user=_user(request), page="case")
    context = _context(access, case)
    context.update(
        note_form=NoteForm(prefix=PREFIXES[NoteForm]),
        document_form=DocumentForm(prefix=PREFIXES[DocumentForm]),
        reassign_form=ReassignForm(prefix=PREFIXES[ReassignForm])
        if _may_reassign(request, access, case)
        else None,
        person_form=PersonForm(prefix=PREFIXES[PersonForm]),
        action_form=ActionForm(roles=_roles(access), prefix=PREFIXES[ActionForm]),
        referral_form=ReferralForm(prefix=PREFIXES[ReferralForm]),
        outcome_form=OutcomeForm(prefix=PREFIXES[OutcomeForm]),
        close_form=CloseForm(prefix=PREFIXES[CloseForm]),
        change_form=ChangeCaseForm(
            initial={"area": case.area, "category": case.category, "risk": case.risk},
            prefix=PREFIXES[ChangeCaseForm],
        ),
        members=Membership.objects.filter(organisation=access.organisation)
        .select_related("user")
        .order_by("user__username"),
    )
    return render(request, "cases/case.html", context)


@login_required
def case_print(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    access, case = _case(request, org, case_id)
    record_view(target=case, acting_user=_user(request), page="print")
    return render(request, "cases/print.html", _context(access, case))


def _nameable(request: HttpRequest, access: Access) -> QuerySet[Person]:
    """Whom the reader may name in a form: those the people picker offers them (an error
    listing the matches must not name anyone else)."""
    nameable = nameable_by(request.user, access)
    return people_in(access.organisation) if nameable is None else nameable


def _person(request: HttpRequest, access: Access, text: str) -> Person | None:
    if not text.strip():
        return None
    return resolve_person(_nameable(request, access), text)


def _write(
    request: HttpRequest,
    org: str,
    case_id: int,
    form_class: type[forms.Form],
    write: Callable[[Access, Case, dict[str, Any]], Any],
    done: str,
    **form_kwargs: Any,
) -> HttpResponse:
    """One of the case page's small forms: validate, call the action, say what happened."""
    access, case = _case(request, org, case_id)
    if form_class is ActionForm:
        form_kwargs["roles"] = _roles(access)
    form = form_class(request.POST, prefix=PREFIXES.get(form_class), **form_kwargs)
    if not form.is_valid():
        for field, errors in form.errors.items():
            messages.error(request, f"{field}: {' '.join(str(e) for e in errors)}")
    else:
        try:
            write(access, case, form.cleaned_data)
            messages.success(request, done)
        except forms.ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        except PortalError as exc:
            messages.error(request, exc.message)
    return redirect("cases:detail", org=org, case_id=case.pk)


@login_required
@require_POST
def add_note(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    return _write(
        request,
        org,
        case_id,
        NoteForm,
        lambda a, c, d: actions.add_note(
            case=c, text=d["text"], at=d["at"], acting_user=_user(request)
        ),
        "Note added.",
    )


@login_required
@require_POST
def add_document(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    _, case = _case(request, org, case_id)
    form = DocumentForm(request.POST, request.FILES, prefix=PREFIXES[DocumentForm])
    if not form.is_valid():
        for field, errors in form.errors.items():
            messages.error(request, f"{field}: {' '.join(str(e) for e in errors)}")
    else:
        try:
            document = actions.add_document(
                case=case,
                upload=form.cleaned_data["file"],
                description=form.cleaned_data["description"],
                acting_user=_user(request),
            )
            messages.success(request, f"Document {document.name} added.")
        except PortalError as exc:
            messages.error(request, f"file: {exc.message}")
    return redirect("cases:detail", org=org, case_id=case.pk)


@login_required
def download_document(
    request: HttpRequest, org: str, case_id: int, document_id: int
) -> FileResponse:
    """A case's document, to a reader who may see the case (second factor proven); each
    download audited like a view of the case. Always an attachment, never shown inline,
    and never guessed at by the browser."""
    _, case = _case(request, org, case_id)
    document = case.documents.filter(pk=document_id).first()
    if document is None:
        raise Http404("No such document in this case.")
    try:
        handle = document.file.open("rb")
    except FileNotFoundError:
        raise Http404("The document's file is missing from the file store.") from None
    record_view(target=case, acting_user=_user(request), page=f"document {document.pk}")
    response = FileResponse(
        handle, as_attachment=True, filename=document.name, content_type=document.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "sandbox"
    return response


def _may_reassign(request: HttpRequest, access: Access, case: Case) -> bool:
    """The managers of the case's area, and its lead (handing it on)."""
    return may_manage(access, case.area) or (
        case.lead_id is not None and case.lead_id == request.user.pk
    )


@login_required
@require_POST
def reassign(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    access, case = _case(request, org, case_id)
    if not _may_reassign(request, access, case):
        raise Forbidden("The managers of its area, or its lead, reassign a case.")

    def write(a: Access, c: Case, d: dict[str, Any]) -> Any:
        return actions.reassign_case(
            case=c,
            person=resolve_person(_nameable(request, a), d["person"]),
            note=d["note"],
            acting_user=_user(request),
        )

    response = _write(request, org, case_id, ReassignForm, write, "Case reassigned.")
    if not cases_visible_to(request.user, access).filter(pk=case.pk).exists():
        return redirect("cases:list", org=org)  # a lead who handed it on sees it no more
    return response


@login_required
@require_POST
def add_person(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    return _write(
        request,
        org,
        case_id,
        PersonForm,
        lambda a, c, d: actions.add_person(
            case=c,
            person=_person(request, a, d["person"]),
            name=d["name"],
            involvement=d["involvement"],
            acting_user=_user(request),
        ),
        "Person added.",
    )


@login_required
@require_POST
def assign_action(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    return _write(
        request,
        org,
        case_id,
        ActionForm,
        lambda a, c, d: actions.assign_action(
            case=c,
            title=d["title"],
            person=_person(request, a, d["person"]),
            role=d["role"],
            due_on=d["due_on"],
            description=d["description"],
            acting_user=_user(request),
        ),
        "Action assigned.",
    )


@login_required
@require_POST
def action_status(request: HttpRequest, org: str, case_id: int, action_id: int) -> HttpResponse:
    def write(a: Access, c: Case, d: dict[str, Any]) -> Any:
        action = c.actions.select_related("duty").filter(pk=action_id).first()
        if action is None:
            raise Http404("No such action on this case.")
        return actions.set_action_status(
            action=action, status=d["status"], note=d["note"], acting_user=_user(request)
        )

    return _write(request, org, case_id, ActionStatusForm, write, "Action updated.")


@login_required
@require_POST
def add_referral(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    return _write(
        request,
        org,
        case_id,
        ReferralForm,
        lambda a, c, d: actions.record_referral(
            case=c,
            agency=d["agency"],
            made_on=d["made_on"],
            reference=d["reference"],
            reason=d["reason"],
            acting_user=_user(request),
        ),
        "Referral recorded.",
    )


@login_required
@require_POST
def referral_outcome(
    request: HttpRequest, org: str, case_id: int, referral_id: int
) -> HttpResponse:
    def write(a: Access, c: Case, d: dict[str, Any]) -> Any:
        referral = c.referrals.filter(pk=referral_id).first()
        if referral is None:
            raise Http404("No such referral on this case.")
        return actions.record_referral_outcome(
            referral=referral,
            outcome=d["outcome"],
            outcome_on=d["outcome_on"],
            acting_user=_user(request),
        )

    return _write(request, org, case_id, ReferralOutcomeForm, write, "Outcome recorded.")


@login_required
@require_POST
def add_outcome(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    return _write(
        request,
        org,
        case_id,
        OutcomeForm,
        lambda a, c, d: actions.record_breach_outcome(
            case=c,
            kind=d["kind"],
            person=_person(request, a, d["person"]),
            due_on=d["due_on"],
            detail=d["detail"],
            acting_user=_user(request),
        ),
        "Outcome recorded: its owner has a duty to carry it out.",
    )


@login_required
@require_POST
def outcome_done(request: HttpRequest, org: str, case_id: int, outcome_id: int) -> HttpResponse:
    _access, case = _case(request, org, case_id)
    outcome = case.outcomes.filter(pk=outcome_id).first()
    if outcome is None:
        raise Http404("No such outcome on this case.")
    try:
        actions.complete_breach_outcome(
            outcome=outcome, note=request.POST.get("note", "")[:4000], acting_user=_user(request)
        )
        messages.success(request, "Outcome done.")
    except PortalError as exc:
        messages.error(request, exc.message)
    return redirect("cases:detail", org=org, case_id=case.pk)


@login_required
@require_POST
def change_case(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    def write(a: Access, c: Case, d: dict[str, Any]) -> Any:
        # Moving a case into an area needs a manager of it, or it could be hidden away.
        if d["area"] != c.area and not may_manage(a, d["area"]) and not may_manage(a, c.area):
            raise PortalError("Only a manager of one of the two areas may move a case.")
        return actions.change_case(
            case=c,
            category=d["category"],
            risk=d["risk"],
            area=d["area"],
            acting_user=_user(request),
        )

    return _write(request, org, case_id, ChangeCaseForm, write, "Case changed.")


@login_required
@require_POST
def assign_worker(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    access, case = _case(request, org, case_id)
    wanted = str(request.POST.get("user", ""))
    member = (
        Membership.objects.filter(organisation=access.organisation, user__pk=int(wanted))
        .select_related("user")
        .first()
        if wanted.isdigit()
        else None
    )
    if member is None:
        messages.error(request, "Choose a member of the organisation.")
    else:
        try:
            actions.assign_worker(case=case, worker=member.user, acting_user=_user(request))
            messages.success(request, f"{member.user.get_username()} may now work on the case.")
        except PortalError as exc:
            messages.error(request, exc.message)
    return redirect("cases:detail", org=org, case_id=case.pk)


@login_required
@require_POST
def close_case(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    return _write(
        request,
        org,
        case_id,
        CloseForm,
        lambda a, c, d: actions.close_case(
            case=c, reason=d["reason"], note=d["note"], acting_user=_user(request)
        ),
        "Case closed; the reporters are told it is closed.",
    )


@login_required
@require_POST
def reopen_case(request: HttpRequest, org: str, case_id: int) -> HttpResponse:
    _access, case = _case(request, org, case_id)
    try:
        actions.reopen_case(
            case=case, note=request.POST.get("note", "")[:4000], acting_user=_user(request)
        )
        messages.success(request, "Case reopened.")
    except PortalError as exc:
        messages.error(request, exc.message)
    return redirect("cases:detail", org=org, case_id=case.pk)


@login_required
def person_chronology(request: HttpRequest, org: str, external_id: str) -> HttpResponse:
    """Everything the viewer's cases record about one person, across cases, in time
    order. Only cases the viewer may see; each case shown is audited."""
    access = access_or_404(request.user, org)
    person = people_in(access.organisation).filter(external_id=external_id).first()
    visible = cases_visible_to(request.user, access)
    if person is None or not visible.exists():
        raise Http404("No such person, or no case you may see.")
    demand_second_factor(request)
    case_ids = list(visible.filter(people__person=person).values_list("pk", flat=True).distinct())
    if not case_ids:
        # The same answer as for nobody: the page would name someone in no case of theirs.
        raise Http404("No such person, or no case you may see.")
    entries = (
        CaseEntry.objects.filter(case_id__in=case_ids)
        .select_related("case", "document")
        .order_by("at", "recorded_at", "id")
    )
    user = _user(request)
    for case in Case.objects.filter(pk__in=case_ids):
        record_view(target=case, acting_user=user, page=f"person {person.external_id}")
    return render(
        request,
        "cases/person.html",
        {
            "access": access,
            "organisation": access.organisation,
            "person": person,
            "entries": entries,
            "cases": Case.objects.filter(pk__in=case_ids).order_by("-opened_at"),
        },
    )
