"""Filter health, for IT: is the web filter working from what the portal knows?

Read from what exists, nothing new is stored:

- the organisation's compiled snapshot (``POLICYGUARD_SNAPSHOT_DIR/<slug>.pgwf``): when
  it was built, the pack version it was compiled from, and whether lists were edited in
  the portal since (each edit is audited, so the audit log says when);
- the Squid helpers' records: when records last came in (each ingestion is audited with
  how many were stored and how many were refused) and how many were refused lately;
  a helper whose lines fail their checks (a newer or broken helper) writes records the
  portal cannot read, and those are left out.

A line is a *problem* when someone in IT should act: no snapshot, a snapshot older than
``SNAPSHOT_MAX_AGE`` or from an older pack, list changes not in the snapshot yet, no
records for ``QUIET_AFTER``, or records with problems in the last ``ERRORS_SINCE``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.timesince import timesince

from portal.audit.models import AuditEntry
from portal.organisations.models import Organisation
from portal.organisations.snapshots import current_snapshot, snapshot_path

SNAPSHOT_MAX_AGE = timedelta(days=7)
QUIET_AFTER = timedelta(hours=24)
ERRORS_SINCE = timedelta(days=7)
LIST_VERBS = ("monitoring.list.add", "monitoring.list.remove")
INGEST_VERB = "monitoring.weblog.ingest"


@dataclass(frozen=True)
class HealthLine:
    text: str
    problem: bool
    url: str
    at: datetime | None = None


def _built_at(text: object) -> datetime | None:
    try:
        return datetime.strptime(str(text), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def _ago(moment: datetime, now: datetime) -> str:
    return f"{timesince(moment, now)} ago"


def snapshot_health(organisation: Organisation, now: datetime) -> list[HealthLine]:
    url = reverse("monitoring:lists", args=[organisation.slug])
    snapshot = current_snapshot(organisation)
    if snapshot is None:
        where = snapshot_path(organisation).name
        return [
            HealthLine(
                f"No snapshot built ({where}): web decisions know no categories. "
                "Run build_snapshot.",
                True,
                url,
            )
        ]
    built = _built_at(snapshot.meta.get("built_at"))
    policy = snapshot.policy or {}
    lines: list[HealthLine] = []
    if built is None:
        lines.append(HealthLine("Snapshot: no build time recorded; rebuild it.", True, url))
    else:
        stale = now - built > SNAPSHOT_MAX_AGE
        text = f"Snapshot built {_ago(built, now)}"
        text += ": rebuild it with the latest lists." if stale else "."
        lines.append(HealthLine(text, stale, url, built))
        # The build time is to the second: an edit in that second counts as missing (a
        # needless rebuild rather than a missed one).
        changes = AuditEntry.objects.filter(
            organisation=organisation, verb__in=LIST_VERBS, at__gte=built
        ).count()
        if changes:
            lines.append(
                HealthLine(
                    f"{changes} list change(s) since the snapshot was built: rebuild it.",
                    True,
                    url,
                )
            )
    compiled_for = str(policy.get("pack_version") or "")
    if compiled_for and compiled_for != organisation.pack_version:
        lines.append(
            HealthLine(
                f"Snapshot compiled from pack version {compiled_for}; the pack is now "
                f"{organisation.pack_version}: rebuild it.",
                True,
                url,
            )
        )
    return lines


def helper_health(organisation: Organisation, now: datetime) -> list[HealthLine]:
    url = reverse("monitoring:review", args=[organisation.slug])
    ingests = AuditEntry.objects.filter(organisation=organisation, verb=INGEST_VERB)
    last = ingests.order_by("-at").values_list("at", flat=True).first()
    if last is None:
        return [HealthLine("No records from the Squid helpers yet.", True, url)]
    quiet = now - last > QUIET_AFTER
    lines = [
        HealthLine(
            f"Records last came in {_ago(last, now)}"
            + (": check the helpers and the ingestion." if quiet else "."),
            quiet,
            url,
            last,
        )
    ]
    # Each ingestion's audit row counts the problems its records had (a line can have
    # several: one per bad field).
    found = sum(
        int(count or 0)
        for count in ingests.filter(at__gte=now - ERRORS_SINCE)
        .filter(~Q(detail__problems=0), detail__has_key="problems")
        .values_list("detail__problems", flat=True)[:1000]
    )
    if found:
        lines.append(
            HealthLine(
                f"{found} problem(s) in the helpers' records in the last {ERRORS_SINCE.days} "
                "days: lines the portal could not read were left out (each ingestion's "
                "report names them).",
                True,
                url,
            )
        )
    return lines


def filter_health(organisation: Organisation, now: datetime | None = None) -> list[HealthLine]:
    """The snapshot's lines, then the helpers'; problems are marked."""
    now = now or timezone.now()
    return snapshot_health(organisation, now) + helper_health(organisation, now)
