"""API: acknowledgements of the policy, training sessions and their attendance.

- ``GET orgs/{org}/acknowledgements``: whom the caller may see, with the version each
  must acknowledge and whether they have (everyone for administrators, the policy's
  owner and training managers; one's own line and one's team's for anyone else);
- ``GET orgs/{org}/training/sessions``: sessions the caller keeps the register of
  (training managers: all; a tutor: their own);
- ``GET`` / ``POST orgs/{org}/training/sessions/{id}/attendance``: a session's register,
  and an import into it: the CSV import's checks and its all-or-nothing rule, each
  problem named by record (``records.3.status``); ``preview: true`` writes nothing.

A session the caller may not keep the register of is "not found", like one that does
not exist.
"""

from __future__ import annotations

from datetime import date, datetime

from django.db.models import Count, Q
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
from portal.errors import NotFound, Rejected
from portal.organisations.queries import Access
from portal.training.attendance_import import (
    COLUMNS,
    AttendancePreview,
    import_attendance_csv,
    preview_attendance,
)
from portal.training.models import Attendance, AttendanceSource, TrainingSession
from portal.training.queries import (
    may_keep_training_records,
    may_record_attendance,
    visible_acknowledgements,
)

router = Router(tags=["training"])
MAX_RECORDS = 5000


class AcknowledgementOut(Schema):
    username: str = Field(description="Empty: no portal login (to be told in person).")
    name: str
    person_id: str = Field(description="Directory id, where the person is in the directory.")
    version: str | None = Field(description="The version they must acknowledge; null: none.")
    acknowledged_at: datetime | None
    due_at: datetime | None
    pending: bool
    overdue: bool


@router.get(
    "orgs/{org}/acknowledgements",
    response={200: list[AcknowledgementOut], **ERROR_RESPONSES},
    summary="Who has acknowledged the policy",
)
def list_acknowledgements(
    request: ApiRequest, org: str, pending_only: bool = False
) -> list[AcknowledgementOut]:
    """Everyone for administrators, the policy's owner and training managers; one's own
    line and one's team's (as line manager or tutor) for anyone else."""
    access = api_access(request, org)
    now = timezone.now()
    lines = visible_acknowledgements(request.auth, access)
    return [
        AcknowledgementOut(
            username=line.username,
            name=line.name,
            person_id=line.person_id,
            version=line.version,
            acknowledged_at=line.acknowledged_at,
            due_at=line.due_at,
            pending=line.pending,
            overdue=line.overdue(now),
        )
        for line in lines
        if line.pending or not pending_only
    ]


class SessionOut(Schema):
    id: int
    course: str
    title: str
    held_on: date
    tutor: str
    location: str
    attended: int = Field(description="Confirmed attendance.")
    declared: int = Field(description="Declarations waiting for the tutor.")


def _sessions(request: ApiRequest, access: Access) -> list[TrainingSession]:
    found = TrainingSession.objects.filter(organisation=access.organisation)
    if not may_keep_training_records(access):
        found = found.filter(tutor_id=request.auth.pk)
    return list(
        found.select_related("tutor").annotate(
            attended_count=Count(
                "attendance", filter=Q(attendance__confirmed=True, attendance__status="attended")
            ),
            declared_count=Count(
                "attendance",
                filter=Q(attendance__confirmed=False, attendance__source=AttendanceSource.DECLARED),
            ),
        )[:1000]
    )


@router.get(
    "orgs/{org}/training/sessions",
    response={200: list[SessionOut], **ERROR_RESPONSES},
    summary="Training sessions",
)
def list_sessions(request: ApiRequest, org: str) -> list[SessionOut]:
    """Newest first, at most 1000: every session for training managers and
    administrators, a tutor's own for a tutor, none for anyone else."""
    access = api_access(request, org)
    return [
        SessionOut(
            id=s.pk,
            course=s.course,
            title=s.title,
            held_on=s.held_on,
            tutor=s.tutor.get_username() if s.tutor else "",
            location=s.location,
            attended=s.attended_count,  # type: ignore[attr-defined]
            declared=s.declared_count,  # type: ignore[attr-defined]
        )
        for s in _sessions(request, access)
    ]


def _session(request: ApiRequest, access: Access, session_id: int) -> TrainingSession:
    session = TrainingSession.objects.filter(
        organisation=access.organisation, pk=session_id
    ).first()
    if session is None or not may_record_attendance(request.auth, access, session):
        raise NotFound("no such session")
    return session


class AttendanceOut(Schema):
    person_id: str
    name: str
    status: str
    source: str
    confirmed: bool
    note: str
    recorded_at: datetime


@router.get(
    "orgs/{org}/training/sessions/{session_id}/attendance",
    response={200: list[AttendanceOut], **ERROR_RESPONSES},
    summary="A session's register",
)
def list_attendance(request: ApiRequest, org: str, session_id: int) -> list[AttendanceOut]:
    """For training managers, administrators and the session's tutor."""
    access = api_access(request, org)
    session = _session(request, access, session_id)
    rows = Attendance.objects.filter(session=session).select_related("person")
    return [
        AttendanceOut(
            person_id=a.person.external_id,
            name=a.person.name,
            status=a.status,
            source=a.source,
            confirmed=a.confirmed,
            note=a.note,
            recorded_at=a.recorded_at,
        )
        for a in rows.order_by("person__name", "id")
    ]


class AttendanceRecordIn(Schema):
    id: str = Field(max_length=64, description="The person's directory id.")
    status: str | None = Field(default=None, description="attended (default), absent, excused")
    note: str | None = Field(
        default=None,
        max_length=500,
        description="Left as it is when no record gives a note; when any does, a record "
        "without one clears its own.",
    )


class AttendanceImportIn(Schema):
    records: list[AttendanceRecordIn] = Field(min_length=1, max_length=MAX_RECORDS)
    preview: bool = Field(default=False, description="Check and say what would change only.")


class ImportOut(Schema):
    total: int
    added: int
    changed: int
    unchanged: int
    written: bool


def _summary(done: AttendancePreview, *, written: bool) -> ImportOut:
    return ImportOut(
        total=done.total,
        added=len(done.added),
        changed=len(done.changed),
        unchanged=len(done.unchanged),
        written=written,
    )


@router.post(
    "orgs/{org}/training/sessions/{session_id}/attendance",
    response={200: ImportOut, **ERROR_RESPONSES},
    summary="Import attendance into a session's register",
)
def import_attendance(
    request: ApiRequest, org: str, session_id: int, body: AttendanceImportIn
) -> ImportOut:
    """All or nothing, with the CSV import's checks; each problem names its record. For
    training managers, administrators and the session's tutor; counted against the
    hourly import limit."""
    access = api_access(request, org)
    session = _session(request, access, session_id)
    throttle_imports(request)
    records = [{**r.model_dump(), "status": r.status or "attended"} for r in body.records]
    data = records_as_csv(records, COLUMNS).encode()
    try:
        if body.preview:
            return _summary(preview_attendance(session=session, data=data), written=False)
        done = import_attendance_csv(
            session=session, data=data, source="api", acting_user=request.auth
        )
    except Rejected as exc:
        raise by_record(exc) from None
    return _summary(done, written=True)
