"""The monitoring report: made by the scheduled job from the week's records, e-mailed to
the DSL and the leadership role the pack names with its charts and PDF, shown and
printed in the portal to those who may read it (who raised alerts only for the DSL).

The week: Monday 16 to Sunday 22 November 2026; the job runs on Monday 23 at 07:00.
"""

from __future__ import annotations

import io
import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.test import Client
from pypdf import PdfReader

from portal.audit.models import AuditEntry
from portal.monitoring.actions import (
    decide_unblock,
    handle_alert,
    ingest_records,
    mark_reviewed,
    request_unblock,
)
from portal.monitoring.jobs import daily_digest, weekly_report
from portal.monitoring.logfile import read_lines
from portal.monitoring.models import MonitoringReport, SafeguardingAlert, WebLogDailyCount
from portal.monitoring.report_actions import set_report_subscription
from portal.monitoring.tests.conftest import ALERT, BLOCKED, record
from portal.organisations.models import Organisation
from portal.types import User

LONDON = ZoneInfo("Europe/London")
MONDAY_MORNING = datetime(2026, 11, 23, 7, 0, tzinfo=LONDON)


def _ingest(organisation: Organisation, rows: list[dict[str, Any]]) -> None:
    records, problems = read_lines([json.dumps(row) for row in rows])
    assert problems == []
    ingest_records(organisation=organisation, records=records, acting_user=None)


def _week(oakfield: Organisation, dinah: User, ivan: User) -> None:
    """Seven blocks (five for s111, two for staff t900), three searches, one alert
    acknowledged after 30 minutes, one approved request, Tuesday reviewed by dinah."""
    games = {**BLOCKED, "category": "games", "url": "https://games.example/"}
    rows = [record(at=f"2026-11-17T09:0{n}:00Z", user="s111", **BLOCKED) for n in range(3)] + [
        record(at="2026-11-18T10:00:00Z", user="s111", **games),
        record(at="2026-11-18T10:05:00Z", user="s111", **games),
        record(at="2026-11-19T11:00:00Z", user="t900", audience="staff", **games),
        record(at="2026-11-20T12:00:00Z", user="t900", audience="staff", **BLOCKED),
        record(at="2026-11-17T13:00:00Z", user="s222"),
        record(at="2026-11-18T13:00:00Z", user="s222", search_term="volcano diagram"),
        record(at="2026-11-19T08:00:00Z", user="s333", **ALERT),
        # Outside the week: counted in no figure.
        record(at="2026-11-24T09:00:00Z", user="s999", **BLOCKED),
        record(at="2026-11-13T09:00:00Z", user="s999", **BLOCKED),
    ]
    with _at(datetime(2026, 11, 24, 12, 0, tzinfo=LONDON)):
        _ingest(oakfield, rows)
    alert = SafeguardingAlert.objects.get(organisation=oakfield)
    SafeguardingAlert.objects.filter(pk=alert.pk).update(
        created_at=datetime(2026, 11, 19, 8, 1, tzinfo=LONDON)
    )
    with _at(datetime(2026, 11, 19, 8, 31, tzinfo=LONDON)):
        handle_alert(alert=alert, status="acknowledged", note="spoke to s333", acting_user=dinah)
    with _at(datetime(2026, 11, 18, 9, 0, tzinfo=LONDON)):
        request = request_unblock(
            organisation=oakfield,
            url="https://games.example/",
            category="games",
            entry="games.example",
            reason="rule",
            clauses=["OAK-01"],
            message="coursework on game design",
            requester_ip="10.10.1.7",
            acting_user=None,
        )
    with _at(datetime(2026, 11, 18, 11, 0, tzinfo=LONDON)):
        decide_unblock(request=request, approve=True, note="fine", acting_user=ivan)
    mark_reviewed(
        organisation=oakfield,
        learner="s111",
        day=datetime(2026, 11, 17).date(),
        acting_user=dinah,
        with_alerts=True,
    )


def _at(moment: datetime) -> Any:
    import time_machine

    return time_machine.travel(moment, tick=False)


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def week(oakfield: Organisation, dinah: User, ivan: User, paula: User) -> Organisation:
    _week(oakfield, dinah, ivan)
    return oakfield


def test_it_counts_the_week_from_the_rollups(week: Organisation) -> None:
    with _at(MONDAY_MORNING):
        weekly_report(now=MONDAY_MORNING)
    figures = MonitoringReport.objects.get(organisation=week, kind="weekly").figures
    assert figures["label"] == "16 November to 22 November 2026"
    assert figures["totals"]["records"] == 10
    assert figures["totals"]["blocked"] == 7
    assert figures["totals"]["searches"] == 3  # two searches and the alert's
    assert figures["totals"]["alerts"] == 1
    assert figures["alerts"]["rows"] == [
        {
            "category": "self_harm",
            "severity": "high",
            "count": 1,
            "acknowledged": 1,
            "open": 0,
            "median_minutes": 30.0,
            "longest_minutes": 30.0,
        }
    ]
    by_category = {r["category"]: r for r in figures["blocks"]["by_category"]}
    assert by_category["social_networks"]["learner"] == 3
    assert by_category["social_networks"]["staff"] == 1
    assert by_category["games"]["learner"] == 2 and by_category["games"]["staff"] == 1
    by_day = {r["day"]: r for r in figures["blocks"]["by_day"]}
    assert len(by_day) == 7 and by_day["2026-11-17"]["learner"] == 3
    assert figures["blocks"]["top_learners"][:2] == [
        {"learner": "s111", "blocks": 5},
        {"learner": "t900", "blocks": 2},
    ]
    assert figures["alerts"]["top_learners"] == [{"learner": "s333", "alerts": 1}]
    assert figures["requests"]["by_status"] == {"open": 0, "approved": 1, "refused": 0}
    assert figures["requests"]["median_hours_to_decide"] == 2.0
    coverage = {r["day"]: r for r in figures["coverage"]}
    assert coverage["2026-11-17"]["to_review"] == 4  # three blocks and s222's search
    assert coverage["2026-11-17"]["reviewed"] == 3
    assert coverage["2026-11-17"]["reviewers"] == ["dinah (3)"]
    assert coverage["2026-11-18"]["reviewed"] == 0
    assert figures["mode"].startswith("blocked requests, warnings and searches")


def test_the_scheduled_report_is_e_mailed_with_charts_and_a_pdf(
    week: Organisation, django_capture_on_commit_callbacks: Any
) -> None:
    with _at(MONDAY_MORNING), django_capture_on_commit_callbacks(execute=True):
        summary = weekly_report(now=MONDAY_MORNING)
    assert "1 reports made" in summary or "reports made" in summary
    ours = [m for m in mail.outbox if "Oakfield" in m.subject]
    assert len(ours) == 1
    message = ours[0]
    assert sorted(message.to) == ["dinah@oakfield.test", "paula@oakfield.test"]
    assert "Weekly monitoring report" in message.subject
    assert "Blocked requests: 7" in message.body
    assert "Safeguarding alerts: 1 (0 not yet acknowledged" in message.body
    assert "/orgs/oakfield/monitoring/reports/" in message.body
    assert isinstance(message, EmailMultiAlternatives)
    html = str(message.alternatives[0][0])
    assert 'src="cid:chart-blocks_by_day@policyguard"' in html
    raw = message.message().as_string()
    assert "Content-Type: image/svg+xml" in raw
    assert "Content-ID: <chart-blocks_by_day@policyguard>" in raw
    pdfs = [a for a in message.attachments if isinstance(a, tuple) and a[2] == "application/pdf"]
    assert len(pdfs) == 1 and pdfs[0][0] == "oakfield-weekly-2026-11-16.pdf"
    text = _pdf_text(pdfs[0][1])
    assert "Weekly monitoring report" in text and "Oakfield College" in text
    assert "Blocked requests 7" in text  # the summary table's row
    assert "social_networks" in text and "games" in text
    assert "dinah (3)" in text  # who reviewed
    # E-mail names nobody who was blocked or alerted, in its body, page or PDF.
    for learner in ("s111", "s333", "t900"):
        assert learner not in message.body and learner not in html and learner not in text
    report = MonitoringReport.objects.get(organisation=week, kind="weekly")
    assert report.sent_at is not None and report.recipients == ["dinah", "paula"]
    assert AuditEntry.objects.filter(verb="monitoring.report.send").count() == 1


def test_running_the_job_again_sends_nothing_more(
    week: Organisation, django_capture_on_commit_callbacks: Any
) -> None:
    with _at(MONDAY_MORNING), django_capture_on_commit_callbacks(execute=True):
        weekly_report(now=MONDAY_MORNING)
        weekly_report(now=MONDAY_MORNING)
    assert len([m for m in mail.outbox if "Oakfield" in m.subject]) == 1
    assert MonitoringReport.objects.filter(organisation=week).count() == 1


def test_the_daily_digest_goes_only_to_those_who_chose_it(
    week: Organisation, dinah: User, django_capture_on_commit_callbacks: Any
) -> None:
    tuesday = datetime(2026, 11, 18, 6, 30, tzinfo=LONDON)
    with _at(tuesday), django_capture_on_commit_callbacks(execute=True):
        assert "0 reports made" in daily_digest(now=tuesday)
    assert mail.outbox == []
    set_report_subscription(
        organisation=week, user=dinah, daily=True, weekly=True, acting_user=dinah
    )
    with _at(tuesday), django_capture_on_commit_callbacks(execute=True):
        daily_digest(now=tuesday)
    assert [m.to for m in mail.outbox] == [["dinah@oakfield.test"]]
    assert "Daily digest" in mail.outbox[0].subject
    assert "Blocked requests: 3" in mail.outbox[0].body  # Tuesday 17th


def test_re_ingesting_counts_nothing_twice(oakfield: Organisation) -> None:
    rows = [record(user="s1", **BLOCKED), record(user="s2", **BLOCKED)]
    _ingest(oakfield, rows)
    _ingest(oakfield, rows)
    _ingest(oakfield, [record(user="s3", **BLOCKED)])
    counted = WebLogDailyCount.objects.get(organisation=oakfield, outcome="block")
    assert counted.records == 3 and counted.reviewable == 3


def _report_id(week: Organisation) -> int:
    with _at(MONDAY_MORNING):
        weekly_report(now=MONDAY_MORNING)
    return MonitoringReport.objects.get(organisation=week).pk


def test_readers_see_what_their_role_allows(
    client: Client,
    week: Organisation,
    elmbrook: Organisation,
    dinah: User,
    paula: User,
    ivan: User,
    olive: User,
    bob: User,
    charlie: User,
) -> None:
    pk = _report_id(week)
    base = f"/orgs/oakfield/monitoring/reports/{pk}/"
    client.force_login(dinah)  # DSL: everything, who raised alerts included
    page = client.get(base).content.decode()
    assert "Safeguarding alerts" in page and "s333" in page and "s111" in page
    assert client.get(base + "alerts.svg").status_code == 200
    client.force_login(paula)  # principal: alert counts, no names of who raised them
    page = client.get(base).content.decode()
    assert "self_harm" in page and "s333" not in page and "s111" in page
    client.force_login(ivan)  # IT: blocks and coverage, no alerts at all
    page = client.get(base).content.decode()
    assert "social_networks" in page and "self_harm" not in page and "s333" not in page
    assert client.get(base + "alerts.svg").status_code == 404
    assert client.get(base + "blocks_by_day.svg").status_code == 200
    pdf = client.get(base + "report.pdf")
    assert pdf["Content-Type"] == "application/pdf"
    assert "self_harm" not in _pdf_text(pdf.content)
    for user in (olive, bob):  # office manager, staff
        client.force_login(user)
        assert client.get(base).status_code == 403
        assert client.get(base + "report.pdf").status_code == 403
        assert (
            client.get("/orgs/oakfield/monitoring/reports/live/blocks_by_day.svg").status_code
            == 403
        )
    client.force_login(charlie)  # another organisation
    assert client.get(base).status_code == 404
    assert client.get(f"/orgs/elmbrook/monitoring/reports/{pk}/").status_code == 404


def test_the_portal_pdf_gives_the_dsl_the_names(
    client: Client, week: Organisation, dinah: User
) -> None:
    pk = _report_id(week)
    client.force_login(dinah)
    response = client.get(f"/orgs/oakfield/monitoring/reports/{pk}/report.pdf")
    text = _pdf_text(response.content)
    assert "s111: 5" in text and "s333: 1" in text
    assert "Median time to acknowledge, all alerts: 30 min" in text


def test_a_reader_chooses_the_daily_digest(
    client: Client, week: Organisation, dinah: User, ivan: User
) -> None:
    client.force_login(dinah)
    response = client.post("/orgs/oakfield/monitoring/reports/", {"weekly": "on", "daily": "on"})
    assert response.status_code == 302
    assert AuditEntry.objects.filter(verb="monitoring.report.subscription").count() == 1
    client.force_login(ivan)  # IT reads reports but is not one of their recipients
    assert client.post("/orgs/oakfield/monitoring/reports/", {"daily": "on"}).status_code == 403


def test_the_dashboards_show_the_last_seven_days_charts(
    client: Client, week: Organisation, dinah: User, ivan: User
) -> None:
    client.force_login(dinah)
    page = client.get("/orgs/oakfield/dashboard/").content.decode()
    assert "/orgs/oakfield/monitoring/reports/live/alerts.svg" in page
    assert "/orgs/oakfield/monitoring/reports/live/blocks_by_day.svg" in page
    svg = client.get("/orgs/oakfield/monitoring/reports/live/blocks_by_category.svg")
    assert svg["Content-Type"].startswith("image/svg+xml")
    assert b"social_networks" in svg.content
    live = client.get("/orgs/oakfield/monitoring/reports/live/")  # not a stored report
    assert live.status_code == 200 and "the last seven days" in live.content.decode()
    client.force_login(ivan)
    page = client.get("/orgs/oakfield/dashboard/").content.decode()
    assert "live/blocks_by_day.svg" in page and "live/alerts.svg" not in page
