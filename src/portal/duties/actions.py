"""Writes for duties: open one (from a decision's action or from a workflow), change its
status, escalate the overdue ones. Each runs in one transaction with an audit row and a
step in the duty's history; owners are notified on commit.

For other apps:

- ``open_duties_for_decision(record=…)`` is called by ``decide_event``: every action of
  a recorded decision becomes a duty (nothing to do in your app);
- a workflow opens its own with :func:`open_duty` and a ``source_key`` naming the step
  (``"accounts.leaver:S002:2026-07-01"``): calling it again with the same key returns
  the duty already open, so a job that runs twice opens one duty;
- the owner is ``person_external_id`` (the directory id of whoever must act; their
  portal login owns it), else the holders of ``role``, else the administrators.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from portal.audit.actions import write_audit_entry
from portal.decisions.models import Decision, Obligation
from portal.duties.models import OPEN_STATUSES, Duty, DutyStatus, DutyStep
from portal.duties.queries import due_for, due_for_escalation, duty_visible
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.notifications.actions import notify
from portal.notifications.recipients import administrators, role_holders, user_of
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.types import Actor, User

NOTE_LIMIT = 4000


def duty_link(duty: Duty) -> str:
    return reverse("duties:detail", args=[duty.organisation.slug, duty.pk])


def _actor(acting_user: Actor) -> User | None:
    return acting_user if isinstance(acting_user, User) else None


def _step(duty: Duty, verb: str, acting_user: Actor, note: str = "") -> None:
    actor = _actor(acting_user)
    DutyStep.objects.create(
        duty=duty,
        actor=actor,
        actor_name=actor.get_username() if actor else "",
        verb=verb,
        status=duty.status,
        note=note,
    )


def _owners(duty: Duty) -> list[User]:
    """Who must act: the owner user, else the role's holders, else the administrators."""
    if duty.owner_user is not None:
        return [duty.owner_user]
    if not duty.for_administrators:
        holders = role_holders(duty.organisation, [duty.role])
        if holders:
            return holders
    return administrators(duty.organisation)


def _resolve_owner(
    organisation: Organisation, role: str, person_external_id: str
) -> tuple[User | None, bool]:
    """(owner user, for administrators only) for a duty of ``role`` naming this person."""
    pack_roles = organisation.pack().roles
    if person_external_id:
        user = user_of(organisation, person_external_id)
        return user, user is None
    relative = role in pack_roles and pack_roles[role].relative
    if relative or not role_holders(organisation, [role]):
        return None, True
    return None, False


def open_duty(
    *,
    organisation: Organisation,
    title: str,
    role: str,
    urgency: str = "routine",
    description: str = "",
    person_external_id: str = "",
    code: str = "",
    clauses: list[str] | None = None,
    link: str = "",
    source_key: str = "",
    decision: Decision | None = None,
    obligation: Obligation | None = None,
    due_at: datetime | None = None,
    acting_user: Actor,
) -> Duty:
    """Open a duty and notify whoever must do it (see the module docstring)."""
    if source_key:
        existing = Duty.objects.filter(organisation=organisation, source_key=source_key).first()
        if existing is not None:
            return existing
    now = timezone.now()
    owner, for_admins = _resolve_owner(organisation, role, person_external_id)
    pack = organisation.pack()
    try:
        with transaction.atomic():
            duty = Duty.objects.create(
                organisation=organisation,
                title=title[:300],
                description=description,
                code=code,
                clauses=list(clauses or []),
                role=role,
                role_title=pack.role_title(role) if role else "",
                owner_person_external_id=person_external_id,
                owner_user=owner,
                for_administrators=for_admins,
                urgency=urgency,
                due_at=due_at or due_for(urgency, now=now),
                decision=decision,
                obligation=obligation,
                source_key=source_key[:200],
                link=link[:500],
                created_at=now,
                updated_at=now,
            )
            _step(duty, "opened", acting_user)
            write_audit_entry(
                acting_user=acting_user,
                organisation=organisation,
                verb="duties.open",
                target=duty,
                detail={
                    "title": duty.title,
                    "role": role,
                    "person": person_external_id,
                    "owner": owner.get_username() if owner else "",
                    "for_administrators": for_admins,
                    "urgency": urgency,
                    "due_at": duty.due_at.isoformat(),
                    "decision": decision.pk if decision else None,
                    "source_key": source_key,
                },
            )
            _notify_owners(duty, kind="duty.assigned", title=f"New duty: {duty.title}")
    except IntegrityError:
        # The same workflow step opened it a moment ago in another process.
        return Duty.objects.get(organisation=organisation, source_key=source_key)
    return duty


def _notify_owners(
    duty: Duty, *, kind: str, title: str, recipients: list[User] | None = None
) -> None:
    due = timezone.localtime(duty.due_at)
    notify(
        recipients=recipients if recipients is not None else _owners(duty),
        can_open=lambda user: duty_visible(user, duty),
        organisation=duty.organisation,
        kind=kind,
        title=title,
        body=f"Due by {due:%d %b %Y %H:%M} ({duty.urgency}).",
        link=duty_link(duty),
        dedupe_key=f"{kind}:{duty.pk}",
    )


def open_duties_for_decision(
    *, record: Decision, acting_user: Actor, except_codes: Collection[str] = ()
) -> list[Duty]:
    """A duty for every action of a recorded decision (inside its transaction), but
    those whose code is in ``except_codes`` (see ``decide_event``)."""
    duties = []
    for obligation in record.obligations.exclude(code__in=list(except_codes)):
        duties.append(
            open_duty(
                organisation=record.organisation,
                title=obligation.description.split(";")[0].split(". ")[0][:200],
                description=obligation.description,
                role=obligation.role,
                person_external_id=obligation.person_external_id,
                urgency=obligation.urgency,
                code=obligation.code,
                clauses=list(record.clauses),
                decision=record,
                obligation=obligation,
                link=reverse("decisions:detail", args=[record.organisation.slug, record.pk]),
                acting_user=acting_user,
            )
        )
    return duties


def reroute_duty(
    *,
    duty: Duty,
    role: str,
    urgency: str,
    clauses: list[str],
    description: str,
    since: datetime,
    decision: Decision | None = None,
    note: str = "",
    acting_user: Actor,
) -> Duty:
    """Give an open duty to ``role`` under ``clauses`` with ``urgency`` counted from
    ``since`` (when the work arrived, not now), as a later decision asks (a takedown
    request whose person became known). The new owners are told; an escalation is
    cleared so the sweep judges the new due time."""
    owner, for_admins = _resolve_owner(duty.organisation, role, "")
    with transaction.atomic():
        locked = Duty.objects.select_for_update().get(pk=duty.pk)
        before = {"role": locked.role, "urgency": locked.urgency, "clauses": locked.clauses}
        locked.role = role
        locked.role_title = duty.organisation.pack().role_title(role) if role else ""
        locked.owner_user, locked.for_administrators = owner, for_admins
        locked.urgency = urgency
        locked.clauses = list(clauses)
        locked.description = description
        locked.due_at = due_for(urgency, now=since)
        locked.escalated_at, locked.escalated_to = None, None
        if decision is not None:
            locked.decision = decision
        locked.updated_at = timezone.now()
        locked.save()
        _step(locked, "rerouted", acting_user, note)
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb="duties.reroute",
            target=locked,
            detail={
                "before": before,
                "role": role,
                "urgency": urgency,
                "clauses": list(clauses),
                "due_at": locked.due_at.isoformat(),
            },
        )
        _notify_owners(locked, kind="duty.rerouted", title=f"Duty for you: {locked.title}")
    return locked


def set_duty_status(*, duty: Duty, status: str, note: str = "", acting_user: User) -> Duty:
    """Move a duty to ``status`` with a note. A closed duty (done or not needed) can be
    reopened; "not needed" needs a note saying why. Who may do this is the caller's
    check (``duty_visible``)."""
    if status not in DutyStatus.values:
        message = f"{status!r} is not a status: {', '.join(DutyStatus.values)}"
        raise Rejected(message, problems=[Problem(None, "status", message)])
    note = note.strip()[:NOTE_LIMIT]
    if status == DutyStatus.NOT_NEEDED and not note:
        message = "Say why the duty is not needed: a note is required."
        raise Rejected(message, problems=[Problem(None, "note", message)])
    with transaction.atomic():
        # Two holders of a role may update one duty at once: the lock orders them.
        locked = Duty.objects.select_for_update().get(pk=duty.pk)
        if locked.status == status and not note:
            raise NotAllowedNow(f"The duty is {locked.get_status_display()} already.")
        before = locked.status
        now = timezone.now()
        locked.status = status
        locked.note = note
        locked.updated_at = now
        if status in OPEN_STATUSES:
            locked.closed_at, locked.closed_by = None, None
        else:
            locked.closed_at, locked.closed_by = now, acting_user
        locked.save(update_fields=["status", "note", "updated_at", "closed_at", "closed_by"])
        _step(locked, "status", acting_user, note)
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb="duties.status",
            target=locked,
            detail={"status": status, "before": before, "note": note},
        )
    return locked


def _escalation_target(duty: Duty) -> User | None:
    """The owner's line manager (with a login), or None for the administrators."""
    person_id = duty.owner_person_external_id
    if not person_id and duty.owner_user is not None:
        person_id = (
            Person.objects.filter(organisation=duty.organisation, user=duty.owner_user)
            .values_list("external_id", flat=True)
            .first()
            or ""
        )
    if not person_id:
        return None
    manager = (
        Person.objects.filter(organisation=duty.organisation, external_id=person_id)
        .select_related("line_manager__user")
        .first()
    )
    if manager is None or manager.line_manager is None or manager.line_manager.user is None:
        return None
    target = manager.line_manager.user
    return target if target.is_active and target != duty.owner_user else None


def escalate_overdue(*, now: datetime) -> int:
    """Escalate every open duty past its due time, once: to the owner's line manager
    where the directory knows one, else to the organisation's administrators. Both they
    and the owners are told. Idempotent: an escalated duty is not escalated again."""
    count = 0
    for duty in due_for_escalation(now=now):
        with transaction.atomic():
            locked = Duty.objects.select_for_update().get(pk=duty.pk)
            if locked.escalated_at is not None or not locked.is_open:
                continue
            target = _escalation_target(locked)
            locked.escalated_at = now
            locked.escalated_to = target
            locked.save(update_fields=["escalated_at", "escalated_to"])
            _step(
                locked,
                "escalated",
                None,
                f"to {target.get_username() if target else 'the administrators'}",
            )
            write_audit_entry(
                acting_user=None,
                organisation=locked.organisation,
                verb="duties.escalate",
                target=locked,
                detail={"to": target.get_username() if target else "administrators"},
            )
            escalated_to = [target] if target else administrators(locked.organisation)
            _notify_owners(
                locked,
                kind="duty.escalated",
                title=f"Overdue duty escalated to you: {locked.title}",
                recipients=escalated_to,
            )
            _notify_owners(locked, kind="duty.overdue", title=f"Overdue: {locked.title}")
            count += 1
    return count
