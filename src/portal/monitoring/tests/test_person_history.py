"""A person's web history, from their directory page: their searches, blocked pages,
alerts and review requests, joined by their network username, filtered by date and
exported as CSV; alert searches only for those who see alerts.

Oakfield's student L001 (Dave Dunn) uses the network username ``s123456``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from portal.audit.models import AuditEntry
from portal.monitoring.actions import ingest_records, request_unblock
from portal.monitoring.logfile import read_lines
from portal.monitoring.tests.conftest import ALERT, BLOCKED, record
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.types import User

URL = "/orgs/oakfield/monitoring/people/L001/"


@pytest.fixture
def history(oakfield: Organisation, directory: dict[str, Person]) -> Person:
    person = directory["L001"]
    Person.objects.filter(pk=person.pk).update(network_username="s123456")
    rows: list[dict[str, Any]] = [
        record(at="2026-11-02T09:00:00Z", search_term="volcano diagram"),
        record(at="2026-11-10T09:00:00Z", **BLOCKED),
        record(at="2026-11-20T09:00:00Z", **ALERT),
        record(at="2026-11-20T10:00:00Z", user="s999", search_term="someone else"),
    ]
    records, problems = read_lines([json.dumps(row) for row in rows])
    assert problems == []
    ingest_records(organisation=oakfield, records=records, acting_user=None)
    request_unblock(
        organisation=oakfield,
        url="https://www.instagram.com/",
        category="social_networks",
        entry="instagram.com",
        reason="rule",
        clauses=["OAK-01"],
        message="for my media coursework",
        requester_name="s123456",
        requester_ip="10.10.1.7",
        acting_user=None,
    )
    person.refresh_from_db()
    return person


def test_the_dsl_reads_everything_of_the_person_and_nobody_else(
    client: Client, history: Person, dinah: User
) -> None:
    client.force_login(dinah)
    page = client.get(URL).content.decode()
    assert "volcano diagram" in page and "instagram.com" in page
    assert "how to kms" in page and "self_harm" in page  # the alert search and the alert
    assert b">alerts</text>" in client.get(URL + "chart.svg").content
    assert "for my media coursework" not in page  # the message stays on the requests page
    assert "someone else" not in page
    assert "/orgs/oakfield/monitoring/people/L001/chart.svg" in page
    person_page = client.get("/orgs/oakfield/people/L001/").content.decode()
    assert URL in person_page


def test_it_and_the_office_never_see_alert_searches(
    client: Client, history: Person, directory: dict[str, Person], ivan: User, olive: User
) -> None:
    """IT and the office review the logs but never alerts; they open the history of the
    people the directory lets them see (here: as L001's progress tutor, T001)."""
    for user in (ivan, olive):
        Person.objects.filter(pk=directory["T001"].pk).update(user=user)
        client.force_login(user)
        page = client.get(URL).content.decode()
        assert "volcano diagram" in page and "instagram.com" in page
        assert "how to kms" not in page and "self_harm" not in page
        chart = client.get(URL + "chart.svg")
        assert chart.status_code == 200 and b">alerts</text>" not in chart.content
    Person.objects.filter(pk=directory["T001"].pk).update(user=ivan)
    client.force_login(ivan)  # IT decides review requests: they see the person's
    assert "https://www.instagram.com/" in client.get(URL).content.decode()


def test_a_date_filter_and_the_csv_export(client: Client, history: Person, dinah: User) -> None:
    client.force_login(dinah)
    page = client.get(URL, {"start": "2026-11-05", "end": "2026-11-15"}).content.decode()
    assert "instagram.com" in page and "volcano diagram" not in page
    exported = client.get(URL, {"start": "2026-11-01", "export": "csv"})
    text = b"".join(exported.streaming_content).decode()  # type: ignore[attr-defined]
    assert "volcano diagram" in text and "how to kms" in text and "someone else" not in text
    assert AuditEntry.objects.filter(verb="list.export").count() == 1
    seen = AuditEntry.objects.filter(verb="monitoring.history.view").order_by("pk")
    assert [(e.actor_name, e.detail) for e in seen] == [
        ("dinah", {"person": "L001", "export": False}),
        ("dinah", {"person": "L001", "export": True}),
    ]


def test_those_who_may_not_get_nothing(
    client: Client,
    history: Person,
    directory: dict[str, Person],
    elmbrook: Organisation,
    bob: User,
    dave: User,
    charlie: User,
    ivan: User,
) -> None:
    # bob manages S002 but not L001; as L001's tutor he would see him, yet not review logs.
    client.force_login(bob)
    assert client.get(URL).status_code == 404
    Person.objects.filter(pk=directory["L001"].pk).update(progress_tutor=directory["S001"])
    assert client.get(URL).status_code == 403
    assert client.get(URL + "chart.svg").status_code == 403
    client.force_login(dave)  # the student himself: no directory
    assert client.get(URL).status_code == 404
    client.force_login(charlie)  # another organisation
    assert client.get(URL).status_code == 404
    # A reviewer who may not see the person in the directory: "not found", never a name.
    client.force_login(ivan)
    assert client.get(URL).status_code == 404
    assert client.get(URL + "chart.svg").status_code == 404


def test_without_a_network_username_nothing_is_joined(
    client: Client, history: Person, dinah: User
) -> None:
    Person.objects.filter(pk=history.pk).update(network_username="")
    client.force_login(dinah)
    page = client.get(URL).content.decode()
    assert "No network username is recorded" in page
    assert "volcano diagram" not in page
