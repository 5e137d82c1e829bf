"""Writes of the training app. Each is keyword-only, runs in one transaction, writes an
audit row, and notifies on commit.

- :func:`acknowledge_policy`: a member acknowledges the version they were shown;
- :func:`confirm_team`: a manager confirms their team knows the version (VTS-17);
- :func:`create_session` and :func:`record_attendance` (the register form); the CSV
  import is in ``portal.training.attendance_import``;
- :func:`declare_attendance`: a person says they attended a session; the tutor (or a
  training manager) :func:`confirm_declaration` or :func:`reject_declaration`. Only a
  confirmed declaration counts; each side is told of the other's step.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from functools import partial

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from portal.audit.actions import write_audit_entry
from portal.compliance.actions import record_pack_version
from portal.compliance.models import PackVersion
from portal.errors import NotAllowedNow, NotFound, Problem, Rejected
from portal.notifications.actions import notify
from portal.notifications.recipients import access_of, holders_or_administrators
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
from portal.training.queries import (
    DECLARE_WITHIN_DAYS,
    directory_entry,
    may_record_attendance,
    must_attend,
    team_acknowledgements,
)
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


def _may_confirm(user: User, *, session: TrainingSession) -> bool:
    access = access_of(user, session.organisation)
    return access is not None and may_record_attendance(user, access, session)


def _is_member(user: User, *, organisation: Organisation) -> bool:
    return access_of(user, organisation) is not None


def declare_attendance(
    *, access: Access, session: TrainingSession, note: str = "", acting_user: User
) -> Attendance:
    """``acting_user`` (through their directory entry) says they attended ``session``.

    The declaration waits, unconfirmed, for the session's tutor (or, where the session
    names none, the training managers), who are told. Only sessions of a course the
    person must attend, held in the last ``DECLARE_WITHIN_DAYS`` days, may be declared;
    declaring again changes nothing; a register entry the tutor made stands."""
    person = directory_entry(acting_user, access)
    if person is None:
        raise NotAllowedNow(
            "You have no entry in the directory, so there is no record to add this to: "
            "ask your tutor to mark you on the register."
        )
    today = timezone.localdate()
    if session.organisation_id != access.organisation.pk or session.course not in must_attend(
        person, access.organisation, today=today
    ):
        raise NotFound("No such session.")
    if session.held_on > today or session.held_on < today - timedelta(days=DECLARE_WITHIN_DAYS):
        raise NotAllowedNow(
            f"Attendance can be declared for sessions held in the last {DECLARE_WITHIN_DAYS} "
            "days: ask your tutor to mark you on the register."
        )
    with transaction.atomic():
        existing = (
            Attendance.objects.select_for_update().filter(session=session, person=person).first()
        )
        if existing is not None:
            if existing.confirmed and existing.source != AttendanceSource.DECLARED:
                raise NotAllowedNow(
                    f"The register already has you as {existing.status}: speak to the tutor "
                    "if that is wrong."
                )
            if existing.confirmed:
                raise NotAllowedNow(
                    "Your declaration was already answered: speak to the tutor if it is wrong."
                )
            return existing  # declared already, still waiting
        attendance = Attendance.objects.create(
            session=session,
            person=person,
            status=AttendanceStatus.ATTENDED,
            source=AttendanceSource.DECLARED,
            confirmed=False,
            note=note.strip()[:NOTE_LIMIT],
            recorded_at=timezone.now(),
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=access.organisation,
            verb="training.attendance.declare",
            target=session,
            detail={"person": person.external_id, "attendance": attendance.pk},
        )
        pack = access.organisation.pack()
        confirmers = (
            [session.tutor]
            if session.tutor is not None
            else holders_or_administrators(access.organisation, pack.training.manager_roles(pack))
        )
        notify(
            recipients=confirmers,
            can_open=partial(_may_confirm, session=session),
            organisation=access.organisation,
            kind="training.declared",
            title=f"{person.name} says they attended {session.title} on "
            f"{session.held_on:%-d %B %Y}: please confirm",
            link=reverse("training:declarations", args=[access.organisation.slug]),
            dedupe_key=f"training.declared:{attendance.pk}",
        )
    return attendance


def answer_declaration(
    *, access: Access, attendance_id: int, confirm: bool, note: str = "", acting_user: User
) -> Attendance:
    """The tutor (or a training manager) confirms a declaration, which then counts, or
    rejects it, which records the person absent with ``note`` (the reason: required).
    The person is told either way."""
    with transaction.atomic():
        attendance = (
            Attendance.objects.select_for_update()
            .select_related("session", "person")
            .filter(pk=attendance_id, session__organisation=access.organisation)
            .first()
        )
        if attendance is None or not may_record_attendance(acting_user, access, attendance.session):
            raise NotFound("No such declaration.")
        if attendance.source != AttendanceSource.DECLARED or attendance.confirmed:
            raise NotAllowedNow("This declaration was answered already.")
        reason = note.strip()[:NOTE_LIMIT]
        if not confirm and not reason:
            raise Rejected(problems=[Problem(None, "note", "say why it is not confirmed")])
        attendance.confirmed = True
        attendance.confirmed_by = acting_user
        attendance.confirmed_at = timezone.now()
        if not confirm:
            attendance.status = AttendanceStatus.ABSENT
            attendance.note = reason
        attendance.save(
            update_fields=["confirmed", "confirmed_by", "confirmed_at", "status", "note"]
        )
        session = attendance.session
        write_audit_entry(
            acting_user=acting_user,
            organisation=access.organisation,
            verb="training.attendance.confirm" if confirm else "training.attendance.reject",
            target=session,
            detail={"person": attendance.person.external_id, "attendance": attendance.pk},
        )
        when = f"{session.title} on {session.held_on:%-d %B %Y}"
        if attendance.person.user is not None:
            notify(
                recipients=[attendance.person.user],
                can_open=partial(_is_member, organisation=access.organisation),
                organisation=access.organisation,
                kind="training.declaration_answered",
                title=f"Your attendance of {when} is confirmed"
                if confirm
                else f"Your attendance of {when} was not confirmed",
                body="" if confirm else f"The tutor's reason: {reason}",
                link=reverse("training:mine", args=[access.organisation.slug]),
                dedupe_key=f"training.answered:{attendance.pk}",
            )
    return attendance


def confirm_declaration(*, access: Access, attendance_id: int, acting_user: User) -> Attendance:
    return answer_declaration(
        access=access, attendance_id=attendance_id, confirm=True, acting_user=acting_user
    )


def reject_declaration(
    *, access: Access, attendance_id: int, reason: str, acting_user: User
) -> Attendance:
    return answer_declaration(
        access=access,
        attendance_id=attendance_id,
        confirm=False,
        note=reason,
        acting_user=acting_user,
    )
