"""The monitoring app's records under retention (``portal.retention.registry``): the web
filter's decision log and safeguarding alerts.

- ``web_logs``: every record, counted from the request; anonymising blanks who and
  which device made it and what was searched (the URL, category and outcome stay, for
  the review's figures). A record behind a safeguarding alert is held while the alert
  is kept, and goes with it.
- ``alerts``: closed alerts only (an open or acknowledged alert is never purged),
  counted from the search; deleting one deletes the log record it was raised on.

Whatever retention deletes or anonymises leaves the log store's daily rollups (the
report's counts and the review's learner-days) in the same transaction: deleted records
are subtracted from both, anonymised ones are counted again as they are left, under the
learner ``unknown`` and a search as a plain visit (``LogStore.forget``). So no report,
top-users list or review page names a learner whose records are gone. The purge's
audit row (``retention.purge``) counts them.

Where the log store keeps the raw records itself (ClickHouse: ``LogStore.
keeps_raw_records`` false) the portal's database holds only the records behind
safeguarding alerts (and any stored before the switch), so ``web_logs`` has a purge of
its own (``_purge_web_logs``): first the default step for what the database holds, then
the store's records:

- a day expired for every organisation with records in it (each one's pack deleting,
  not anonymising, web logs, and no legal hold of theirs reaching that day) goes whole:
  its partition is dropped (no rewrite), and what the database still holds of it (the
  evidence of alerts that are kept) is written back. The other organisations whose
  records went with it get their own ``retention.purge`` audit row;
- the rest of the organisation's expired records go by a mutation (a rewrite of the
  parts that hold them), all but those the database holds and those under a legal hold
  (asked of the store's columns: subject and dates).

A hold other than the alert evidence and legal holds cannot be asked of the store's
records: while one is registered for ``web_logs`` the store's records are left alone
(and the log says so).
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from django.db.models import Q
from django.utils import timezone

from policyguard import EffectivePeriod, PackError
from portal.audit.actions import write_audit_entry
from portal.monitoring.logstore import ANONYMISED, ForgottenRecord, StoredRecord, log_store
from portal.monitoring.models import AlertStatus, SafeguardingAlert, WebLogEntry
from portal.organisations.models import Organisation
from portal.retention.models import LegalHold
from portal.retention.registry import (
    Hold,
    PurgeOutcome,
    PurgeRequest,
    RecordKind,
    Records,
    holds_for,
    kind_named,
    register_hold,
    register_kind,
)

if TYPE_CHECKING:
    pass

logger = logging.getLogger(__name__)

FIELDS = StoredRecord.FIELDS
_IDENTITY: dict[str, Any] = {**ANONYMISED, "terms": []}


def _leaving(entries: Records, *, anonymised: bool) -> list[int]:
    """Lock ``entries`` (inside the caller's transaction), take them out of the log
    store's rollups, and return their ids: what the caller then deletes or anonymises."""
    rows = list(
        entries.select_for_update(of=("self",)).values_list(
            "organisation_id", "pk", "content_hash", *FIELDS
        )
    )
    by_organisation: dict[int, list[StoredRecord]] = {}
    raw: dict[int, list[ForgottenRecord]] = {}
    for organisation_id, _, content_hash, *values in rows:
        record = StoredRecord(*values)
        by_organisation.setdefault(organisation_id, []).append(record)
        raw.setdefault(organisation_id, []).append(ForgottenRecord(content_hash, record.at))
    store = log_store()
    for organisation_id, records in by_organisation.items():
        store.forget(organisation_id, records, anonymised=anonymised)
        store.forget_records(organisation_id, raw[organisation_id], anonymised=anonymised)
    return [row[1] for row in rows]


def _anonymise_web_logs(records: Records) -> int:
    ids = _leaving(records, anonymised=True)
    return WebLogEntry.objects.filter(pk__in=ids).update(**_IDENTITY)


def _delete_web_logs(records: Records) -> int:
    ids = _leaving(records, anonymised=False)
    WebLogEntry.objects.filter(pk__in=ids).delete()
    return len(ids)


def _delete_alerts(records: Records) -> int:
    # The alert's evidence goes with it: deleting the log record deletes the alert.
    ids = list(records.values_list("log_entry_id", flat=True))
    return _delete_web_logs(WebLogEntry.objects.filter(pk__in=ids))


def _web_logs(organisation: Organisation) -> Records:
    return WebLogEntry.objects.filter(organisation=organisation)


# The holds the store's own purge can honour: the alert evidence is in the database (its
# default step), legal holds are asked of the store's columns.
_ANSWERED_HOLDS = frozenset({"monitoring.alert_evidence", "retention.legal_hold"})


def _purge_web_logs(request: PurgeRequest) -> PurgeOutcome:
    """``web_logs``: the default step for what the database holds; then, where the log
    store keeps the raw records, its own (module docstring). What the database holds is
    read before its step, so the store's part counts nothing twice whenever that step's
    writes reach the store (each batch's commit)."""
    from portal.monitoring.clickhouse_store import ClickHouseLogStore
    from portal.monitoring.queries import day_bounds

    store = log_store()
    if store.keeps_raw_records:
        return request.by_rows()
    if not isinstance(store, ClickHouseLogStore):
        raise NotImplementedError(f"{type(store).__name__}: no purge of its raw records")
    kind = kind_named("web_logs")
    assert kind is not None
    unanswered = {h.key for h in holds_for(kind)} - _ANSWERED_HOLDS
    if unanswered:
        logger.warning(
            "%s: web logs in the log store kept: holds %s cannot be asked of them",
            request.organisation.slug,
            ", ".join(sorted(unanswered)),
        )
        return request.by_rows()
    organisation = request.organisation
    anonymise = request.period.action == "anonymise"
    cutoff = request.cutoff
    zone = timezone.get_current_timezone()
    held_here = set(
        WebLogEntry.objects.filter(organisation=organisation, at__lt=cutoff).values_list(
            "content_hash", flat=True
        )
    )
    present: dict[date, dict[int, int]] = {}
    dropped: list[date] = []
    if not anonymise:
        present = store.organisations_on(organisation.pk, cutoff.astimezone(zone).date())
        periods = _Periods()
        dropped = [
            day
            for day, counts in sorted(present.items())
            if all(_may_drop(periods(o), request.now, day) for o in counts)
        ]

    def in_database() -> list[WebLogEntry]:
        if not dropped:
            return []
        start, end = day_bounds(dropped[0])[0], day_bounds(dropped[-1])[1]
        chosen = set(dropped)
        found = WebLogEntry.objects.filter(at__gte=start, at__lt=end).select_related("reviewed_by")
        return [e for e in found if e.at.astimezone(zone).date() in chosen]

    before = in_database()
    outcome = request.by_rows()
    if dropped:
        counted: dict[int, int] = {}
        for e in before:
            counted[e.organisation_id] = counted.get(e.organisation_id, 0) + 1
        store.drop_days(dropped, elsewhere={e.content_hash for e in before}, keep=in_database())
        gone: dict[int, int] = {}
        for day in dropped:
            for organisation_id, records in present[day].items():
                gone[organisation_id] = gone.get(organisation_id, 0) + records
        for organisation_id, records in gone.items():
            deleted = records - counted.get(organisation_id, 0)
            if organisation_id == organisation.pk:
                outcome.expired += deleted
                outcome.deleted += deleted
            elif deleted > 0:
                _audit_dropped(organisation, organisation_id, deleted, dropped, request.now)
    held, params = legal_holds_sql(organisation)
    expired, acted, kept = store.purge_records(
        organisation.pk,
        cutoff=cutoff,
        keep=held_here,
        held=held,
        held_params=params,
        anonymise=anonymise,
    )
    outcome.expired += expired
    if anonymise:
        outcome.anonymised += acted
    else:
        outcome.deleted += acted
    if kept:
        outcome.held["retention.legal_hold"] = outcome.held.get("retention.legal_hold", 0) + kept
    return outcome


class _Periods:
    """Each organisation and its web logs' retention period (None where its pack does
    not load), looked up once."""

    def __init__(self) -> None:
        self._found: dict[int, tuple[Organisation, EffectivePeriod] | None] = {}

    def __call__(self, organisation_id: int) -> tuple[Organisation, EffectivePeriod] | None:
        if organisation_id not in self._found:
            other = Organisation.objects.filter(pk=organisation_id).first()
            try:
                period = other.pack().retention.period("web_logs") if other else None
            except PackError:
                period = None
            self._found[organisation_id] = (other, period) if other and period else None
        return self._found[organisation_id]


def _audit_dropped(
    organisation: Organisation, other_id: int, deleted: int, days: list[date], now: datetime
) -> None:
    """The ``retention.purge`` audit row of another organisation whose expired records
    went with whole days dropped in ``organisation``'s purge."""
    found = _Periods()(other_id)
    if found is None:
        return
    other, period = found
    write_audit_entry(
        acting_user=None,
        organisation=other,
        verb="retention.purge",
        target=None,
        detail={
            "kind": "web_logs",
            "title": period.title,
            "period": period.describe(),
            "action": period.action,
            "cutoff": period.cutoff(now).isoformat(),
            "expired": deleted,
            "deleted": deleted,
            "anonymised": 0,
            "held": {},
            "kept_referenced": 0,
            "days_dropped": [d.isoformat() for d in days],
            "with": organisation.slug,
        },
    )


def _may_drop(found: tuple[Organisation, EffectivePeriod] | None, now: datetime, day: date) -> bool:
    """Whether an organisation's records of ``day`` may go whole: its pack deletes web
    logs, the whole day is past its cutoff, and no legal hold of its reaches the day."""
    from portal.monitoring.queries import day_bounds

    if found is None:
        return False
    other, period = found
    if period.action != "delete" or day_bounds(day)[1] > period.cutoff(now):
        return False
    return not any(
        hold.covers("web_logs")
        and (hold.records_from is None or hold.records_from <= day)
        and (hold.records_to is None or day <= hold.records_to)
        for hold in LegalHold.objects.filter(organisation=other, released_at__isnull=True)
    )


def legal_holds_sql(organisation: Organisation) -> tuple[str, dict[str, Any]]:
    """The organisation's legal holds of web logs as SQL on the log store's raw records
    (``retention.holds.legal_hold_filter`` on its columns): true for a record held."""
    from portal.monitoring.clickhouse_store import micro
    from portal.monitoring.queries import day_bounds

    conditions: list[str] = []
    params: dict[str, Any] = {}
    holds = LegalHold.objects.filter(organisation=organisation, released_at__isnull=True)
    for n, hold in enumerate(h for h in holds if h.covers("web_logs")):
        parts: list[str] = []
        if hold.records_from is not None:
            parts.append(f"at_us >= %(hold{n}_from)s")
            params[f"hold{n}_from"] = micro(day_bounds(hold.records_from)[0])
        if hold.records_to is not None:
            parts.append(f"at_us < %(hold{n}_to)s")
            params[f"hold{n}_to"] = micro(day_bounds(hold.records_to)[1])
        if hold.subject:
            params[f"hold{n}_subject"] = hold.subject.lower()
            parts.append(
                "("
                + " OR ".join(
                    f"lowerUTF8({name}) = %(hold{n}_subject)s"
                    for name in ("user", "device_id", "client_ip")
                )
                + ")"
            )
        conditions.append("(" + (" AND ".join(parts) or "1") + ")")
    return " OR ".join(conditions) or "0", params


def _closed_alerts(organisation: Organisation) -> Records:
    return SafeguardingAlert.objects.filter(organisation=organisation, status=AlertStatus.CLOSED)


register_kind(
    RecordKind(
        key="web_logs",
        records=_web_logs,
        moment="at",
        description="Each request the web filter decided, from the time of the request.",
        subject_fields=("user", "device_id", "client_ip"),
        anonymise=_anonymise_web_logs,
        delete=_delete_web_logs,
        anonymised=Q(user="", client_ip="", device_id="", search_term=""),
        purge=_purge_web_logs,
    )
)

register_kind(
    RecordKind(
        key="alerts",
        records=_closed_alerts,
        moment="at",
        description="Closed safeguarding alerts, from the time of the search.",
        subject_fields=("user", "device_id", "client_ip"),
        delete=_delete_alerts,
    )
)

register_hold(
    Hold(
        key="monitoring.alert_evidence",
        title="the evidence of a safeguarding alert that is kept",
        kinds=frozenset({"web_logs"}),
        held=lambda organisation, kind, records: records.filter(alert_of__isnull=False),
    )
)
