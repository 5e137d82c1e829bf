"""Writes of the training app. Each is keyword-only, runs in one transaction, writes an
audit row, and notifies on commit.

- :func:`acknowledge_policy`: a member acknowledges the version they were shown;
- :func:`confirm_team`: a manager confirms their team knows the version (VTS-17);
- :func:`create_session` and :func:`record_attendance` (the register form); the CSV
  import is in ``portal.training.attendance_import``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.audit.actions import write_audit_entry
from portal.compliance.actions import record_pack_version
from portal.compliance.models import PackVersion
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.organisations.models import Organisation
from portal.organisations.queries import Access
from portal.people.models import Person
from portal.training.models import (
    Acknowledgement,
    Attendance,
    AttendanceSource,
    AttendanceStatus,
    TeamConfirmation,
    TrainingSession,
)
from portal.training.queries import team_acknowledgements
from portal.types import User

NOTE_LIMIT = 500


def acknowledge_policy(
    *, organisation: Organisation, digest: str, acting_user: User
) -> Acknowledgement:
    """Record that ``acting_user`` read and acknowledged the pack they were shown, named
    by its ``digest``: if the policy changed since the page was drawn, nothing is
    recorded (they must read the new one)."""
    version = record_pack_version(organisation=organisation, acting_user=acting_user)
    if version.digest != digest:
        raise NotAllowedNow(
            "The policy changed while you were reading it: read the new version, then "
            "acknowledge it."
        )
    existing = Acknowledgement.objects.filter(user=acting_user, pack_version=version).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            acknowledgement = Acknowledgement.objects.create(
                organisation=organisation,
                user=acting_user,
                username=acting_user.get_username(),
                pack_version=version,
                version=version.version,
                acknowledged_at=timezone.now(),
            )
            write_audit_entry(
                acting_user=acting_user,
                organisation=organisation,
                verb="policy.acknowledge",
                target=acknowledgement,
                detail={"version": version.version, "pack_version": version.pk},
            )
    except IntegrityError:  # the same person, twice at once (a double click)
        return Acknowledgement.objects.get(user=acting_user, pack_version=version)
    return acknowledgement


def confirm_team(
    *, access: Access, version: PackVersion, note: str = "", acting_user: User
) -> TeamConfirmation:
    """A manager confirms that their team knows ``version`` of the policy (VTS-17)."""
    lines = team_acknowledgements(acting_user, access)
    if not lines:
        raise NotAllowedNow("Nobody in the directory has you as their manager or tutor.")
    with transaction.atomic():
        confirmation = TeamConfirmation.objects.create(
            organisation=access.organisation,
            manager=acting_user,
            manager_name=acting_user.get_username(),
            pack_version=version,
            confirmed_at=timezone.now(),
            team_size=len(lines),
            acknowledged=sum(1 for line in lines if not line.pending),
            note=note.strip()[:2000],
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=access.organisation,
            verb="policy.team.confirm",
            target=confirmation,
            detail={
                "version": version.version,
                "team": confirmation.team_size,
                "acknowledged": confirmation.acknowledged,
            },
        )
    return confirmation


def create_session(
    *,
    organisation: Organisation,
    course: str,
    held_on: date,
    title: str = "",
    tutor: User | None = None,
    location: str = "",
    note: str = "",
    acting_user: User | None,
) -> TrainingSession:
    courses = organisation.pack().training.courses
    if course not in courses:
        known = ", ".join(courses) or "none: the pack defines no course"
        raise Rejected(problems=[Problem(None, "course", f"no course {course!r}; known: {known}")])
    if held_on > timezone.localdate():
        raise Rejected(problems=[Problem(None, "held_on", "a session is recorded once it is held")])
    with transaction.atomic():
        session = TrainingSession.objects.create(
            organisation=organisation,
            course=course,
            title=(title.strip() or courses[course].title)[:200],
            held_on=held_on,
            tutor=tutor,
            location=location.strip()[:200],
            note=note.strip()[:4000],
            created_by=acting_user,
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="training.session.create",
            target=session,
            detail={"course": course, "held_on": str(held_on), "tutor": tutor and tutor.username},
        )
    return session


def _people(organisation: Organisation, ids: Sequence[str]) -> dict[str, Person]:
    found = Person.objects.filter(organisation=organisation, external_id__in=list(ids))
    return {p.external_id: p for p in found}


def record_attendance(
    *,
    session: TrainingSession,
    person_ids: Sequence[str],
    status: str,
    acting_user: User,
) -> int:
    """Mark each of ``person_ids`` (directory ids) with ``status`` on the register,
    confirmed; all or nothing. The number recorded."""
    if status not in AttendanceStatus.values:
        raise Rejected(problems=[Problem(None, "status", "choose attended, absent or excused")])
    ids = list(dict.fromkeys(i.strip() for i in person_ids if i.strip()))
    if not ids:
        raise Rejected(problems=[Problem(None, "people", "name at least one person")])
    people = _people(session.organisation, ids)
    unknown = [i for i in ids if i not in people]
    if unknown:
        raise Rejected(
            problems=[Problem(None, "people", f"{i!r} is not in the directory") for i in unknown]
        )
    now = timezone.now()
    with transaction.atomic():
        for external_id in ids:
            Attendance.objects.update_or_create(
                session=session,
                person=people[external_id],
                defaults={
                    "status": status,
                    "source": AttendanceSource.FORM,
                    "confirmed": True,
                    "confirmed_by": acting_user,
                    "confirmed_at": now,
                    "recorded_at": now,
                },
            )
        write_audit_entry(
            acting_user=acting_user,
            organisation=session.organisation,
            verb="training.attendance.record",
            target=session,
            detail={"status": status, "people": ids[:200], "count": len(ids)},
        )
    return len(ids)
