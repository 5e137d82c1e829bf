from __future__ import annotations

import json

import pytest
from django.test import Client

from portal.audit.models import AuditEntry
from portal.monitoring.actions import ingest_records
from portal.monitoring.logfile import read_lines
from portal.monitoring.models import WebLogEntry
from portal.monitoring.queries import unreviewed_count
from portal.monitoring.tests.conftest import ALERT, BLOCKED, record
from portal.organisations.models import Organisation
from portal.organisations.queries import Access
from portal.types import User

URL = "/orgs/oakfield/monitoring/review/"


def _log(organisation: Organisation) -> None:
    lines = [
        record(),  # a search by s123456 on 21 Nov
        record(at="2026-11-21T09:40:00Z", **BLOCKED),  # blocked, same learner and day
        record(at="2026-11-20T14:00:00Z", search_term="volcano facts"),  # the day before
        record(user="", device_id="lab2-pc03", search_term="maths help"),  # no user: the PC
        record(url="https://moodle.test/", search_site="", search_term=""),  # plain allow
    ]
    records, _ = read_lines(json.dumps(line) for line in lines)
    ingest_records(organisation=organisation, records=records, acting_user=None)


@pytest.mark.clause("VTS-26")
def test_it_groups_searches_and_blocks_by_learner_and_day(
    client: Client, oakfield: Organisation, olive: User
) -> None:
    _log(oakfield)
    assert unreviewed_count(Access(oakfield, frozenset({"office_manager"}))) == 4
    client.force_login(olive)
    response = client.get(URL)
    page = response.content.decode()
    assert response.context["unreviewed"] == 4
    groups = [(g.learner, g.day.isoformat(), len(g.entries)) for g in response.context["groups"]]
    assert groups == [
        ("lab2-pc03", "2026-11-21", 1),
        ("s123456", "2026-11-21", 2),
        ("s123456", "2026-11-20", 1),
    ]
    assert "revision timetable" in page and "moodle.test" not in page


def test_searches_that_raised_an_alert_are_for_the_alert_role_only(
    client: Client, oakfield: Organisation, olive: User, ivan: User, dinah: User
) -> None:
    _log(oakfield)
    records, _ = read_lines([json.dumps(record(**ALERT))])
    ingest_records(organisation=oakfield, records=records, acting_user=None)
    for reviewer in (olive, ivan):  # office manager, IT manager: no alerts
        client.force_login(reviewer)
        response = client.get(URL + "?show=all")
        assert "how to kms" not in response.content.decode()
        assert response.context["unreviewed"] == 4
    client.force_login(olive)
    client.post(URL + "mark/", {"learner": "s123456", "day": "2026-11-21"})
    assert not WebLogEntry.objects.filter(alert=True, reviewed_at__isnull=False).exists()
    client.force_login(dinah)  # the DSL holds the alert role
    response = client.get(URL)
    assert "how to kms" in response.content.decode()
    client.post(URL + "mark/", {"learner": "s123456", "day": "2026-11-21"})
    assert WebLogEntry.objects.get(alert=True).reviewed_by == dinah


@pytest.mark.clause("VTS-26")
def test_mark_reviewed_is_audited_and_counted(
    client: Client, oakfield: Organisation, olive: User
) -> None:
    _log(oakfield)
    client.force_login(olive)
    client.post(URL + "mark/", {"learner": "s123456", "day": "2026-11-21"})
    assert unreviewed_count(Access(oakfield, frozenset({"office_manager"}))) == 2
    assert WebLogEntry.objects.filter(reviewed_by=olive).count() == 2
    audit = AuditEntry.objects.get(verb="monitoring.weblog.review")
    assert audit.detail == {"learner": "s123456", "day": "2026-11-21", "entries": 2}
    client.post(URL + "mark/", {"learner": "lab2-pc03", "day": "2026-11-21"})
    assert unreviewed_count(Access(oakfield, frozenset({"office_manager"}))) == 1


def test_the_printable_view_and_who_may_review(
    client: Client,
    oakfield: Organisation,
    olive: User,
    dinah: User,
    ivan: User,
    alice: User,
    bob: User,
    dave: User,
    charlie: User,
) -> None:
    _log(oakfield)
    for user in (olive, dinah, ivan, alice):  # office manager, DSL, IT manager, administrator
        client.force_login(user)
        assert client.get(URL).status_code == 200
    client.force_login(olive)
    printed = client.get(URL + "print/?day=2026-11-20").content.decode()
    assert "volcano facts" in printed and "revision timetable" not in printed
    assert "<form" not in printed
    for user in (bob, dave):
        client.force_login(user)
        assert client.get(URL).status_code == 403
    client.force_login(charlie)
    assert client.get(URL).status_code == 404
