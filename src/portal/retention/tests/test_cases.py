"""Cases under retention: an alert in a case is kept as long as the case, whatever its own
period; an open case is never purged; a closed one goes after its period, and then what
it kept follows its own."""

from __future__ import annotations

from datetime import timedelta

from portal.cases.models import Case, CaseEntry, CaseStatus
from portal.conftest import NOW
from portal.monitoring.models import SafeguardingAlert, WebLogEntry
from portal.organisations.models import Organisation
from portal.retention.actions import purge_expired
from portal.retention.tests.conftest import WebLog, remaining


def _case(
    organisation: Organisation, alert: SafeguardingAlert, *, closed_days_ago: int | None
) -> Case:
    case = Case.objects.create(
        organisation=organisation, title="Searches", area="safeguarding", category="self_harm"
    )
    CaseEntry.objects.create(case=case, at=alert.at, kind="alert", summary="alert", alert=alert)
    if closed_days_ago is not None:
        case.status = CaseStatus.CLOSED
        case.closed_at = NOW - timedelta(days=closed_days_ago)
        case.save(update_fields=["status", "closed_at"])
    return case


def test_an_alert_in_a_case_stays_with_the_case(oakfield: Organisation, web_log: WebLog) -> None:
    in_open = web_log(900, alert="closed")
    in_closed = web_log(900, alert="closed")
    alone = web_log(900, alert="closed")
    open_case = _case(oakfield, in_open.alert_of, closed_days_ago=None)
    old_case = _case(oakfield, in_closed.alert_of, closed_days_ago=7 * 365)

    [result] = [r for r in purge_expired(organisation=oakfield, now=NOW) if r.kind.key == "alerts"]
    assert result.outcome.held == {"cases.in_a_case": 2}
    # The case closed seven years ago went (six by default), the open one stays.
    assert remaining(Case) == {open_case.pk} and old_case.pk not in remaining(Case)
    assert alone.pk not in remaining(WebLogEntry)
    # The next run finds the alert its closed case kept no longer held.
    purge_expired(organisation=oakfield, now=NOW)
    assert remaining(WebLogEntry) == {in_open.pk}
    assert remaining(SafeguardingAlert) == {in_open.alert_of.pk}
