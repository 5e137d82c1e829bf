"""Retention as code: the one mechanism that deletes or anonymises expired records.

Every app that keeps records about people registers each kind of record it keeps, in its
``retention.py`` (imported at start-up)::

    from portal.retention.registry import Hold, RecordKind, register_hold, register_kind

    register_kind(RecordKind(
        key="web_logs",                     # a key of the pack's retention periods
        records=lambda organisation: WebLogEntry.objects.filter(organisation=organisation),
        moment="at",                        # the period counts from this field
        subject_fields=("user",),           # who a record is about (for legal holds)
        anonymise=blank_identities,         # optional: (queryset) -> how many anonymised
        anonymised=Q(user="", client_ip=""),  # records already anonymised (skipped)
    ))

    register_hold(Hold(
        key="monitoring.alert_evidence",
        title="behind a safeguarding alert that is kept",
        kinds=frozenset({"web_logs"}),
        held=lambda organisation, kind, records: records.filter(alert=True),
    ))

The contract:

- ``key`` is one of ``policyguard.RETENTION_DEFAULTS`` (a new kind adds its default
  period and the reason for it there, so ``pack show`` documents it and a pack may set
  it under ``retention.periods``);
- ``records(organisation)`` is every record of the kind that may ever expire; leave out
  those that must stay whatever their age (an open alert, a draft still waiting, a
  consent in force);
- the scheduled purge (``retention.purge``, daily) takes the records whose ``moment`` is
  older than the pack's period, removes every record any registered ``Hold`` holds, and
  deletes the rest (``delete``, default ``QuerySet.delete()``; a record another record
  still PROTECTs is kept and counted) or anonymises them when the pack says
  ``action: anonymise`` and the kind has an ``anonymise`` function;
- a hold's ``held(organisation, kind, records)`` returns the records of ``records``
  it holds (a queryset of the same model). The retention app's own legal holds are one
  such hold; "cases" registers the open case and its legal hold; any app may add more;
- a kind at scale may replace the whole step with ``purge(request) -> PurgeOutcome``
  (dropping whole partitions, say), still honouring ``request.is_held``; it may run the
  default step for the records the database holds with ``request.by_rows()``;
- every run writes one audit row per organisation and kind that had anything expired:
  ``retention.purge`` with the period, the cut-off, what was deleted or anonymised and
  what each hold kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Q, QuerySet

from policyguard import RETENTION_DEFAULTS, EffectivePeriod
from portal.organisations.models import Organisation

Records = QuerySet[Any]


@dataclass(frozen=True)
class PurgeRequest:
    """What a kind's own ``purge`` is asked to do."""

    organisation: Organisation
    period: EffectivePeriod
    now: datetime
    cutoff: datetime
    expired: Records  # the expired records, holds not yet applied
    is_held: Callable[[Records], Records]  # the records of a queryset that must stay
    # The default step (row by row, holds applied) for ``expired``: for a kind whose own
    # purge handles only part of its records (the rest are in another store).
    by_rows: Callable[[], PurgeOutcome]


@dataclass
class PurgeOutcome:
    """What one kind's purge did in one organisation."""

    expired: int = 0
    deleted: int = 0
    anonymised: int = 0
    held: dict[str, int] = field(default_factory=dict)  # hold key -> records it kept
    referenced: int = 0  # kept because another record still PROTECTs it

    @property
    def acted(self) -> int:
        return self.deleted + self.anonymised


@dataclass(frozen=True)
class RecordKind:
    key: str
    records: Callable[[Organisation], Records]
    moment: str
    description: str = ""
    subject_fields: tuple[str, ...] = ()
    anonymise: Callable[[Records], int] | None = None
    anonymised: Q | None = None
    delete: Callable[[Records], int] | None = None
    purge: Callable[[PurgeRequest], PurgeOutcome] | None = None

    @property
    def title(self) -> str:
        return RETENTION_DEFAULTS[self.key].title

    def expired(self, organisation: Organisation, cutoff: datetime) -> Records:
        return self.records(organisation).filter(**{f"{self.moment}__lt": cutoff})


@dataclass(frozen=True)
class Hold:
    key: str
    title: str
    held: Callable[[Organisation, RecordKind, Records], Records]
    kinds: frozenset[str] | None = None  # None: it may hold records of any kind

    def covers(self, kind: RecordKind) -> bool:
        return self.kinds is None or kind.key in self.kinds


_KINDS: dict[str, RecordKind] = {}
_HOLDS: dict[str, Hold] = {}


def register_kind(kind: RecordKind) -> RecordKind:
    if kind.key not in RETENTION_DEFAULTS:
        raise ImproperlyConfigured(
            f"retention kind {kind.key!r} has no default period: add it to "
            f"policyguard.packs.compliance.RETENTION_DEFAULTS (known: "
            f"{', '.join(RETENTION_DEFAULTS)})"
        )
    existing = _KINDS.get(kind.key)
    if existing is not None and existing != kind:
        raise ImproperlyConfigured(f"retention kind {kind.key} is registered twice")
    _KINDS[kind.key] = kind
    return kind


def register_hold(hold: Hold) -> Hold:
    existing = _HOLDS.get(hold.key)
    if existing is not None and existing != hold:
        raise ImproperlyConfigured(f"retention hold {hold.key} is registered twice")
    _HOLDS[hold.key] = hold
    return hold


def registered_kinds() -> list[RecordKind]:
    """The registered kinds, in the order of ``RETENTION_DEFAULTS``."""
    order = list(RETENTION_DEFAULTS)
    return sorted(_KINDS.values(), key=lambda k: order.index(k.key))


def kind_named(key: str) -> RecordKind | None:
    return _KINDS.get(key)


def holds_for(kind: RecordKind) -> list[Hold]:
    return [hold for key, hold in sorted(_HOLDS.items()) if hold.covers(kind)]
