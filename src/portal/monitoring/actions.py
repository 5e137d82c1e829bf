"""Writes for web filtering: review requests, list entries, log ingestion, alerts, review.

Every action runs in one transaction with its audit row; e-mail goes out only after
commit. Ingestion keeps the good records and reports the bad ones (see
:func:`ingest_records`); the API asks for all-or-nothing instead.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from policyguard import Outcome
from policyguard.webfilter import DecisionRecord
from portal.accounts.throttle import allow
from portal.audit.actions import write_audit_entry
from portal.errors import NotAllowedNow, Problem, RateLimited, Rejected
from portal.monitoring.locks import writing_to_store
from portal.monitoring.logfile import read_lines
from portal.monitoring.logstore import (
    ReviewScope,
    StoredRecord,
    copy_new_entries,
    log_store,
    record_fields,
)
from portal.monitoring.models import (
    AlertStatus,
    EntryKind,
    ListEntry,
    RequestStatus,
    SafeguardingAlert,
    Tier,
    UnblockRequest,
    WebListState,
    WebLogEntry,
)
from portal.monitoring.queries import (
    alert_role,
    can_filter,
    day_bounds,
    entries_of,
    filtering_roles,
    learner_filter,
    logs_every_visit,
    may_see_alert_of,
    reviewable,
)
from portal.monitoring.snapshots import lists_state
from portal.monitoring.tasks import publish_lists
from portal.monitoring.weblists import EntryError, canonical_value, overlapping
from portal.notifications.actions import notify, send_plain_email
from portal.notifications.recipients import access_of, holders_or_administrators, reach_by_email
from portal.organisations.models import Organisation
from portal.types import Actor, User

logger = logging.getLogger(__name__)
_BATCH = 2_000
# The advisory lock (with the organisation) of an ingestion into a store that keeps the
# raw records itself: one at a time per organisation (``portal.monitoring.locks``).
INGESTING = "monitoring.ingest"


def _user(acting_user: Actor) -> User | None:
    return acting_user if isinstance(acting_user, User) else None


# Review requests from the block page ------------------------------------------------


def request_unblock(
    *,
    organisation: Organisation,
    url: str,
    category: str,
    entry: str,
    reason: str,
    clauses: Sequence[str],
    message: str,
    requester_name: str = "",
    requester_email: str = "",
    requester_ip: str | None = None,
    acting_user: Actor,
) -> UnblockRequest:
    """Record a request that a blocked page be reviewed, for the filtering role.

    The block page is public, so requests are counted by the requester's address: asking
    again for a page whose request from there is still open records nothing and returns
    that request; past ``POLICYGUARD_UNBLOCK_REQUESTS_PER_HOUR`` in the last hour it
    raises RateLimited. The count is an atomic database counter
    (``portal.accounts.throttle``), so parallel requests cannot all slip under it.
    """
    from_here = UnblockRequest.objects.filter(requester_ip=requester_ip)
    still_open = from_here.filter(
        organisation=organisation, url=url[:2000], status=RequestStatus.OPEN
    ).first()
    if still_open is not None:
        return still_open
    limit = settings.POLICYGUARD_UNBLOCK_REQUESTS_PER_HOUR
    if not allow(f"unblock:{requester_ip}", limit=limit, per=3600):
        raise RateLimited(
            "Too many review requests from this computer in the last hour; "
            "please try again later or ask your IT team in person."
        )
    with transaction.atomic():
        request = UnblockRequest.objects.create(
            requester_ip=requester_ip,
            organisation=organisation,
            url=url[:2000],
            category=category[:100],
            entry=entry[:1000],
            reason=reason[:32],
            clauses=list(clauses),
            message=message,
            requester_name=requester_name,
            requester_email=requester_email,
            routed_roles=filtering_roles(organisation),
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="monitoring.unblock.request",
            target=request,
            detail={
                "url": request.url,
                "category": request.category,
                "roles": request.routed_roles,
            },
        )
        _notify_filtering(request)
    return request


def _notify_filtering(request: UnblockRequest) -> None:
    """The filtering role is told of a new review request (the requests page shows
    them the address, category and message anyway)."""
    organisation = request.organisation

    def may_decide(user: User) -> bool:
        access = access_of(user, organisation)
        return access is not None and can_filter(access)

    notify(
        recipients=holders_or_administrators(organisation, request.routed_roles),
        can_open=may_decide,
        organisation=organisation,
        kind="monitoring.unblock.request",
        title=f"A blocked page was sent for review ({request.category or 'no category'})",
        body=request.url[:300],
        link=reverse("monitoring:requests", args=[organisation.slug]),
        dedupe_key=f"monitoring.unblock.request:{request.pk}",
    )


def _notify_requester(request: UnblockRequest) -> None:
    """The requester left an address: they are told the answer. They are not signed in
    (the block page is public), so the e-mail carries the answer itself and no link."""
    if not request.requester_email:
        return
    answer = "approved" if request.status == RequestStatus.APPROVED else "refused"
    body = (
        f"Your request to review the blocked page {request.url} was {answer} by "
        f"{request.organisation.name}.\n"
        + (f"\nNote from the reviewer: {request.decision_note}\n" if request.decision_note else "")
        + "\nThis message was sent because you left your address on the block page.\n"
    )
    send_plain_email(
        address=request.requester_email,
        subject=f"[policyguard] Your review request was {answer}",
        body=body,
    )


def decide_unblock(
    *,
    request: UnblockRequest,
    approve: bool,
    note: str,
    allow_kind: str | None = None,
    allow_value: str = "",
    acting_user: User,
) -> UnblockRequest:
    """Approve or refuse an open request. Approving with ``allow_kind`` (domain or
    url_prefix) also adds ``allow_value`` to the allow-list, in the same transaction.

    Raises NotAllowedNow when the request was decided already, EntryError when the
    allow entry is refused (nothing written then).
    """
    with transaction.atomic():
        # Two IT staff may open the same request: lock it so only one decision counts.
        locked = UnblockRequest.objects.select_for_update().get(pk=request.pk)
        if not locked.is_open:
            raise NotAllowedNow(f"This request was {locked.status} already.")
        if approve and allow_kind:
            locked.allow_entry = add_list_entry(
                organisation=locked.organisation,
                tier=Tier.ALLOW,
                kind=allow_kind,
                value=allow_value,
                category=locked.category,
                note=f"unblock request #{locked.pk}",
                acting_user=acting_user,
            )
        locked.status = RequestStatus.APPROVED if approve else RequestStatus.REFUSED
        locked.decided_by = acting_user
        locked.decided_at = timezone.now()
        locked.decision_note = note
        locked.save(
            update_fields=["status", "decided_by", "decided_at", "decision_note", "allow_entry"]
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb=f"monitoring.unblock.{locked.status}",
            target=locked,
            detail={"note": note, "allow_entry": locked.allow_entry_id},
        )
        _notify_requester(locked)
    return locked


# The organisation's lists -----------------------------------------------------------


def add_list_entry(
    *,
    organisation: Organisation,
    tier: str,
    kind: str,
    value: str,
    category: str = "",
    note: str = "",
    acting_user: Actor,
) -> ListEntry:
    """Add an entry, stored in the core's canonical form.

    Raises EntryError naming the field: a bad tier, kind or value; a duplicate; or an
    allow entry overlapping an always-block one (illegal content is never allowed,
    whatever the list says, so such an entry would only mislead its reader).
    """
    if tier not in Tier.values:
        raise EntryError("tier", f"{tier!r} is not a tier: allow, deny or always_block")
    if kind not in EntryKind.values:
        raise EntryError("kind", f"{kind!r} is not a kind of entry: domain or url_prefix")
    canonical = canonical_value(kind, value)
    with transaction.atomic():
        existing = entries_of(organisation)
        if existing.filter(tier=tier, value=canonical).exists():
            raise EntryError("value", f"{canonical} is on the {tier} list already")
        if tier == Tier.ALLOW:
            blocked = overlapping(
                canonical, existing.filter(tier=Tier.ALWAYS_BLOCK).values_list("value", flat=True)
            )
            if blocked:
                raise EntryError(
                    "value",
                    f"{canonical} overlaps the always-block entry {blocked[0]}: illegal "
                    "content can never be allowed",
                )
        entry = ListEntry.objects.create(
            organisation=organisation,
            tier=tier,
            kind=kind,
            value=canonical,
            category=category.strip()[:100],
            note=note.strip()[:500],
            created_by=_user(acting_user),
            list_version=_lists_changed(organisation),
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="monitoring.list.add",
            target=entry,
            detail={"tier": tier, "kind": kind, "value": canonical, "typed": value[:200]},
        )
    return entry


def remove_list_entry(*, entry: ListEntry, acting_user: Actor) -> None:
    with transaction.atomic():
        _lists_changed(entry.organisation)
        write_audit_entry(
            acting_user=acting_user,
            organisation=entry.organisation,
            verb="monitoring.list.remove",
            target=entry,
            detail={"tier": entry.tier, "kind": entry.kind, "value": entry.value},
        )
        entry.delete()


def _lists_changed(organisation: Organisation) -> int:
    """Count a change to the organisation's lists (inside the change's transaction) and
    have the worker publish them to the proxies once it commits; the new version."""
    lists_state(organisation)
    # The row lock also waits for a publication in progress (see publish_lists).
    state = WebListState.objects.select_for_update().get(organisation=organisation)
    state.version += 1
    state.changed_at = timezone.now()
    state.save(update_fields=["version", "changed_at"])
    transaction.on_commit(lambda: publish_lists.enqueue(organisation.pk))
    return state.version


# Log ingestion and alerts -----------------------------------------------------------


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    alerts: int = 0
    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.stored} records stored, {self.duplicates} already there, "
            f"{self.alerts} safeguarding alerts, {len(self.problems)} problems"
        )


def _log_entry(organisation: Organisation, record: DecisionRecord, digest: str) -> WebLogEntry:
    return WebLogEntry(
        organisation=organisation,
        content_hash=digest,
        at=record.at,
        device=record.device,
        device_id=record.device_id,
        client_ip=record.client_ip,
        user=record.user,
        audience=record.audience,
        url=record.url,
        outcome=Outcome.of_web_action(record.outcome).value,
        reason=record.reason,
        category=record.category,
        entry=record.entry,
        clauses=list(record.clauses),
        search_site=record.search_site,
        search_term=record.search_term,
        terms=[t.model_dump() for t in record.terms],
        alert=record.alert,
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a file's records are read and stored. They
    are many long-lived objects made in a burst, which set off its full passes over
    every object again and again (a quarter of Python's CPU a record, measured) though
    they hold no cycles; it runs as before once they are stored. Nested uses leave it
    to the outermost."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_collector_paused()
def ingest_records(
    *,
    organisation: Organisation,
    records: Sequence[DecisionRecord],
    problems: Sequence[Problem] = (),
    all_or_nothing: bool = False,
    source: str = "",
    acting_user: Actor,
) -> IngestReport:
    """Store checked decision records; each record with ``alert`` raises a safeguarding
    alert for the alert role at once, with e-mail after commit.

    ``problems`` are the records that failed their checks (``logfile.read_lines``):
    reported back and, with ``all_or_nothing``, a reason to store nothing at all
    (raises Rejected). Records stored before (same content hash) are counted as
    duplicates and left alone, so ingesting a file twice adds nothing.
    """
    if problems and all_or_nothing:
        raise Rejected(problems=problems, code="invalid_records")
    report = IngestReport(problems=list(problems))
    by_hash: dict[str, DecisionRecord] = {}
    for record in records:
        by_hash.setdefault(record.content_hash(), record)
    report.duplicates = len(records) - len(by_hash)
    created: list[SafeguardingAlert] = []
    store = log_store()
    # A store that keeps the raw records itself (ClickHouse) removes duplicates by what
    # it holds, so one ingestion at a time per organisation: the lock is held until the
    # records are sent (on commit).
    exclusive = (
        nullcontext() if store.keeps_raw_records else writing_to_store(INGESTING, organisation.pk)
    )
    with exclusive, transaction.atomic():
        hashes = list(by_hash)
        counted: list[DecisionRecord] = []
        kept: dict[str, DecisionRecord] = {}
        for start in range(0, len(hashes), _BATCH):
            batch = {h: by_hash[h] for h in hashes[start : start + _BATCH]}
            if store.keeps_raw_records:
                stored = _store_batch(organisation, batch, report)
            else:
                stored = _store_evidence(organisation, batch, report)
            counted.extend(batch[h] for h in stored)
            kept.update((h, batch[h]) for h in stored)
            alerting = [h for h in stored if batch[h].alert]
            if alerting:
                # By time and hash: the unique index's columns (none leads with the hash).
                for log_entry in WebLogEntry.objects.filter(
                    organisation=organisation,
                    at__in={batch[h].at for h in alerting},
                    content_hash__in=alerting,
                ):
                    alert = _raise_alert(log_entry, by_hash[log_entry.content_hash])
                    if alert is not None:
                        created.append(alert)
        # The rollups count exactly the records stored now, in this transaction (a
        # duplicate or a refused record is never counted), all batches at once: a
        # learner's many records of a file are one row's update, not one a batch.
        store.add(organisation.pk, counted)
        store.add_records(organisation.pk, kept)
        report.alerts = len(created)
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="monitoring.weblog.ingest",
            detail={
                "source": source[:200],
                "stored": report.stored,
                "duplicates": report.duplicates,
                "alerts": report.alerts,
                "problems": len(report.problems),
            },
        )
        for alert in created:
            write_audit_entry(
                acting_user=None,
                organisation=organisation,
                verb="monitoring.alert.raise",
                target=alert,
                detail={"category": alert.category, "severity": alert.severity},
            )
        # Each route's alerts to its own role (WCUC-04: a staff member's to the DSL).
        for role in sorted({alert.routed_role for alert in created}):
            _notify_alerts(organisation, [a for a in created if a.routed_role == role])
    return report


def _store_batch(
    organisation: Organisation, batch: dict[str, DecisionRecord], report: IngestReport
) -> list[str]:
    """Store the records of ``batch`` (by content hash) not stored before; the hashes
    stored now. Counts go into ``report``: exact even when another ingestion of the same
    file races this one, and a record the database refuses is reported by its line while
    the others are kept."""
    if connection.vendor == "postgresql":
        return _copy_batch(organisation, batch, report)
    for _ in range(3):
        known = set(
            WebLogEntry.objects.filter(
                organisation=organisation,
                at__in={record.at for record in batch.values()},
                content_hash__in=list(batch),
            ).values_list("content_hash", flat=True)
        )
        new = [h for h in batch if h not in known]
        try:
            with transaction.atomic():
                WebLogEntry.objects.bulk_create(
                    [_log_entry(organisation, batch[h], h) for h in new]
                )
        except IntegrityError:
            # Race: a concurrent ingestion stored some of these after we looked. Its rows
            # are committed now (the insert waited for them), so look again; counting
            # them as ours would over-report what this call stored.
            continue
        except DatabaseError:
            stored, refused = _store_one_by_one(organisation, batch, new, report)
        else:
            stored, refused = new, 0
        report.duplicates += len(batch) - len(stored) - refused
        report.stored += len(stored)
        return stored
    raise NotAllowedNow("the same records are being ingested elsewhere; try again")


def _store_evidence(
    organisation: Organisation, batch: dict[str, DecisionRecord], report: IngestReport
) -> list[str]:
    """``_store_batch`` where the log store keeps the raw records (ClickHouse): those it
    holds already are duplicates; of the rest, only the records that raise a safeguarding
    alert are written to the portal's database (the alert's evidence); the hashes of the
    records new now, for the store."""
    known = log_store().known_hashes(organisation.pk, batch)
    fresh = {h: record for h, record in batch.items() if h not in known}
    evidence = {h: record for h, record in fresh.items() if record.alert}
    # A refused record is reported by its line and stored nowhere; one the database
    # holds already (stored before the switch to the store) is a duplicate.
    held = IngestReport()
    written = set(_store_batch(organisation, evidence, held)) if evidence else set()
    report.problems.extend(held.problems)
    stored = [h for h, record in fresh.items() if h in written or not record.alert]
    report.duplicates += len(known) + held.duplicates
    report.stored += len(stored)
    return stored


def _copy_batch(
    organisation: Organisation, batch: dict[str, DecisionRecord], report: IngestReport
) -> list[str]:
    """``_store_batch`` on PostgreSQL: ``COPY`` and one insert of what is new
    (``logstore.copy_new_entries``); one record at a time if the batch is refused."""
    now = timezone.now()
    try:
        with transaction.atomic():
            stored = copy_new_entries(
                [
                    _entry_row(organisation.pk, record, digest, now)
                    for digest, record in batch.items()
                ]
            )
    except DatabaseError:
        stored, refused = _store_one_by_one(organisation, batch, list(batch), report)
    else:
        refused = 0
    report.duplicates += len(batch) - len(stored) - refused
    report.stored += len(stored)
    return stored


def _entry_row(
    organisation_id: int, record: DecisionRecord, digest: str, now: datetime
) -> tuple[Any, ...]:
    """A record's values in ``logstore.ENTRY_COLUMNS`` order (as ``_log_entry`` stores it)."""
    return (
        organisation_id,
        digest,
        record.at,
        *record_fields(record),
        record.alert,
        now,
    )


def _store_one_by_one(
    organisation: Organisation,
    batch: dict[str, DecisionRecord],
    new: list[str],
    report: IngestReport,
) -> tuple[list[str], int]:
    """Each record alone (the batch as a whole was refused): the hashes stored, and how
    many the database refused (each reported by its line)."""
    stored: list[str] = []
    refused = 0
    for digest in new:
        record = batch[digest]
        try:
            with transaction.atomic():
                _log_entry(organisation, record, digest).save(force_insert=True)
        except IntegrityError:
            continue  # stored meanwhile by a concurrent ingestion: a duplicate
        except DatabaseError as exc:
            logger.warning("web log record at line %s not stored: %s", record.line, exc)
            report.problems.append(
                Problem(record.line, "", f"could not be stored: {exc}".strip(), unit="record")
            )
            refused += 1
            continue
        stored.append(digest)
    return stored, refused


@_collector_paused()
def ingest_file(*, organisation: Organisation, path: Path, acting_user: Actor) -> IngestReport:
    """Ingest a JSON-lines file: good lines stored, bad ones reported (never half stored).

    Raises OSError when the file cannot be read.
    """
    with path.open(encoding="utf-8", errors="replace") as handle:
        records, problems = read_lines(handle)
    return ingest_records(
        organisation=organisation,
        records=records,
        problems=problems,
        source=str(path),
        acting_user=acting_user,
    )


def _raise_alert(log_entry: WebLogEntry, record: DecisionRecord) -> SafeguardingAlert | None:
    term = record.strongest_term()
    alert, made = SafeguardingAlert.objects.get_or_create(
        log_entry=log_entry,
        defaults={
            "organisation": log_entry.organisation,
            "routed_role": alert_role(log_entry.organisation, log_entry.audience),
            "term": term.term if term else "",
            "category": term.category if term else "",
            "severity": term.severity if term else "high",
            "search_term": log_entry.search_term,
            "user": log_entry.user,
            "device": log_entry.device,
            "device_id": log_entry.device_id,
            "client_ip": log_entry.client_ip,
            "at": log_entry.at,
        },
    )
    return alert if made else None


def _notify_alerts(organisation: Organisation, alerts: list[SafeguardingAlert]) -> None:
    """Tell the role ``alerts`` were routed to (all the same role) at once, in the inbox
    and by e-mail (urgent: whatever their e-mail choice). When no holder has an e-mail
    address, or nobody holds the role, the administrators are told as well, and the log
    says which it was.

    The title and body name the category, time, learner and device, never the words
    searched for: e-mail travels and is kept where the portal cannot control it, so the
    detail stays behind the sign-in (and its second factor)."""

    role = alerts[0].routed_role

    def may_see(user: User) -> bool:
        access = access_of(user, organisation)
        return access is not None and may_see_alert_of(access, role)

    reach = reach_by_email(organisation, [role])
    if reach.problem:
        ids = [a.pk for a in alerts]
        problem = reach.problem
        transaction.on_commit(
            lambda: logger.warning(
                "safeguarding alerts %s in %s: %s", ids, organisation.slug, problem
            )
        )
    categories = ", ".join(sorted({a.category for a in alerts}))
    lines = [
        f"- {timezone.localtime(a.at):%d %b %Y %H:%M}: {a.category} ({a.severity}), "
        f"user {a.user or 'unknown'}, device {a.device_id or a.client_ip or 'unknown'}"
        for a in sorted(alerts, key=lambda a: a.at)
    ]
    notify(
        recipients=reach.recipients,
        can_open=may_see,
        organisation=organisation,
        kind="monitoring.alert",
        title=f"{len(alerts)} safeguarding alert(s): {categories}",
        body=(
            "A search on the college network matched a high-severity safeguarding term.\n\n"
            + "\n".join(lines)
        ),
        link=reverse("monitoring:alerts", args=[organisation.slug]),
        dedupe_key="monitoring.alert:" + ",".join(str(a.pk) for a in alerts),
        urgent=True,
    )


def handle_alert(
    *, alert: SafeguardingAlert, status: str, note: str, acting_user: User
) -> SafeguardingAlert:
    """Acknowledge or close an alert with a note. A closed alert stays closed."""
    if status not in (AlertStatus.ACKNOWLEDGED, AlertStatus.CLOSED):
        raise NotAllowedNow("An alert can be acknowledged or closed.")
    with transaction.atomic():
        locked = SafeguardingAlert.objects.select_for_update().get(pk=alert.pk)
        if locked.is_closed:
            raise NotAllowedNow("This alert is closed already.")
        locked.status = status
        locked.note = note
        locked.handled_by = acting_user
        locked.handled_at = timezone.now()
        locked.save(update_fields=["status", "note", "handled_by", "handled_at"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.organisation,
            verb=f"monitoring.alert.{status}",
            target=locked,
            detail={"note": note},
        )
    return locked


# Log review -------------------------------------------------------------------------


def mark_reviewed(
    *,
    organisation: Organisation,
    learner: str,
    day: date,
    acting_user: User,
    with_alerts: bool,
    entry_keys: Collection[str] | None = None,
) -> int:
    """Mark one learner's searches and blocked requests of ``day`` reviewed; the count.
    Entries that raised an alert only ``with_alerts`` (the reviewer may see alerts), and
    with ``entry_keys`` (content hashes) only those (the entries the page showed): no one
    marks as read what they were not shown."""
    if not log_store().keeps_raw_records:
        return _mark_in_store(
            organisation=organisation,
            learner=learner,
            day=day,
            acting_user=acting_user,
            with_alerts=with_alerts,
            entry_keys=entry_keys,
        )
    start, end = day_bounds(day)
    with transaction.atomic():
        found = reviewable(organisation, with_alerts=with_alerts).filter(
            learner_filter(learner), at__gte=start, at__lt=end, reviewed_at__isnull=True
        )
        if entry_keys is not None:
            found = found.filter(content_hash__in=list(entry_keys))
        # Locked, then marked: a reviewer marking the same entries at the same moment
        # waits and finds them reviewed, so the rollup's open cells lose each entry once.
        marked = list(
            found.select_for_update(of=("self",)).only("pk", "content_hash", *StoredRecord.FIELDS)
        )
        now = timezone.now()
        count = WebLogEntry.objects.filter(pk__in=[e.pk for e in marked]).update(
            reviewed_at=now, reviewed_by=acting_user
        )
        store = log_store()
        store.reviewed(organisation.pk, marked)
        store.mark_entries(
            organisation.pk,
            [e.content_hash for e in marked],
            reviewer=acting_user.get_username(),
            reviewed_at=now,
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="monitoring.weblog.review",
            detail={"learner": learner, "day": day.isoformat(), "entries": count},
        )
    return count


def _mark_in_store(
    *,
    organisation: Organisation,
    learner: str,
    day: date,
    acting_user: User,
    with_alerts: bool,
    entry_keys: Collection[str] | None,
) -> int:
    """``mark_reviewed`` where the log store holds the raw records (ClickHouse): the
    learner-day's open records are read from the store under a lock of that learner-day,
    held until the marks are sent (on commit), so a second reviewer at the same moment
    waits and finds them marked. The alert evidence the database keeps is marked too."""
    store = log_store()
    scope = ReviewScope(
        with_alerts=with_alerts,
        every_visit=logs_every_visit(organisation),
        learner=learner,
        day=day,
    )
    # The lock first, then the transaction: held until the marks have been sent.
    with (
        writing_to_store("monitoring.review", organisation.pk, learner, day.isoformat()),
        transaction.atomic(),
    ):
        found = store.open_records(organisation.pk, scope, entry_keys)
        hashes = [digest for digest, _ in found]
        now = timezone.now()
        # By time and hash: the unique index's columns (none leads with the hash).
        WebLogEntry.objects.filter(
            organisation=organisation,
            at__in={record.at for _, record in found},
            content_hash__in=hashes,
            reviewed_at__isnull=True,
        ).update(reviewed_at=now, reviewed_by=acting_user)
        store.reviewed(organisation.pk, [record for _, record in found])
        store.mark_entries(
            organisation.pk,
            hashes,
            reviewer=acting_user.get_username(),
            reviewed_at=now,
            day=day,
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="monitoring.weblog.review",
            detail={"learner": learner, "day": day.isoformat(), "entries": len(found)},
        )
    return len(found)


def record_history_view(
    *, organisation: Organisation, external_id: str, acting_user: User, export: bool
) -> None:
    """Every opening (or CSV export) of one person's web history is audited: who looked
    at whose searches, and when."""
    write_audit_entry(
        acting_user=acting_user,
        organisation=organisation,
        verb="monitoring.history.view",
        detail={"person": external_id, "export": export},
    )
