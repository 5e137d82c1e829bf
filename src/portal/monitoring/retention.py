"""The monitoring app's records under retention (``portal.retention.registry``): the web
filter's decision log and safeguarding alerts.

- ``web_logs``: every record, counted from the request; anonymising blanks who and
  which device made it and what was searched (the URL, category and outcome stay, for
  the review's figures). A record behind a safeguarding alert is held while the alert
  is kept, and goes with it.
- ``alerts``: closed alerts only (an open or acknowledged alert is never purged),
  counted from the search; deleting one deletes the log record it was raised on.

At scale (daily partitions of the log) a ``purge`` that drops whole partitions replaces
the row-by-row delete for ``web_logs``; it must still keep what ``request.is_held``
returns.
"""

from __future__ import annotations

from django.db.models import Q

from portal.monitoring.models import AlertStatus, SafeguardingAlert, WebLogEntry
from portal.organisations.models import Organisation
from portal.retention.registry import Hold, RecordKind, Records, register_hold, register_kind

_IDENTITY = {"user": "", "client_ip": "", "device_id": "", "search_term": "", "terms": []}


def _anonymise_web_logs(records: Records) -> int:
    return records.update(**_IDENTITY)


def _delete_alerts(records: Records) -> int:
    # The alert's evidence goes with it: deleting the log record deletes the alert.
    ids = list(records.values_list("log_entry_id", flat=True))
    WebLogEntry.objects.filter(pk__in=ids).delete()
    return len(ids)


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
