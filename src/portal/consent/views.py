"""Pages: the consent register (list, form, import, withdraw) and takedown requests
(the public form, the portal's form, the list and one request for whoever acts)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from portal.clientip import client_ip
from portal.consent import takedown as takedowns
from portal.consent.actions import import_consents_csv, record_consent_given, withdraw_consent
from portal.consent.csvfile import COLUMNS, REQUIRED
from portal.consent.forms import (
    ConfirmRemovalForm,
    ConsentForm,
    ImportConsentsForm,
    LinkSubjectForm,
    PortalTakedownForm,
    PublicTakedownForm,
    WithdrawForm,
)
from portal.consent.models import Channel
from portal.consent.queries import (
    consents_in,
    may_handle_takedowns,
    may_record_consent,
    takedowns_visible_to,
)
from portal.errors import NotAllowedNow, RateLimited, Rejected
from portal.organisations.models import Organisation
from portal.organisations.queries import Access, access_or_404
from portal.people.picking import find_people
from portal.people.queries import nameable_by, people_in
from portal.types import User


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)  # login_required ran
    return request.user


def _register_access(request: HttpRequest, org: str) -> Access:
    access = access_or_404(request.user, org)
    if not may_record_consent(access):
        raise PermissionDenied("The consent register is kept by the communications team.")
    return access


def _form_problems(form: object, exc: Rejected) -> None:
    for problem in exc.problems:
        field = problem.field if problem.field in form.fields else None  # type: ignore[attr-defined]
        form.add_error(field, problem.message)  # type: ignore[attr-defined]


# The consent register ----------------------------------------------------------------


@login_required
def register(request: HttpRequest, org: str) -> HttpResponse:
    access = _register_access(request, org)
    pack = access.organisation.pack()
    form = ConsentForm(request.POST or None, people=people_in(access.organisation), pack=pack)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            consent = record_consent_given(
                person=data["person"],
                given_by=data["given_by"],
                given_by_person=data["given_by_person"],
                given_on=data["given_on"],
                media=data["covers"],
                purposes=data["purposes"],
                acting_user=_user(request),
            )
        except Rejected as exc:
            _form_problems(form, exc)
        else:
            messages.success(request, f"Consent recorded for {consent.person.name}.")
            return redirect("consent:register", org=org)
    consents = consents_in(access).order_by("-given_on", "-id")[:200]
    return render(
        request,
        "consent/register.html",
        {
            "access": access,
            "organisation": access.organisation,
            "form": form,
            "consents": consents,
            "purposes": dict(pack.purpose_choices()),
        },
        status=422 if form.errors else 200,
    )


@login_required
def pick(request: HttpRequest, org: str) -> JsonResponse:
    """Anyone in the directory, for the boxes of those who keep the register and of those
    who handle takedown requests ("Link the person"): both forms take anyone in the
    directory, and a pack may give the two to different roles."""
    access = access_or_404(request.user, org)
    if not (may_record_consent(access) or may_handle_takedowns(access)):
        raise PermissionDenied("The directory search is for the communications team.")
    found = find_people(people_in(access.organisation), request.GET.get("q", "")[:100])
    return JsonResponse(
        {"people": [{"id": p.external_id, "label": f"{p.name} ({p.external_id})"} for p in found]}
    )


@login_required
@require_POST
def record_for(request: HttpRequest, org: str, external_id: str) -> HttpResponse:
    """The person page's form."""
    access = _register_access(request, org)
    person = people_in(access.organisation).filter(external_id=external_id).first()
    if person is None:
        raise Http404("No such person.")
    form = ConsentForm(
        request.POST,
        people=people_in(access.organisation),
        pack=access.organisation.pack(),
        person=person,
    )
    if form.is_valid():
        data = form.cleaned_data
        try:
            record_consent_given(
                person=person,
                given_by=data["given_by"],
                given_by_person=data["given_by_person"],
                given_on=data["given_on"],
                media=data["covers"],
                purposes=data["purposes"],
                acting_user=_user(request),
            )
        except Rejected as exc:
            messages.error(request, "; ".join(str(p) for p in exc.problems))
        else:
            messages.success(request, f"Consent recorded for {person.name}.")
    else:
        errors = "; ".join(f"{f}: {' '.join(str(m) for m in e)}" for f, e in form.errors.items())
        messages.error(request, f"Not recorded: {errors}")
    return redirect("people:person", org=org, external_id=external_id)


@login_required
@require_POST
def withdraw(request: HttpRequest, org: str, consent_id: int) -> HttpResponse:
    access = _register_access(request, org)
    consent = consents_in(access).filter(pk=consent_id).first()
    if consent is None:
        raise Http404("No such consent.")
    form = WithdrawForm(request.POST)
    if form.is_valid():
        try:
            withdraw_consent(
                consent=consent,
                on=form.cleaned_data["withdrawn_on"],
                reason=form.cleaned_data["reason"],
                acting_user=_user(request),
            )
        except (Rejected, NotAllowedNow) as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, f"Consent for {consent.person.name} withdrawn.")
    else:
        messages.error(request, "Give the date it was withdrawn.")
    back = request.POST.get("next", "")
    if back == "person":
        return redirect("people:person", org=org, external_id=consent.person.external_id)
    return redirect("consent:register", org=org)


@login_required
def import_consents(request: HttpRequest, org: str) -> HttpResponse:
    access = _register_access(request, org)
    form = ImportConsentsForm(request.POST or None, request.FILES or None)
    summary = None
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        from django.conf import settings

        data = upload.read(settings.POLICYGUARD_CSV_MAX_BYTES + 1)
        try:
            summary = import_consents_csv(
                organisation=access.organisation,
                data=data,
                source=upload.name,
                acting_user=_user(request),
            )
        except Rejected as exc:
            problems = list(exc.problems)
    return render(
        request,
        "consent/import.html",
        {
            "access": access,
            "organisation": access.organisation,
            "form": form,
            "summary": summary,
            "problems": problems,
            "columns": COLUMNS,
            "required": REQUIRED,
        },
        status=422 if problems else 200,
    )


# Takedown requests ---------------------------------------------------------------------


def _organisation_or_404(slug: str) -> Organisation:
    found = Organisation.objects.filter(slug=slug).first()
    if found is None:
        raise Http404("No such organisation.")
    return found


def _public(
    request: HttpRequest, template: str, context: dict[str, object], status: int = 200
) -> HttpResponse:
    response = render(request, template, context, status=status)
    response["Cache-Control"] = "no-store"
    # Not "no-referrer": Chromium then posts the form with "Origin: null", which the
    # CSRF check refuses (see the block page).
    response["Referrer-Policy"] = "same-origin"
    return response


def public_takedown(request: HttpRequest, slug: str) -> HttpResponse:
    """Anyone, signed in or not, asks for an image or information to be taken down."""
    organisation = _organisation_or_404(slug)
    form = PublicTakedownForm(request.POST or None)
    context: dict[str, object] = {"organisation": organisation, "form": form}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            made = takedowns.request_takedown(
                organisation=organisation,
                channel=Channel.PUBLIC,
                material=data["material"],
                on_behalf=data["on_behalf"],
                subject_name=data["subject_name"],
                subject_date_of_birth=data["subject_date_of_birth"],
                where=data["where"],
                details=data["details"],
                requester_name=data["requester_name"],
                requester_email=data["requester_email"],
                requester_ip=client_ip(request),
                acting_user=request.user if request.user.is_authenticated else None,
            )
        except RateLimited as exc:
            form.add_error(None, exc.message)
            return _public(request, "consent/takedown_public.html", context, status=429)
        request.session["takedown_sent"] = made.pk
        return redirect("consent:public_sent", slug=slug)
    return _public(
        request,
        "consent/takedown_public.html",
        context,
        status=422 if form.errors else 200,
    )


def public_sent(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = _organisation_or_404(slug)
    number = request.session.get("takedown_sent")
    return _public(
        request, "consent/takedown_sent.html", {"organisation": organisation, "number": number}
    )


@login_required
def takedown_new(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    user = _user(request)
    nameable = nameable_by(user, access)
    pool = people_in(access.organisation) if nameable is None else nameable
    form = PortalTakedownForm(request.POST or None, people=pool)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        subject = data["subject"]
        own = people_in(access.organisation).filter(user=user).first()
        if subject is None and data["on_behalf"] == "self":
            subject = own
        name = data["subject_name"] or (subject.name if subject else "")
        if not name:
            form.add_error("subject_name", "Say whom it is about.")
        else:
            made = takedowns.request_takedown(
                organisation=access.organisation,
                channel=Channel.PORTAL,
                material=data["material"],
                on_behalf=data["on_behalf"],
                subject_name=name,
                subject=subject,
                where=data["where"],
                details=data["details"],
                requester_name=own.name if own else user.get_username(),
                requester_email=user.email,
                acting_user=user,
            )
            messages.success(request, f"Request #{made.pk} sent to the communications team.")
            return redirect("consent:takedown", org=org, request_id=made.pk)
    return render(
        request,
        "consent/takedown_new.html",
        {"access": access, "organisation": access.organisation, "form": form},
        status=422 if form.errors else 200,
    )


@login_required
def takedown_list(request: HttpRequest, org: str) -> HttpResponse:
    access = access_or_404(request.user, org)
    if not may_handle_takedowns(access):
        raise PermissionDenied("Takedown requests are handled by the communications team.")
    requests = takedowns_visible_to(request.user, access).order_by("status", "-created_at")[:200]
    return render(
        request,
        "consent/takedowns.html",
        {"access": access, "organisation": access.organisation, "requests": requests},
    )


@login_required
def takedown_detail(request: HttpRequest, org: str, request_id: int) -> HttpResponse:
    access = access_or_404(request.user, org)
    found = takedowns_visible_to(request.user, access).filter(pk=request_id).first()
    if found is None:
        raise Http404("No such request.")
    handler = may_handle_takedowns(access)
    form = None
    if handler and found.is_open:
        form = ConfirmRemovalForm(
            request.POST or None,
            people=people_in(access.organisation),
            pack=access.organisation.pack(),
        )
        if request.method == "POST" and form.is_valid():
            try:
                takedowns.confirm_removal(
                    request=found,
                    note=form.cleaned_data["note"],
                    subject=form.cleaned_data["subject"],
                    purpose=form.cleaned_data["purpose"],
                    acting_user=_user(request),
                )
            except (Rejected, NotAllowedNow) as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, f"Request #{found.pk} closed: removal confirmed.")
                return redirect("consent:takedown", org=org, request_id=found.pk)
    elif request.method == "POST":
        raise PermissionDenied("Only the communications team closes a request.")
    pack = access.organisation.pack()
    link_form = (
        LinkSubjectForm(people=people_in(access.organisation), prefix="link")
        if handler and found.is_open
        else None
    )
    return render(
        request,
        "consent/takedown.html",
        {
            "access": access,
            "organisation": access.organisation,
            "item": found,
            "handler": handler,
            "form": form,
            "link_form": link_form,
            "clauses": [(c, pack.clause(c).summary) for c in found.clauses if _has(pack, c)],
        },
        status=422 if form is not None and form.errors else 200,
    )


@login_required
@require_POST
def takedown_link(request: HttpRequest, org: str, request_id: int) -> HttpResponse:
    """Triage: the handler links the person a request is about; its duty is re-routed."""
    access = access_or_404(request.user, org)
    if not may_handle_takedowns(access):
        raise Http404("No such request.")
    found = takedowns_visible_to(request.user, access).filter(pk=request_id).first()
    if found is None:
        raise Http404("No such request.")
    form = LinkSubjectForm(request.POST, people=people_in(access.organisation), prefix="link")
    if form.is_valid() and form.cleaned_data["subject"] is not None:
        try:
            linked = takedowns.link_subject(
                request=found, subject=form.cleaned_data["subject"], acting_user=_user(request)
            )
        except (Rejected, NotAllowedNow) as exc:
            messages.error(request, str(exc))
        else:
            cited = ", ".join(linked.clauses) or "no clause of the policy"
            # The person linked, as the directory names them (not as the requester wrote).
            person = form.cleaned_data["subject"]
            messages.success(
                request, f"Linked to {person.name} ({person.external_id}): now under {cited}."
            )
    else:
        errors = "; ".join(" ".join(str(m) for m in e) for e in form.errors.values())
        messages.error(request, f"Not linked: {errors or 'choose the person'}")
    return redirect("consent:takedown", org=org, request_id=request_id)


def _has(pack: object, clause_id: str) -> bool:
    try:
        pack.clause(clause_id)  # type: ignore[attr-defined]
    except KeyError:
        return False
    return True
