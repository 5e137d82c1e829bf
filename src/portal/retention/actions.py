"""Writes of the retention app: the purge, and placing and releasing legal holds. Each
writes audit rows; the purge works in batches, each its own transaction, so a purge of
millions of rows never holds one long lock and a crash loses nothing half-done."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone

from policyguard import EffectivePeriod, PackError
from portal.audit.actions import write_audit_entry
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.organisations.models import Organisation
from portal.retention.models import LegalHold
from portal.retention.registry import (
    PurgeOutcome,
    PurgeRequest,
    RecordKind,
    Records,
    holds_for,
    kind_named,
    registered_kinds,
)
from portal.types import Actor

logger = logging.getLogger(__name__)
BATCH = 2000
REASON_LIMIT = 4000


@dataclass(frozen=True)
class KindResult:
    kind: RecordKind
    period: EffectivePeriod
    cutoff: datetime
    outcome: PurgeOutcome


def held_records(organisation: Organisation, kind: RecordKind, records: Records) -> Records:
    """The records of ``records`` that any registered hold keeps."""
    held = records.none()
    for hold in holds_for(kind):
        held = held | hold.held(organisation, kind, records)
    return held


def _delete(kind: RecordKind, batch: Records) -> tuple[int, int]:
    """(deleted, kept because referenced) for one batch, in its own transaction."""
    remover = kind.delete
    try:
        with transaction.atomic():
            if remover is not None:
                return remover(batch), 0
            _, per_model = batch.delete()
            return per_model.get(batch.model._meta.label, 0), 0
    except ProtectedError:
        pass
    # Some record of the batch is still PROTECTed by another (a concern citing a
    # decision): delete one by one and keep those.
    deleted = kept = 0
    for record in batch:
        try:
            with transaction.atomic():
                type(record).objects.filter(pk=record.pk).delete()
            deleted += 1
        except ProtectedError:
            kept += 1
    return deleted, kept


def _purge_kind(
    organisation: Organisation,
    kind: RecordKind,
    period: EffectivePeriod,
    now: datetime,
    cutoff: datetime,
) -> PurgeOutcome:
    expired = kind.expired(organisation, cutoff)
    anonymising = period.action == "anonymise" and kind.anonymise is not None
    if anonymising and kind.anonymised is not None:
        expired = expired.exclude(kind.anonymised)
    if kind.purge is not None:
        return kind.purge(
            PurgeRequest(
                organisation=organisation,
                period=period,
                now=now,
                cutoff=cutoff,
                expired=expired,
                is_held=lambda records: held_records(organisation, kind, records),
                by_rows=lambda: _purge_rows(organisation, kind, cutoff, expired, anonymising),
            )
        )
    return _purge_rows(organisation, kind, cutoff, expired, anonymising)


def _purge_rows(
    organisation: Organisation,
    kind: RecordKind,
    cutoff: datetime,
    expired: Records,
    anonymising: bool,
) -> PurgeOutcome:
    """The default step: ``expired`` deleted or anonymised a batch at a time, what the
    holds keep left."""
    outcome = PurgeOutcome(expired=expired.count())
    if not outcome.expired:
        return outcome
    for hold in holds_for(kind):
        count = hold.held(organisation, kind, expired).count()
        if count:
            outcome.held[hold.key] = count
    last: Any = None
    while True:
        # Walk the expired records by key, a batch at a time (held ones are skipped in
        # the batch, so the walk moves on past them).
        page = expired if last is None else expired.filter(pk__gt=last)
        ids = list(page.order_by("pk").values_list("pk", flat=True)[:BATCH])
        if not ids:
            break
        last = ids[-1]
        # The holds are asked again for each batch, inside its transaction: a hold
        # placed since the counts above still keeps its records.
        batch = kind.expired(organisation, cutoff).filter(pk__in=ids)
        batch = batch.exclude(pk__in=held_records(organisation, kind, batch).values("pk"))
        if anonymising:
            assert kind.anonymise is not None
            with transaction.atomic():
                outcome.anonymised += kind.anonymise(batch)
        else:
            deleted, kept = _delete(kind, batch)
            outcome.deleted += deleted
            outcome.referenced += kept
    return outcome


def purge_expired(
    *, organisation: Organisation, now: datetime, acting_user: Actor = None
) -> list[KindResult]:
    """Delete or anonymise every expired record of ``organisation`` that nothing holds,
    kind by kind (see ``portal.retention.registry``); one audit row per kind that had
    expired records. Idempotent: a second run finds nothing more to do."""
    try:
        retention = organisation.pack().retention
        version = organisation.pack().version
    except PackError:
        logger.warning("%s: the pack does not load; nothing purged", organisation.slug)
        return []
    results = []
    for kind in registered_kinds():
        period = retention.period(kind.key)
        cutoff = period.cutoff(now)
        outcome = _purge_kind(organisation, kind, period, now, cutoff)
        results.append(KindResult(kind, period, cutoff, outcome))
        if not outcome.expired:
            continue
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="retention.purge",
            target=None,
            detail={
                "kind": kind.key,
                "title": kind.title,
                "period": period.describe(),
                "action": period.action,
                "cutoff": cutoff.isoformat(),
                "pack_version": version,
                "expired": outcome.expired,
                "deleted": outcome.deleted,
                "anonymised": outcome.anonymised,
                "held": outcome.held,
                "kept_referenced": outcome.referenced,
            },
        )
    return results


def _check_hold(
    organisation: Organisation,
    kinds: list[str],
    records_from: date | None,
    records_to: date | None,
    reason: str,
) -> None:
    problems = []
    for kind in kinds:
        if kind_named(kind) is None:
            problems.append(Problem(None, "kinds", f"{kind!r} is not a kind of record"))
    if records_from and records_to and records_to < records_from:
        problems.append(Problem(None, "records_to", "the end is before the start"))
    if not reason.strip():
        problems.append(Problem(None, "reason", "say why the records must be kept"))
    elif len(reason) > REASON_LIMIT:
        problems.append(Problem(None, "reason", f"longer than {REASON_LIMIT} characters"))
    if problems:
        raise Rejected(problems=problems)


def place_legal_hold(
    *,
    organisation: Organisation,
    kinds: list[str],
    subject: str = "",
    records_from: date | None = None,
    records_to: date | None = None,
    reason: str,
    acting_user: Actor,
) -> LegalHold:
    """Keep the records it covers from every purge until it is released."""
    _check_hold(organisation, kinds, records_from, records_to, reason)
    with transaction.atomic():
        hold = LegalHold.objects.create(
            organisation=organisation,
            kinds=list(dict.fromkeys(kinds)),
            subject=subject.strip()[:255],
            records_from=records_from,
            records_to=records_to,
            reason=reason.strip(),
            placed_by=acting_user if acting_user and acting_user.is_authenticated else None,
            placed_at=timezone.now(),
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="retention.hold.place",
            target=hold,
            detail={
                "kinds": hold.kinds,
                "subject": hold.subject,
                "from": str(records_from or ""),
                "to": str(records_to or ""),
            },
        )
    return hold


def release_legal_hold(*, hold: LegalHold, note: str, acting_user: Actor) -> LegalHold:
    """End a hold: its records follow their retention period again from the next purge."""
    if not note.strip():
        raise Rejected(problems=[Problem(None, "note", "say why the hold is released")])
    with transaction.atomic():
        locked = LegalHold.objects.select_for_update().get(pk=hold.pk)
        if locked.released_at is not None:
            raise NotAllowedNow("This hold was already released.")
        locked.released_at = timezone.now()
        locked.released_by = acting_user if acting_user and acting_user.is_authenticated else None
        locked.release_note = note.strip()[:REASON_LIMIT]
        locked.save(update_fields=["released_at", "released_by", "release_note"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb="retention.hold.release",
            target=locked,
            detail={"note": locked.release_note},
        )
    return locked
