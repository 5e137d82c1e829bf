"""Reads for the retention page: each kind's period, what is expired now and what is
held, the last purge, and the legal holds. Who may see and do what:

- the retention page (periods, counts, last purges) is for administrators;
- legal holds are placed and released by administrators and the DSL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import QuerySet

from policyguard import EffectivePeriod
from portal.audit.models import AuditEntry
from portal.organisations.models import Organisation
from portal.organisations.queries import Access
from portal.retention.actions import held_records
from portal.retention.models import LegalHold
from portal.retention.registry import RecordKind, registered_kinds


def may_see_retention(access: Access) -> bool:
    return access.is_admin


def may_place_holds(access: Access) -> bool:
    return access.is_admin or "dsl" in access.roles


@dataclass(frozen=True)
class KindLine:
    kind: RecordKind
    period: EffectivePeriod
    cutoff: datetime
    expired: int
    held: int
    last_purge: AuditEntry | None


def retention_overview(organisation: Organisation, *, now: datetime) -> list[KindLine]:
    """Each registered kind with its period, and how many records are past it now."""
    retention = organisation.pack().retention
    last: dict[str, AuditEntry] = {}
    purges = AuditEntry.objects.filter(organisation=organisation, verb="retention.purge")
    for entry in purges.order_by("-at", "-id")[:200]:
        last.setdefault(str(entry.detail.get("kind", "")), entry)
    lines = []
    for kind in registered_kinds():
        period = retention.period(kind.key)
        cutoff = period.cutoff(now)
        expired = kind.expired(organisation, cutoff)
        lines.append(
            KindLine(
                kind=kind,
                period=period,
                cutoff=cutoff,
                expired=expired.count(),
                held=held_records(organisation, kind, expired).count(),
                last_purge=last.get(kind.key),
            )
        )
    return lines


def active_holds(organisation: Organisation) -> QuerySet[LegalHold]:
    return LegalHold.objects.filter(organisation=organisation, released_at__isnull=True)
