"""API: report a concern, and the status of one's own reports (nothing behind them).

Case records are not in the API: opening one needs a second factor in a signed-in
session, which a bearer token is not.
"""

from __future__ import annotations

from datetime import datetime

from django.http import JsonResponse
from ninja import Field, Router, Schema

from policyguard import AffiliationKind
from portal.apibase import ERROR_RESPONSES, ApiRequest, api_access
from portal.cases.access import my_concerns
from portal.cases.actions import Report, report_concern
from portal.cases.models import Concern, Where
from portal.errors import NotFound, Problem, Rejected
from portal.people.queries import nameable_by, people_in

router = Router(tags=["concerns"])
DESCRIBED = ("", "former_student", "none", *(k.value for k in AffiliationKind))


class ConcernIn(Schema):
    kind: str = Field(min_length=1, description="A kind of concern the pack lists.")
    what: str = Field(min_length=1, max_length=20_000, description="What happened.")
    subject: str = Field(
        default="", description="Directory id of whom it is about (someone you may name)."
    )
    subject_kind: str = Field(default="", description="Who they are, if not named by id.")
    subject_description: str = Field(default="", max_length=2000)
    happened_at: datetime | None = None
    where: str = Where.UNKNOWN
    place: str = Field(default="", max_length=300)
    link_url: str = Field(default="", max_length=2000)


class ConcernOut(Schema):
    id: int
    reference: str
    kind: str
    kind_title: str
    status: str
    sent_to: str
    created_at: datetime


def _out(concern: Concern) -> ConcernOut:
    return ConcernOut(
        id=concern.pk,
        reference=concern.reference,
        kind=concern.kind,
        kind_title=concern.kind_title,
        status=concern.status,
        sent_to=concern.route_role_title,
        created_at=concern.created_at,
    )


def _problem(field: str, message: str) -> Rejected:
    return Rejected(message, problems=[Problem(None, field, message)])


@router.post(
    "orgs/{org}/concerns",
    response={201: ConcernOut, **ERROR_RESPONSES},
    summary="Report a concern",
)
def create_concern(request: ApiRequest, org: str, body: ConcernIn) -> JsonResponse:
    """Record a concern and route it by the organisation's pack to ONE person or role;
    the answer is its status, as the reporter sees it."""
    access = api_access(request, org)
    subject = None
    if body.subject:
        nameable = nameable_by(request.auth, access)
        pool = people_in(access.organisation) if nameable is None else nameable
        subject = pool.filter(external_id=body.subject).first()
        if subject is None:
            raise _problem("subject", "unknown person id: describe them with subject_kind")
    if body.subject_kind not in DESCRIBED:
        raise _problem("subject_kind", f"one of: {', '.join(k for k in DESCRIBED if k)}")
    if body.where not in Where.values:
        raise _problem("where", f"one of: {', '.join(Where.values)}")
    if body.link_url and not body.link_url.startswith(("http://", "https://")):
        raise _problem("link_url", "a web address starting http:// or https://")
    concern = report_concern(
        organisation=access.organisation,
        access=access,
        report=Report(
            kind=body.kind,
            what=body.what,
            subject=subject,
            subject_kind=body.subject_kind,
            subject_description=body.subject_description,
            happened_at=body.happened_at,
            where=body.where,
            place=body.place,
            link_url=body.link_url,
        ),
        acting_user=request.auth,
    )
    response = JsonResponse(_out(concern).model_dump(mode="json"), status=201)
    response["Location"] = f"/api/v1/orgs/{org}/concerns/{concern.pk}"
    return response


@router.get(
    "orgs/{org}/concerns",
    response={200: list[ConcernOut], **ERROR_RESPONSES},
    summary="Your own reports and their status",
)
def list_concerns(request: ApiRequest, org: str) -> list[ConcernOut]:
    """The reports you made, newest first (at most 200): status only."""
    access = api_access(request, org)
    return [_out(c) for c in my_concerns(request.auth, access).order_by("-created_at")[:200]]


@router.get(
    "orgs/{org}/concerns/{concern_id}",
    response={200: ConcernOut, **ERROR_RESPONSES},
    summary="One of your reports and its status",
)
def get_concern(request: ApiRequest, org: str, concern_id: int) -> ConcernOut:
    access = api_access(request, org)
    concern = my_concerns(request.auth, access).filter(pk=concern_id).first()
    if concern is None:
        raise NotFound("report")
    return _out(concern)
