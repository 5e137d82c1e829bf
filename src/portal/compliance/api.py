"""API: the register of device checks (VTS-22), and the policy's review records.

- ``GET orgs/{org}/devices``: each device with its last check and when the next is due,
  flagged ones first; ``GET`` / ``POST orgs/{org}/devices/checks``: the checks, and an
  import (the CSV import's checks, all or nothing, each problem named by record). For the
  pack's ``device_checks.role`` and administrators;
- ``GET orgs/{org}/policy/reviews``: the policy's reviews (its owner and
  administrators);
- ``GET orgs/{org}/filtering-reviews`` and ``…/{id}``: the DfE filtering and monitoring
  reviews with their evidence (the review's lead, those who filter the web, and
  administrators).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.utils import timezone
from ninja import Field, Router, Schema

from portal.apibase import (
    ERROR_RESPONSES,
    ApiRequest,
    api_access,
    by_record,
    records_as_csv,
    throttle_imports,
)
from portal.compliance.devices import COLUMNS, device_states, parse_checks_csv, record_checks
from portal.compliance.models import DeviceCheck, FilteringReview, PolicyReview
from portal.compliance.queries import (
    may_keep_device_register,
    may_manage_policy,
    may_review_filtering,
)
from portal.errors import Forbidden, NotFound, Rejected
from portal.organisations.queries import Access

router = Router(tags=["compliance"])
MAX_RECORDS = 5000


def _register(request: ApiRequest, org: str) -> Access:
    access = api_access(request, org)
    if not may_keep_device_register(access):
        raise Forbidden("the register of device checks is for the role that makes them")
    return access


class DeviceOut(Schema):
    name: str
    location: str
    last_checked_on: date | None
    last_result: str | None
    due_on: date
    overdue: bool
    failed: bool


@router.get(
    "orgs/{org}/devices",
    response={200: list[DeviceOut], **ERROR_RESPONSES},
    summary="Devices and when each is due for a check",
)
def list_devices(request: ApiRequest, org: str) -> list[DeviceOut]:
    """Flagged (overdue or failed) first, then by due date."""
    access = _register(request, org)
    return [
        DeviceOut(
            name=s.device.name,
            location=s.device.location,
            last_checked_on=s.last.checked_on if s.last else None,
            last_result=s.last.result if s.last else None,
            due_on=s.due_on,
            overdue=s.overdue,
            failed=s.failed,
        )
        for s in device_states(access.organisation, today=timezone.localdate())
    ]


class CheckOut(Schema):
    device: str
    checked_on: date
    result: str
    detail: str
    checked_by: str
    source: str
    recorded_at: datetime


@router.get(
    "orgs/{org}/devices/checks",
    response={200: list[CheckOut], **ERROR_RESPONSES},
    summary="Device checks",
)
def list_checks(request: ApiRequest, org: str, since: date | None = None) -> list[CheckOut]:
    """Newest first, at most 5000; ``since`` (a date) leaves out older checks."""
    access = _register(request, org)
    checks = DeviceCheck.objects.filter(device__organisation=access.organisation)
    if since is not None:
        checks = checks.filter(checked_on__gte=since)
    return [
        CheckOut(
            device=c.device.name,
            checked_on=c.checked_on,
            result=c.result,
            detail=c.detail,
            checked_by=c.checked_by_name,
            source=c.source,
            recorded_at=c.recorded_at,
        )
        for c in checks.select_related("device").order_by("-checked_on", "-id")[:MAX_RECORDS]
    ]


class CheckRecordIn(Schema):
    device: str = Field(max_length=100)
    date: str = Field(max_length=20, description="YYYY-MM-DD (or DD/MM/YYYY)")
    result: str | None = Field(default=None, description="passed (default), fixed or failed")
    detail: str | None = Field(default=None, max_length=300)
    location: str | None = Field(default=None, max_length=200)


class ChecksImportIn(Schema):
    records: list[CheckRecordIn] = Field(min_length=1, max_length=MAX_RECORDS)
    preview: bool = Field(default=False, description="Check only; write nothing.")


class ChecksImportOut(Schema):
    total: int
    written: bool


@router.post(
    "orgs/{org}/devices/checks",
    response={200: ChecksImportOut, **ERROR_RESPONSES},
    summary="Record device checks",
)
def import_checks(request: ApiRequest, org: str, body: ChecksImportIn) -> ChecksImportOut:
    """All or nothing, with the CSV import's checks, each problem naming its record; a
    device not yet in the register is added; a second check of a device on the same day
    replaces the first. Counted against the hourly import limit."""
    access = _register(request, org)
    throttle_imports(request)
    records = [{**r.model_dump(), "result": r.result or "passed"} for r in body.records]
    text = records_as_csv(records, COLUMNS)
    try:
        rows = parse_checks_csv(text, today=timezone.localdate())
    except Rejected as exc:
        raise by_record(exc) from None
    if body.preview:
        return ChecksImportOut(total=len(rows), written=False)
    count = record_checks(
        organisation=access.organisation, rows=rows, source="api", acting_user=request.auth
    )
    return ChecksImportOut(total=count, written=True)


class PolicyReviewOut(Schema):
    id: int
    version: str
    status: str
    due_on: date | None
    reviewer: str
    reviewed_on: date | None
    outcome: str
    notes: str


@router.get(
    "orgs/{org}/policy/reviews",
    response={200: list[PolicyReviewOut], **ERROR_RESPONSES},
    summary="Reviews of the policy",
)
def list_policy_reviews(request: ApiRequest, org: str) -> list[PolicyReviewOut]:
    """Newest first; for the policy's owner and administrators."""
    access = api_access(request, org)
    if not may_manage_policy(access):
        raise Forbidden("the policy's reviews are for its owner and administrators")
    reviews = PolicyReview.objects.filter(organisation=access.organisation).select_related(
        "pack_version", "reviewer"
    )
    return [
        PolicyReviewOut(
            id=r.pk,
            version=r.pack_version.version,
            status=r.status,
            due_on=r.due_on,
            reviewer=r.reviewer.get_username() if r.reviewer else "",
            reviewed_on=r.reviewed_on,
            outcome=r.outcome,
            notes=r.notes,
        )
        for r in reviews.order_by("-id")[:500]
    ]


class FilteringReviewOut(Schema):
    id: int
    status: str
    period_start: date
    due_on: date
    started_by: str
    completed_by: str
    completed_at: datetime | None
    conclusion: str


class CheckResultOut(Schema):
    url: str
    device: str
    audience: str
    expected: str
    outcome: str
    passed: bool
    reason: str
    clauses: list[str]


class FilteringReviewDetailOut(FilteringReviewOut):
    roles: list[dict[str, Any]]
    checks_at: datetime | None
    checks_snapshot: str
    checks: list[CheckResultOut]
    lists: list[dict[str, Any]]
    reports: dict[str, Any]
    roles_note: str
    checks_note: str
    lists_note: str
    reports_note: str


def _reviewer(request: ApiRequest, org: str) -> Access:
    access = api_access(request, org)
    if not may_review_filtering(access):
        raise Forbidden(
            "the filtering review is for its lead, those who filter the web and administrators"
        )
    return access


def _filtering_fields(review: FilteringReview) -> dict[str, Any]:
    return {
        "id": review.pk,
        "status": review.status,
        "period_start": review.period_start,
        "due_on": review.due_on,
        "started_by": review.started_by.get_username() if review.started_by else "",
        "completed_by": review.completed_by.get_username() if review.completed_by else "",
        "completed_at": review.completed_at,
        "conclusion": review.conclusion,
    }


@router.get(
    "orgs/{org}/filtering-reviews",
    response={200: list[FilteringReviewOut], **ERROR_RESPONSES},
    summary="Filtering and monitoring reviews",
)
def list_filtering_reviews(request: ApiRequest, org: str) -> list[FilteringReviewOut]:
    """Newest first (the open one, if any, and those done)."""
    access = _reviewer(request, org)
    reviews = FilteringReview.objects.filter(organisation=access.organisation).select_related(
        "started_by", "completed_by"
    )
    return [FilteringReviewOut(**_filtering_fields(r)) for r in reviews.order_by("-id")[:200]]


@router.get(
    "orgs/{org}/filtering-reviews/{review_id}",
    response={200: FilteringReviewDetailOut, **ERROR_RESPONSES},
    summary="A filtering and monitoring review with its evidence",
)
def get_filtering_review(request: ApiRequest, org: str, review_id: int) -> FilteringReviewDetailOut:
    """The roles and their holders, the saved check run (each test URL, device, audience,
    what it had to be and what it was), the lists with their reasons, the reports and
    the findings."""
    access = _reviewer(request, org)
    review = (
        FilteringReview.objects.filter(organisation=access.organisation, pk=review_id)
        .select_related("started_by", "completed_by", "check_run")
        .first()
    )
    if review is None:
        raise NotFound("no such review")
    run = review.check_run
    return FilteringReviewDetailOut(
        **_filtering_fields(review),
        roles=list(review.roles),
        checks_at=run.at if run else None,
        checks_snapshot=run.snapshot if run else "",
        checks=[
            CheckResultOut(
                url=r.url,
                device=r.device,
                audience=r.audience,
                expected=r.expected,
                outcome=r.outcome,
                passed=r.passed,
                reason=r.reason,
                clauses=list(r.clauses),
            )
            for r in (run.results.all() if run else [])
        ],
        lists=list(review.lists),
        reports=dict(review.reports),
        roles_note=review.roles_note,
        checks_note=review.checks_note,
        lists_note=review.lists_note,
        reports_note=review.reports_note,
    )
