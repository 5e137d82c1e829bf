"""API: the consent register and takedown requests.

- Consents: list, record and withdraw, for holders of ``record_consent`` and
  administrators (``may_record_consent``); anyone else gets 403 naming nobody.
- Takedown requests: any member asks (about someone they may name, or by name only);
  the handlers (``may_handle_takedowns``) list them, link the person and close them; the
  requester reads their own. A request the caller may not see is "not found", like one
  that does not exist.

Asking is counted per user (``POLICYGUARD_TAKEDOWN_REQUESTS_PER_HOUR``, then 429), as
the public form is per address.
"""

from __future__ import annotations

from datetime import date, datetime

from django.http import JsonResponse
from ninja import Field, Router, Schema

from portal.apibase import ERROR_RESPONSES, ApiRequest, api_access
from portal.consent import takedown as takedowns
from portal.consent.actions import purposes_of, record_consent_given, withdraw_consent
from portal.consent.models import Behalf, Channel, Material, TakedownRequest, TakedownStatus
from portal.consent.queries import (
    consents_in,
    may_handle_takedowns,
    may_record_consent,
    takedowns_visible_to,
)
from portal.errors import Forbidden, NotFound, Problem, Rejected
from portal.organisations.queries import Access
from portal.people.models import Consent, Person
from portal.people.queries import nameable_by, people_in

router = Router(tags=["consent and takedown"])
PAGE = 200


def _problem(field: str, message: str) -> Rejected:
    return Rejected(message, problems=[Problem(None, field, message)])


def _keeper(access: Access) -> None:
    if not may_record_consent(access):
        raise Forbidden("the consent register is kept by the communications team")


def _handler(access: Access) -> None:
    if not may_handle_takedowns(access):
        raise Forbidden("takedown requests are handled by the communications team")


# Consents ---------------------------------------------------------------------------


class ConsentIn(Schema):
    person: str = Field(min_length=1, description="Directory id of the person shown.")
    given_by: str = Field(description="parent (a parent or carer) or self.")
    given_by_person: str = Field(default="", description="Directory id of the parent.")
    given_on: date
    media: list[str] = Field(min_length=1, description="image, video, lesson_recording.")
    purposes: list[str] = Field(default_factory=list, description="Keys of the pack's purposes.")


class WithdrawIn(Schema):
    withdrawn_on: date | None = Field(default=None, description="From when (today if absent).")
    reason: str = Field(default="", max_length=500)


class ConsentOut(Schema):
    id: int
    person: str
    person_name: str
    given_by: str
    given_by_person: str | None
    given_on: date
    media: list[str]
    purposes: list[str]
    withdrawn_on: date | None
    withdrawn_reason: str
    source: str


def _consent_out(consent: Consent) -> ConsentOut:
    return ConsentOut(
        id=consent.pk,
        person=consent.person.external_id,
        person_name=consent.person.name,
        given_by=consent.given_by,
        given_by_person=consent.given_by_person.external_id if consent.given_by_person else None,
        given_on=consent.given_on,
        media=list(consent.media),
        purposes=purposes_of(consent),
        withdrawn_on=consent.withdrawn_on,
        withdrawn_reason=consent.withdrawn_reason,
        source=consent.source,
    )


def _person(access: Access, field: str, external_id: str) -> Person:
    found = people_in(access.organisation).filter(external_id=external_id).first()
    if found is None:
        raise _problem(field, f"no person {external_id!r} in the directory")
    return found


@router.get(
    "orgs/{org}/consents",
    response={200: list[ConsentOut], **ERROR_RESPONSES},
    summary="Consents on the register",
)
def list_consents(
    request: ApiRequest,
    org: str,
    person: str = "",
    in_force_on: date | None = None,
    offset: int = 0,
) -> list[ConsentOut]:
    """Newest first, 200 at a time (`offset` for more). `person`: one person's (a
    directory id); `in_force_on`: only those valid that day. For the register's keepers."""
    access = api_access(request, org)
    _keeper(access)
    consents = consents_in(access).order_by("-given_on", "-id")
    if person:
        consents = consents.filter(person__external_id=person)
    if in_force_on is not None:
        consents = consents.filter(given_on__lte=in_force_on).exclude(withdrawn_on__lte=in_force_on)
    start = max(offset, 0)
    return [_consent_out(c) for c in consents[start : start + PAGE]]


@router.post(
    "orgs/{org}/consents",
    response={201: ConsentOut, **ERROR_RESPONSES},
    summary="Record a consent",
)
def create_consent(request: ApiRequest, org: str, body: ConsentIn) -> JsonResponse:
    """Record a consent as the register's form does; 422 names each bad field."""
    access = api_access(request, org)
    _keeper(access)
    person = _person(access, "person", body.person)
    giver = (
        _person(access, "given_by_person", body.given_by_person) if body.given_by_person else None
    )
    consent = record_consent_given(
        person=person,
        given_by=body.given_by,
        given_by_person=giver,
        given_on=body.given_on,
        media=list(dict.fromkeys(body.media)),
        purposes=list(dict.fromkeys(body.purposes)),
        source="api",
        acting_user=request.auth,
    )
    response = JsonResponse(_consent_out(consent).model_dump(mode="json"), status=201)
    response["Location"] = f"/api/v1/orgs/{org}/consents/{consent.pk}"
    return response


@router.get(
    "orgs/{org}/consents/{consent_id}",
    response={200: ConsentOut, **ERROR_RESPONSES},
    summary="One consent",
)
def get_consent(request: ApiRequest, org: str, consent_id: int) -> ConsentOut:
    access = api_access(request, org)
    _keeper(access)
    consent = consents_in(access).filter(pk=consent_id).first()
    if consent is None:
        raise NotFound("consent")
    return _consent_out(consent)


@router.post(
    "orgs/{org}/consents/{consent_id}/withdraw",
    response={200: ConsentOut, **ERROR_RESPONSES},
    summary="Withdraw a consent",
)
def withdraw(request: ApiRequest, org: str, consent_id: int, body: WithdrawIn) -> ConsentOut:
    """From `withdrawn_on` (today if absent): 409 when it was withdrawn by then already."""
    access = api_access(request, org)
    _keeper(access)
    consent = consents_in(access).filter(pk=consent_id).first()
    if consent is None:
        raise NotFound("consent")
    withdrawn = withdraw_consent(
        consent=consent, on=body.withdrawn_on, reason=body.reason, acting_user=request.auth
    )
    return _consent_out(withdrawn)


# Takedown requests -------------------------------------------------------------------


class TakedownIn(Schema):
    material: str = Field(description="image, video or information.")
    on_behalf: str = Field(description="self, child, colleague or other.")
    subject: str = Field(
        default="", description="Directory id of whom it is about (someone you may name)."
    )
    subject_name: str = Field(default="", max_length=200, description="Or their name.")
    where: str = Field(min_length=1, max_length=2000, description="An address or description.")
    details: str = Field(default="", max_length=4000)


class CloseIn(Schema):
    note: str = Field(min_length=1, max_length=4000, description="What was taken down, where.")
    removed: bool = Field(description="true: you confirm it has been removed.")
    subject: str = Field(default="", description="Directory id of whom it was about.")
    purpose: str = Field(default="", description="What it was published for (a pack key).")


class LinkIn(Schema):
    subject: str = Field(min_length=1, description="Directory id of whom it is about.")


class TakedownOut(Schema):
    id: int
    status: str
    material: str
    on_behalf: str
    subject_name: str
    where: str
    clauses: list[str]
    created_at: datetime
    due_at: datetime | None
    closed_at: datetime | None
    removal_note: str
    # For the handlers only (null for the requester):
    subject: str | None = None
    subject_found_by: str | None = None
    requester_name: str | None = None
    requester_email: str | None = None
    channel: str | None = None
    purpose: str | None = None
    consents_withdrawn: int | None = None


def _takedown_out(item: TakedownRequest, *, handler: bool) -> TakedownOut:
    out = TakedownOut(
        id=item.pk,
        status=item.status,
        material=item.material,
        on_behalf=item.on_behalf,
        subject_name=item.subject_name,
        where=item.where,
        clauses=list(item.clauses),
        created_at=item.created_at,
        due_at=item.duty.due_at if item.duty is not None else None,
        closed_at=item.closed_at,
        removal_note=item.removal_note,
    )
    if handler:
        out.subject = item.subject.external_id if item.subject else None
        out.subject_found_by = item.subject_found_by
        out.requester_name = item.requester_name
        out.requester_email = item.requester_email
        out.channel = item.channel
        out.purpose = item.purpose
        out.consents_withdrawn = item.consents_withdrawn
    return out


def _choice(field: str, value: str, allowed: list[str]) -> None:
    if value not in allowed:
        raise _problem(field, f"one of: {', '.join(allowed)}")


@router.post(
    "orgs/{org}/takedowns",
    response={201: TakedownOut, **ERROR_RESPONSES},
    summary="Ask for an image, a video or information to be taken down",
)
def create_takedown(request: ApiRequest, org: str, body: TakedownIn) -> JsonResponse:
    """Decided by the pack's takedown rule and given, as a duty, to the role it names
    (at once where the clause says so). `subject` must be someone you may name (an id
    you may not see is refused exactly like one that does not exist); without it, give
    `subject_name` (a request about yourself needs neither)."""
    access = api_access(request, org)
    _choice("material", body.material, list(Material.values))
    _choice("on_behalf", body.on_behalf, list(Behalf.values))
    nameable = nameable_by(request.auth, access)
    pool = people_in(access.organisation) if nameable is None else nameable
    subject = None
    if body.subject:
        subject = pool.filter(external_id=body.subject).first()
        if subject is None:
            raise _problem("subject", "no one you may name has that id: give subject_name")
    own = people_in(access.organisation).filter(user=request.auth).first()
    if subject is None and body.on_behalf == Behalf.SELF:
        subject = own
    name = body.subject_name.strip() or (subject.name if subject else "")
    if not name:
        raise _problem("subject_name", "say whom it is about")
    made = takedowns.request_takedown(
        organisation=access.organisation,
        channel=Channel.API,
        material=body.material,
        on_behalf=body.on_behalf,
        subject_name=name,
        subject=subject,
        where=body.where,
        details=body.details,
        requester_name=own.name if own else request.auth.get_username(),
        requester_email=request.auth.email,
        acting_user=request.auth,
    )
    out = _takedown_out(made, handler=may_handle_takedowns(access))
    response = JsonResponse(out.model_dump(mode="json"), status=201)
    response["Location"] = f"/api/v1/orgs/{org}/takedowns/{made.pk}"
    return response


@router.get(
    "orgs/{org}/takedowns",
    response={200: list[TakedownOut], **ERROR_RESPONSES},
    summary="Takedown requests (for the handlers)",
)
def list_takedowns(
    request: ApiRequest, org: str, status: str = "", offset: int = 0
) -> list[TakedownOut]:
    """Open ones first, then newest; 200 at a time (`offset` for more); `status`: open
    or removed."""
    access = api_access(request, org)
    _handler(access)
    if status:
        _choice("status", status, list(TakedownStatus.values))
    found = takedowns_visible_to(request.auth, access).order_by("status", "-created_at")
    if status:
        found = found.filter(status=status)
    start = max(offset, 0)
    return [_takedown_out(t, handler=True) for t in found[start : start + PAGE]]


def _visible(request: ApiRequest, access: Access, request_id: int) -> TakedownRequest:
    found = takedowns_visible_to(request.auth, access).filter(pk=request_id).first()
    if found is None:
        raise NotFound("takedown request")
    return found


@router.get(
    "orgs/{org}/takedowns/{request_id}",
    response={200: TakedownOut, **ERROR_RESPONSES},
    summary="One takedown request: the handlers', or your own",
)
def get_takedown(request: ApiRequest, org: str, request_id: int) -> TakedownOut:
    access = api_access(request, org)
    found = _visible(request, access, request_id)
    return _takedown_out(found, handler=may_handle_takedowns(access))


@router.post(
    "orgs/{org}/takedowns/{request_id}/link",
    response={200: TakedownOut, **ERROR_RESPONSES},
    summary="Say whom an open request is about (triage); its duty is re-routed",
)
def link_takedown(request: ApiRequest, org: str, request_id: int, body: LinkIn) -> TakedownOut:
    access = api_access(request, org)
    found = _visible(request, access, request_id)
    _handler(access)
    subject = _person(access, "subject", body.subject)
    linked = takedowns.link_subject(request=found, subject=subject, acting_user=request.auth)
    return _takedown_out(linked, handler=True)


@router.post(
    "orgs/{org}/takedowns/{request_id}/close",
    response={200: TakedownOut, **ERROR_RESPONSES},
    summary="Confirm the removal and close the request",
)
def close_takedown(request: ApiRequest, org: str, request_id: int, body: CloseIn) -> TakedownOut:
    """The duty is done, the consent for what was asked about is withdrawn (only that
    media kind, and `purpose` when given), and whoever asked is told; 409 if closed."""
    access = api_access(request, org)
    found = _visible(request, access, request_id)
    _handler(access)
    if not body.removed:
        raise _problem("removed", "confirm that it has been removed")
    subject = _person(access, "subject", body.subject) if body.subject else None
    closed = takedowns.confirm_removal(
        request=found,
        note=body.note,
        subject=subject,
        purpose=body.purpose,
        acting_user=request.auth,
    )
    return _takedown_out(closed, handler=True)
