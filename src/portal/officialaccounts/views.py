"""Pages: the register (per area, CSV), requests, one account, and its credentials."""

from __future__ import annotations

import io
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from portal.accounts.secondfactor import demand_second_factor
from portal.errors import PortalError, Rejected
from portal.lists import list_page
from portal.officialaccounts.actions import (
    approve_account,
    close_account,
    grant_access,
    mark_checked_in_use,
    refuse_account,
    remove_access,
    request_account,
    reveal_credential,
    store_credential,
)
from portal.officialaccounts.activity import import_activity
from portal.officialaccounts.forms import (
    ActivityImportForm,
    ApproveForm,
    CredentialForm,
    GrantAccessForm,
    NoteForm,
    RefuseForm,
    RequestAccountForm,
)
from portal.officialaccounts.models import AccountStatus, Credential, OfficialAccount
from portal.officialaccounts.queries import (
    accounts_visible_to,
    can_request,
    can_view_register,
    inactivity_months,
    inactivity_roles,
    is_custodian,
    may_decide,
    register_of,
    with_risk,
)
from portal.officialaccounts.tables import RegisterFilter, RegisterTable
from portal.organisations.queries import Access, access_or_404
from portal.people.keepers import with_page_links
from portal.people.models import Person
from portal.people.queries import people_in
from portal.types import User


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # login_required ran
    return request.user


def _register_access(request: HttpRequest, org: str) -> Access:
    access = access_or_404(request.user, org)
    if not can_view_register(access):
        raise PermissionDenied("The register of official accounts is for staff.")
    return access


def _named(request: HttpRequest, access: Access) -> QuerySet[Person]:
    """The organisation's people, each marked whether the reader may open their page."""
    return with_page_links(people_in(access.organisation), request.user, access)


def _account(request: HttpRequest, access: Access, account_id: int) -> OfficialAccount:
    found = (
        with_risk(accounts_visible_to(request.user, access))
        .filter(pk=account_id)
        .prefetch_related(Prefetch("owners", queryset=_named(request, access)))
        .first()
    )
    if found is None:
        raise Http404("No such account, or you may not see it.")
    return found


def _context(access: Access, **extra: Any) -> dict[str, Any]:
    return {
        "access": access,
        "organisation": access.organisation,
        "can_request": can_request(access),
        **extra,
    }


@login_required
def register_page(request: HttpRequest, org: str) -> HttpResponseBase:
    access = _register_access(request, org)
    return list_page(
        request,
        organisation=access.organisation,
        template="officialaccounts/register.html",
        queryset=register_of(access.organisation, owners=_named(request, access)),
        table_class=RegisterTable,
        filterset_class=RegisterFilter,
        context=_context(access, months=inactivity_months(access.organisation)),
        export="official-accounts",
    )


@login_required
def requests_page(request: HttpRequest, org: str) -> HttpResponse:
    access = _register_access(request, org)
    waiting = (
        accounts_visible_to(request.user, access)
        .filter(status=AccountStatus.REQUESTED)
        .select_related("requested_by")
        .order_by("requested_at", "id")
    )
    pack = access.organisation.pack()
    rows = [
        (a, [pack.role_title(r) for r in a.approver_roles], may_decide(access, a)) for a in waiting
    ]
    return render(request, "officialaccounts/requests.html", _context(access, rows=rows))


@login_required
def request_page(request: HttpRequest, org: str) -> HttpResponse:
    access = _register_access(request, org)
    if not can_request(access):
        raise PermissionDenied("Accounts are requested by staff.")
    form = RequestAccountForm(request.POST or None, people=people_in(access.organisation))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            account = request_account(
                organisation=access.organisation,
                name=data["name"],
                platform=data["platform"],
                account_type=data["account_type"],
                area=data["area"],
                purpose=data["purpose"],
                description=data["description"],
                owners=data["owners"],
                acting_user=_user(request),
            )
        except Rejected as exc:
            for problem in exc.problems:
                form.add_error(problem.field or None, problem.message)
        else:
            titles = ", ".join(
                access.organisation.pack().role_title(r) for r in account.approver_roles
            )
            messages.success(request, f"Requested: the {titles or 'administrators'} will decide.")
            return redirect("officialaccounts:detail", org=org, account_id=account.pk)
    return render(request, "officialaccounts/request.html", _context(access, form=form))


@login_required
def detail_page(request: HttpRequest, org: str, account_id: int) -> HttpResponse:
    access = _register_access(request, org)
    account = _account(request, access, account_id)
    custodian = is_custodian(access)
    pack = access.organisation.pack()
    owner_ids = {p.pk for p in account.owners.all()}
    own = people_in(access.organisation).filter(user=_user(request)).values_list("pk", flat=True)
    may_check = (
        custodian
        or bool(access.roles & set(inactivity_roles(access.organisation)))
        or bool(owner_ids & set(own))
    )
    return render(
        request,
        "officialaccounts/detail.html",
        _context(
            access,
            account=account,
            approver_titles=[pack.role_title(r) for r in account.approver_roles],
            access_rows=account.access.prefetch_related(
                Prefetch("person", queryset=_named(request, access))
            ).order_by("removed_at", "granted_at"),
            credentials=account.credentials.all() if custodian else [],
            custodian=custodian,
            decide=may_decide(access, account),
            approve_form=ApproveForm(),
            refuse_form=RefuseForm(),
            credential_form=CredentialForm(),
            grant_form=GrantAccessForm(),
            note_form=NoteForm(),
            may_check=may_check and account.is_approved,
            activity=account.activity.all()[:10],
            months=inactivity_months(access.organisation),
        ),
    )


def _act(request: HttpRequest, org: str, account_id: int, step: Any) -> HttpResponse:
    """Run ``step(access, account)`` for a POST; show its error as a message."""
    access = _register_access(request, org)
    account = _account(request, access, account_id)
    try:
        done = step(access, account)
    except PortalError as exc:
        text = exc.message
        if exc.problems:
            text = "; ".join(str(p) for p in exc.problems)
        messages.error(request, text)
    else:
        if done:
            messages.success(request, done)
    return redirect("officialaccounts:detail", org=org, account_id=account_id)


@login_required
@require_POST
def approve(request: HttpRequest, org: str, account_id: int) -> HttpResponse:
    form = ApproveForm(request.POST, request.FILES)

    def step(access: Access, account: OfficialAccount) -> str:
        if not form.is_valid():
            raise Rejected("The form is not complete.")
        approve_account(
            account=account,
            acting_user=_user(request),
            document=form.cleaned_data["document"],
            note=form.cleaned_data["note"],
        )
        return f"{account.name} is approved and on the register."

    return _act(request, org, account_id, step)


@login_required
@require_POST
def refuse(request: HttpRequest, org: str, account_id: int) -> HttpResponse:
    form = RefuseForm(request.POST)

    def step(access: Access, account: OfficialAccount) -> str:
        reason = form.cleaned_data["reason"] if form.is_valid() else ""
        refuse_account(account=account, reason=reason, acting_user=_user(request))
        return f"The request for {account.name} was refused."

    return _act(request, org, account_id, step)


@login_required
@require_POST
def set_credential(request: HttpRequest, org: str, account_id: int) -> HttpResponse:
    form = CredentialForm(request.POST)

    def step(access: Access, account: OfficialAccount) -> str:
        if not form.is_valid():
            raise Rejected("Give what it is and the secret itself.")
        store_credential(
            account=account,
            kind=form.cleaned_data["kind"],
            secret=form.cleaned_data["secret"],
            acting_user=_user(request),
        )
        return "Kept, encrypted; the rotation date is today."

    return _act(request, org, account_id, step)


@login_required
@require_POST
def reveal(request: HttpRequest, org: str, account_id: int, credential_id: int) -> HttpResponse:
    access = _register_access(request, org)
    account = _account(request, access, account_id)
    if not is_custodian(access):
        raise PermissionDenied("Credentials are revealed to their custodian alone.")
    demand_second_factor(request)
    credential = Credential.objects.filter(account=account, pk=credential_id).first()
    if credential is None:
        raise Http404("No such credential.")
    try:
        secret = reveal_credential(credential=credential, acting_user=_user(request))
    except PortalError as exc:
        messages.error(request, exc.message)
        return redirect("officialaccounts:detail", org=org, account_id=account_id)
    response = render(
        request,
        "officialaccounts/revealed.html",
        _context(access, account=account, credential=credential, secret=secret),
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def grant(request: HttpRequest, org: str, account_id: int) -> HttpResponse:
    form = GrantAccessForm(request.POST)

    def step(access: Access, account: OfficialAccount) -> str:
        if not is_custodian(access):
            raise PermissionDenied("Access is granted by the custodian.")
        person_id = form.cleaned_data["person"] if form.is_valid() else ""
        person = people_in(access.organisation).filter(external_id=person_id).first()
        if person is None:
            raise Rejected(f"No one with id {person_id!r} in the directory.")
        grant_access(account=account, person=person, acting_user=_user(request))
        return f"{person.name} can use {account.name}."

    return _act(request, org, account_id, step)


@login_required
@require_POST
def revoke(request: HttpRequest, org: str, account_id: int, access_id: int) -> HttpResponse:
    def step(access: Access, account: OfficialAccount) -> str:
        if not is_custodian(access):
            raise PermissionDenied("Access is removed by the custodian.")
        row = account.access.filter(pk=access_id).select_related("person").first()
        if row is None:
            raise Http404("No such access.")
        remove_access(access=row, acting_user=_user(request))
        return f"Access of {row.person.name} removed."

    return _act(request, org, account_id, step)


@login_required
@require_POST
def checked(request: HttpRequest, org: str, account_id: int) -> HttpResponse:
    form = NoteForm(request.POST)

    def step(access: Access, account: OfficialAccount) -> str:
        mark_checked_in_use(
            account=account,
            acting_user=_user(request),
            note=form.cleaned_data["note"] if form.is_valid() else "",
        )
        return f"{account.name}: checked, in use."

    return _act(request, org, account_id, step)


@login_required
@require_POST
def close(request: HttpRequest, org: str, account_id: int) -> HttpResponse:
    form = NoteForm(request.POST)

    def step(access: Access, account: OfficialAccount) -> str:
        allowed = is_custodian(access) or bool(
            access.roles & set(inactivity_roles(access.organisation))
        )
        if not allowed:
            raise PermissionDenied("Accounts are closed by the custodian.")
        close_account(
            account=account,
            acting_user=_user(request),
            note=form.cleaned_data["note"] if form.is_valid() else "",
        )
        return f"{account.name} is closed."

    return _act(request, org, account_id, step)


@login_required
def approval_document(request: HttpRequest, org: str, account_id: int) -> FileResponse:
    access = _register_access(request, org)
    account = _account(request, access, account_id)
    if not account.approval_document:
        raise Http404("No approval document.")
    response = FileResponse(account.approval_document.open("rb"), as_attachment=True)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_required
def activity_import(request: HttpRequest, org: str) -> HttpResponse:
    access = _register_access(request, org)
    if not (is_custodian(access) or access.is_admin):
        raise PermissionDenied("Activity is imported by the custodian or an administrator.")
    form = ActivityImportForm(request.POST or None, request.FILES or None)
    summary = None
    problems: list[Any] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        summary = import_activity(
            organisation=access.organisation,
            file=io.BytesIO(upload.read()),
            acting_user=_user(request),
        )
        problems = summary.problems
    return render(
        request,
        "officialaccounts/activity_import.html",
        _context(access, form=form, summary=summary, problems=problems),
    )
