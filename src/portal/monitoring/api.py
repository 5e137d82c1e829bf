"""API: send decision records from a proxy; read safeguarding alerts (the DSL).

``POST orgs/{org}/weblog`` is all-or-nothing: one bad record and nothing is stored, the
422 naming each one (``records.3.at``). A proxy resends the same batch after a fix or a
timeout; records stored before are counted as duplicates, never stored twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ninja import Field, Router, Schema

from policyguard.webfilter import DecisionRecord
from portal.apibase import ERROR_RESPONSES, ApiRequest, api_access
from portal.errors import Forbidden, Problem
from portal.monitoring.actions import ingest_records
from portal.monitoring.logfile import check_record
from portal.monitoring.models import SafeguardingAlert
from portal.monitoring.queries import alerts_for, can_filter, can_see_alerts

router = Router(tags=["monitoring"])
MAX_RECORDS = 5000


class WeblogIn(Schema):
    records: list[Any] = Field(
        max_length=MAX_RECORDS,
        description="Decision records as the Squid helper writes them (one object each).",
    )


class WeblogOut(Schema):
    stored: int
    duplicates: int
    alerts: int


class AlertOut(Schema):
    id: int
    at: datetime
    status: str
    category: str
    severity: str
    term: str
    search_term: str
    user: str
    device: str
    device_id: str
    client_ip: str
    note: str


@router.post(
    "orgs/{org}/weblog",
    response={200: WeblogOut, **ERROR_RESPONSES},
    summary="Store web filter decision records",
)
def post_weblog(request: ApiRequest, org: str, body: WeblogIn) -> WeblogOut:
    """Store records (all or nothing); a record with `alert: true` raises a
    safeguarding alert for the DSL at once. For the filtering role and administrators."""
    access = api_access(request, org)
    if not can_filter(access):
        raise Forbidden("decision logs are sent by the IT team's token")
    records: list[DecisionRecord] = []
    problems: list[Problem] = []
    for index, data in enumerate(body.records):
        record, found = check_record(data, index)
        if record is not None:
            records.append(record)
        problems.extend(found)
    report = ingest_records(
        organisation=access.organisation,
        records=records,
        problems=problems,
        all_or_nothing=True,
        source="api",
        acting_user=request.auth,
    )
    return WeblogOut(stored=report.stored, duplicates=report.duplicates, alerts=report.alerts)


def _alert_out(alert: SafeguardingAlert) -> AlertOut:
    return AlertOut(
        id=alert.pk,
        at=alert.at,
        status=alert.status,
        category=alert.category,
        severity=alert.severity,
        term=alert.term,
        search_term=alert.search_term,
        user=alert.user,
        device=alert.device,
        device_id=alert.device_id,
        client_ip=alert.client_ip,
        note=alert.note,
    )


@router.get(
    "orgs/{org}/alerts",
    response={200: list[AlertOut], **ERROR_RESPONSES},
    summary="Safeguarding alerts (the DSL)",
)
def list_alerts(request: ApiRequest, org: str, open_only: bool = True) -> list[AlertOut]:
    """Newest first, at most 500; `open_only=false` includes closed alerts. Only the
    pack's alert role (the DSL) and administrators may read them."""
    access = api_access(request, org)
    if not can_see_alerts(access):
        raise Forbidden("safeguarding alerts are for the DSL")
    return [_alert_out(a) for a in alerts_for(access, open_only=open_only)[:500]]
