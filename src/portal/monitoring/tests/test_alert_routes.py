"""Alerts routed by audience (``web.search_terms.alert_routes``) on WCUC's own pack:
a learner's safeguarding concern goes to the Safeguarding Team, a staff account's to
the DSL (WCUC-04). Each route's holders are told of, list, open and read through the
API only their own route's alerts; whoever holds both roles sees both. The log review
shows alert searches only to a reader who holds every alert role.

- sam: Safeguarding Team; dora: DSL; lead: both (a DSL who leads the team).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.test import Client

from portal.monitoring.actions import ingest_records
from portal.monitoring.logfile import read_lines
from portal.monitoring.models import SafeguardingAlert
from portal.monitoring.tests.conftest import ALERT, _member, record
from portal.notifications.models import Notification
from portal.organisations.actions import create_organisation
from portal.organisations.models import Organisation
from portal.types import User

pytestmark = pytest.mark.clause("WCUC-04")

ALERTS = "/orgs/wcuc/monitoring/alerts/"
LEARNER = "s204411"
STAFF = "staff.jones"


@pytest.fixture
def wcuc(db: None) -> Organisation:
    return create_organisation(
        slug="wcuc", name="West Coast College", pack_slug="wcuc", acting_user=None
    )


@pytest.fixture
def sam(wcuc: Organisation) -> User:
    return _member(wcuc, "sam", ["staff", "safeguarding_team"])


@pytest.fixture
def dora(wcuc: Organisation) -> User:
    return _member(wcuc, "dora", ["staff", "dsl"])


@pytest.fixture
def lead(wcuc: Organisation) -> User:
    return _member(wcuc, "lead", ["staff", "dsl", "safeguarding_team"])


def _ingest_both(wcuc: Organisation) -> None:
    lines = [
        record(user=LEARNER, audience="learner", **ALERT),
        record(user=STAFF, audience="staff", device="staff_laptop", **ALERT),
    ]
    records, problems = read_lines(json.dumps(line) for line in lines)
    assert not problems
    ingest_records(organisation=wcuc, records=records, acting_user=None)


def test_each_alert_is_routed_by_audience_and_told_to_its_role_only(
    wcuc: Organisation,
    sam: User,
    dora: User,
    lead: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _ingest_both(wcuc)
    routed = dict(SafeguardingAlert.objects.values_list("user", "routed_role"))
    assert routed == {LEARNER: "safeguarding_team", STAFF: "dsl"}
    told = {
        (n.recipient.username, LEARNER in n.body, STAFF in n.body)
        for n in Notification.objects.filter(kind="monitoring.alert")
    }
    assert told == {
        ("sam", True, False),
        ("lead", True, False),
        ("dora", False, True),
        ("lead", False, True),
    }
    run_worker()
    mailed = sorted((m.to[0], LEARNER in m.body, STAFF in m.body) for m in mail.outbox)
    assert mailed == [
        ("dora@wcuc.test", False, True),
        ("lead@wcuc.test", False, True),
        ("lead@wcuc.test", True, False),
        ("sam@wcuc.test", True, False),
    ]


def test_each_route_lists_opens_and_reads_only_its_own_alerts(
    client: Client,
    wcuc: Organisation,
    sam: User,
    dora: User,
    lead: User,
    token_for: Callable[[User], dict[str, str]],
) -> None:
    _ingest_both(wcuc)
    learner_alert = SafeguardingAlert.objects.get(user=LEARNER)
    staff_alert = SafeguardingAlert.objects.get(user=STAFF)
    for user, mine, other in (
        (sam, learner_alert, staff_alert),
        (dora, staff_alert, learner_alert),
    ):
        client.force_login(user)
        page = client.get(ALERTS).content.decode()
        assert mine.user in page and other.user not in page, user.username
        assert client.get(f"{ALERTS}{mine.pk}/").status_code == 200
        assert client.get(f"{ALERTS}{other.pk}/").status_code == 404
        handled = client.post(
            f"{ALERTS}{other.pk}/handle/", {"status": "acknowledged", "note": "seen"}
        )
        assert handled.status_code == 404
        listed = client.get("/api/v1/orgs/wcuc/alerts", **token_for(user))  # type: ignore[arg-type]
        assert [a["user"] for a in listed.json()] == [mine.user]
    other_pk = learner_alert.pk
    assert SafeguardingAlert.objects.get(pk=other_pk).status == "open"  # nothing handled
    client.force_login(lead)
    page = client.get(ALERTS).content.decode()
    assert LEARNER in page and STAFF in page


def test_the_log_review_shows_alert_searches_only_to_whoever_holds_every_route(
    client: Client, wcuc: Organisation, sam: User, dora: User, lead: User
) -> None:
    _ingest_both(wcuc)
    review = "/orgs/wcuc/monitoring/review/"
    for user, sees in ((sam, False), (dora, False), (lead, True)):
        client.force_login(user)
        learners = {g.learner for g in client.get(review).context["groups"]}
        assert (STAFF in learners and LEARNER in learners) is sees, user.username
