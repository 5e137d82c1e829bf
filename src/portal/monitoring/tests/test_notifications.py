"""A review request tells IT; its answer tells the requester who left an address; an
alert tells the alert role; nobody else."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.core import mail

from portal.monitoring.actions import decide_unblock, ingest_records, request_unblock
from portal.monitoring.records import read_lines
from portal.monitoring.tests.conftest import ALERT, record
from portal.notifications.models import Notification
from portal.organisations.models import Organisation
from portal.types import User


def _request(oakfield: Organisation, email: str = "") -> Any:
    return request_unblock(
        organisation=oakfield,
        url="https://example.org/lesson",
        category="games",
        entry="example.org",
        reason="rule",
        clauses=[],
        message="Needed for a lesson",
        requester_email=email,
        requester_ip="10.0.0.5",
        acting_user=None,
    )


def test_a_review_request_goes_to_it_only(
    oakfield: Organisation,
    ivan: User,
    dinah: User,
    olive: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        _request(oakfield)
    told = Notification.objects.filter(kind="monitoring.unblock.request")
    assert [n.recipient for n in told] == [ivan]
    assert told[0].link == "/orgs/oakfield/monitoring/requests/"
    run_worker()
    assert [m.to for m in mail.outbox] == [["ivan@oakfield.test"]]


def test_the_answer_goes_to_the_requesters_address(
    oakfield: Organisation,
    ivan: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    request = _request(oakfield, email="learner@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        decide_unblock(
            request=request, approve=False, note="Use the library copy.", acting_user=ivan
        )
    run_worker()
    assert [m.to for m in mail.outbox] == [["learner@example.org"]]
    assert "refused" in mail.outbox[0].subject
    assert "Use the library copy." in mail.outbox[0].body


def test_no_answer_is_sent_without_an_address(
    oakfield: Organisation,
    ivan: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    request = _request(oakfield)
    with django_capture_on_commit_callbacks(execute=True):
        decide_unblock(request=request, approve=True, note="", acting_user=ivan)
    run_worker()
    assert mail.outbox == []


def test_an_alert_reaches_the_alert_roles_inbox_only(
    oakfield: Organisation,
    dinah: User,
    ivan: User,
    olive: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    records, _ = read_lines([json.dumps(record(**ALERT))])
    with django_capture_on_commit_callbacks(execute=True):
        ingest_records(organisation=oakfield, records=records, acting_user=None)
    told = Notification.objects.filter(kind="monitoring.alert")
    assert [n.recipient for n in told] == [dinah]
    assert "kms" not in told[0].title + told[0].body  # the words stay behind the sign-in
    run_worker()
    # One e-mail: the alert mail itself; the inbox entry sends none of its own.
    assert [m.to for m in mail.outbox] == [["dinah@oakfield.test"]]
