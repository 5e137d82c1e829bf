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

At scale (daily partitions of the log) a ``purge`` that drops whole partitions replaces
the row-by-row delete for ``web_logs``; it must still keep what ``request.is_held``
returns, and take the dropped days from the rollups.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Q

from portal.monitoring.logstore import ANONYMISED, ForgottenRecord, StoredRecord, log_store
from portal.monitoring.models import AlertStatus, SafeguardingAlert, WebLogEntry
from portal.organisations.models import Organisation
from portal.retention.registry import Hold, RecordKind, Records, register_hold, register_kind

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
