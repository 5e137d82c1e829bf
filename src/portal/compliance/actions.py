"""Writes for the policy's versions, reviews and impact assessments. Each runs in one
transaction with an audit row; notifications and duties go out on commit.

- :func:`record_pack_version` records the pack the organisation runs now when it is
  not the last one recorded (however it changed: published here, edited in the Django
  admin, a new release of a bundled pack); the change summary comes from the pack diff;
- :func:`publish_pack` puts new pack text in force (checked first) and records it;
- :func:`complete_policy_review`, :func:`complete_impact_assessment`.

Other apps learn of a new version through :func:`on_new_version` (training asks people
to acknowledge it): each listener is called on commit with the new ``PackVersion``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from datetime import date

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from policyguard import Pack, PackError, add_months, bundled_pack_text, diff_packs, parse_pack
from portal.audit.actions import write_audit_entry
from portal.compliance.models import (
    ImpactAssessment,
    PackVersion,
    PolicyReview,
    ReviewOutcome,
    ReviewStatus,
)
from portal.duties.actions import open_duty
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.organisations.models import Organisation
from portal.types import Actor, User

logger = logging.getLogger(__name__)
NOTE_LIMIT = 10_000
VersionListener = Callable[[PackVersion], None]
_LISTENERS: list[VersionListener] = []


def on_new_version(listener: VersionListener) -> VersionListener:
    """Call ``listener(version)`` after each new version is recorded and committed."""
    if listener not in _LISTENERS:
        _LISTENERS.append(listener)
    return listener


def _user(acting_user: Actor) -> User | None:
    return acting_user if isinstance(acting_user, User) and acting_user.is_authenticated else None


def pack_text(organisation: Organisation) -> tuple[str, str]:
    """The text of the pack the organisation runs, and where it comes from."""
    if organisation.pack_yaml:
        return organisation.pack_yaml, "the organisation's own pack"
    return bundled_pack_text(organisation.pack_slug)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def latest_version(organisation: Organisation) -> PackVersion | None:
    return PackVersion.objects.filter(organisation=organisation).order_by("-id").first()


def _previous_pack(version: PackVersion) -> Pack | None:
    try:
        return parse_pack(version.text, f"{version.organisation.slug} {version.version}")
    except PackError:
        # A pack this version of policyguard no longer reads: no diff, everyone asked.
        return None


def record_pack_version(*, organisation: Organisation, acting_user: Actor) -> PackVersion:
    """The recorded version of the pack the organisation runs now (recorded if new)."""
    text, source = pack_text(organisation)
    wanted = digest(text)
    latest = latest_version(organisation)
    if latest is not None and latest.digest == wanted:
        return latest
    pack = organisation.pack()
    with transaction.atomic():
        # One recorder at a time per organisation: two requests racing to record the
        # same new text would otherwise record it twice.
        Organisation.objects.select_for_update().filter(pk=organisation.pk).first()
        latest = latest_version(organisation)
        if latest is not None and latest.digest == wanted:
            return latest
        audiences = [str(a) for a in pack.training.acknowledgement.audiences]
        previous = _previous_pack(latest) if latest is not None else None
        if previous is None:
            changes: list[dict[str, object]] = []
            asks = audiences
        else:
            found = diff_packs(previous, pack)
            changes = [c.as_dict() for c in found]
            asked = {a for c in found for a in c.audiences}
            asks = [a for a in audiences if a in asked]
        version = PackVersion.objects.create(
            organisation=organisation,
            version=pack.version,
            digest=wanted,
            text=text,
            source=source,
            previous=latest,
            changes=changes,
            asks_again=asks,
            recorded_at=timezone.now(),
            recorded_by=_user(acting_user),
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="policy.version.record",
            target=version,
            detail={
                "version": version.version,
                "previous": latest.version if latest else None,
                "changes": len(changes),
                "asks_again": asks,
            },
        )
        _schedule_review(organisation, version, pack, acting_user)
        _ask_impact_assessment(organisation, version, pack, acting_user)
        for listener in list(_LISTENERS):
            transaction.on_commit(lambda listener=listener: listener(version))  # type: ignore[misc]
    return version


def _schedule_review(
    organisation: Organisation, version: PackVersion, pack: Pack, acting_user: Actor
) -> None:
    """The open review moves to the new version; its due date is the pack's."""
    open_review = PolicyReview.objects.filter(organisation=organisation, status=ReviewStatus.OPEN)
    due = pack.review.next_review
    if open_review.exists():
        open_review.update(pack_version=version, due_on=due)
        return
    PolicyReview.objects.create(organisation=organisation, pack_version=version, due_on=due)


def _ask_impact_assessment(
    organisation: Organisation, version: PackVersion, pack: Pack, acting_user: Actor
) -> None:
    asked = pack.retention.impact_assessment
    if asked is None or version.previous is None:
        return  # the first version recorded is the policy as adopted, not a change
    assessment = ImpactAssessment.objects.create(
        organisation=organisation, pack_version=version, role=asked.role, equality=asked.equality
    )
    link = reverse("compliance:impact", args=[organisation.slug, assessment.pk])
    what = "data protection and equality" if asked.equality else "data protection"
    open_duty(
        organisation=organisation,
        title=f"Assess the {what} impact of policy version {version.version}",
        description="A new version of the policy asks for an impact assessment.",
        role=asked.role,
        urgency="routine",
        clauses=list(asked.clauses),
        link=link,
        source_key=f"compliance.impact:{assessment.pk}",
        acting_user=acting_user,
    )


def preview_pack(*, organisation: Organisation, text: str) -> tuple[Pack, list[dict[str, object]]]:
    """The pack in ``text`` and what would change from the one in force, checked as the
    portal loads it. Raises Rejected listing each problem with its line."""
    try:
        pack = parse_pack(text, f"organisation {organisation.slug}")
    except PackError as exc:
        raise Rejected(
            "The pack does not load; nothing was changed",
            problems=[
                Problem(
                    p.line, p.field or "pack", p.message + (f" (fix: {p.hint})" if p.hint else "")
                )
                for p in exc.problems
            ],
        ) from None
    if pack.slug != organisation.slug:
        raise Rejected(
            problems=[
                Problem(
                    None,
                    "organisation.slug",
                    f"the pack is for {pack.slug!r}, not {organisation.slug!r}",
                )
            ]
        )
    return pack, [c.as_dict() for c in diff_packs(organisation.pack(), pack)]


def publish_pack(*, organisation: Organisation, text: str, acting_user: Actor) -> PackVersion:
    """Put ``text`` in force as the organisation's pack and record the new version."""
    pack, changes = preview_pack(organisation=organisation, text=text)
    if not changes and digest(text) == digest(pack_text(organisation)[0]):
        raise NotAllowedNow("This is the pack already in force.")
    with transaction.atomic():
        before = organisation.pack_version
        organisation.pack_yaml = text
        organisation.pack_version = pack.version
        organisation.save(update_fields=["pack_yaml", "pack_version"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="organisation.pack.publish",
            target=organisation,
            detail={"version": pack.version, "before": before, "changes": len(changes)},
        )
        return record_pack_version(organisation=organisation, acting_user=acting_user)


def _check_notes(field: str, value: str, *, required: bool) -> str:
    value = value.strip()
    if required and not value:
        raise Rejected(problems=[Problem(None, field, "write what was found")])
    if len(value) > NOTE_LIMIT:
        raise Rejected(problems=[Problem(None, field, f"longer than {NOTE_LIMIT} characters")])
    return value


def complete_policy_review(
    *,
    review: PolicyReview,
    outcome: str,
    reviewed_on: date,
    notes: str,
    acting_user: Actor,
) -> PolicyReview:
    """Record the review; the next one is scheduled a cycle from ``reviewed_on``."""
    if outcome not in ReviewOutcome.values:
        raise Rejected(problems=[Problem(None, "outcome", "choose an outcome")])
    notes = _check_notes("notes", notes, required=True)
    if reviewed_on > timezone.localdate():
        raise Rejected(problems=[Problem(None, "reviewed_on", "the review date is in the future")])
    organisation = review.organisation
    with transaction.atomic():
        locked = PolicyReview.objects.select_for_update().get(pk=review.pk)
        if locked.status != ReviewStatus.OPEN:
            raise NotAllowedNow("This review is already recorded.")
        locked.status = ReviewStatus.DONE
        locked.outcome = outcome
        locked.reviewed_on = reviewed_on
        locked.reviewer = _user(acting_user)
        locked.notes = notes
        locked.save(update_fields=["status", "outcome", "reviewed_on", "reviewer", "notes"])
        cycle = organisation.pack().review.cycle_months
        next_due = add_months(reviewed_on, cycle) if cycle else None
        PolicyReview.objects.create(
            organisation=organisation, pack_version=locked.pack_version, due_on=next_due
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="policy.review.complete",
            target=locked,
            detail={
                "outcome": outcome,
                "reviewed_on": str(reviewed_on),
                "version": locked.pack_version.version,
                "next_due": str(next_due) if next_due else None,
            },
        )
        _close_duty(organisation, f"compliance.review:{locked.pk}", acting_user)
    return locked


def complete_impact_assessment(
    *,
    assessment: ImpactAssessment,
    data_protection: str,
    equality_impact: str,
    conclusion: str,
    acting_user: Actor,
) -> ImpactAssessment:
    data_protection = _check_notes("data_protection", data_protection, required=True)
    equality_impact = _check_notes("equality_impact", equality_impact, required=assessment.equality)
    conclusion = _check_notes("conclusion", conclusion, required=True)
    with transaction.atomic():
        locked = ImpactAssessment.objects.select_for_update().get(pk=assessment.pk)
        if locked.status != ReviewStatus.OPEN:
            raise NotAllowedNow("This assessment is already recorded.")
        locked.status = ReviewStatus.DONE
        locked.data_protection = data_protection
        locked.equality_impact = equality_impact
        locked.conclusion = conclusion
        locked.completed_by = _user(acting_user)
        locked.completed_at = timezone.now()
        locked.save(
            update_fields=[
                "status",
                "data_protection",
                "equality_impact",
                "conclusion",
                "completed_by",
                "completed_at",
            ]
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb="policy.impact.complete",
            target=locked,
            detail={"version": locked.pack_version.version},
        )
        _close_duty(locked.organisation, f"compliance.impact:{locked.pk}", acting_user)
    return locked


def _close_duty(organisation: Organisation, source_key: str, acting_user: Actor) -> None:
    """The duty a workflow opened is done when the workflow's step is."""
    from portal.duties.actions import set_duty_status
    from portal.duties.models import OPEN_STATUSES, Duty, DutyStatus

    duty = Duty.objects.filter(
        organisation=organisation, source_key=source_key, status__in=OPEN_STATUSES
    ).first()
    actor = _user(acting_user)
    if duty is not None and actor is not None:
        set_duty_status(duty=duty, status=DutyStatus.DONE, note="Recorded.", acting_user=actor)
