"""A review request tells IT; its answer tells the requester who left an address; an
alert tells the alert role; nobody else."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.core import mail

from portal.monitoring.actions import decide_unblock, ingest_records, request_unblock
from portal.monitoring.logfile import read_lines
from portal.monitoring.models import SafeguardingAlert
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
    # One e-mail, from the same notification.
    assert [m.to for m in mail.outbox] == [["dinah@oakfield.test"]]


# Alert e-mail when the alert role cannot be e-mailed ----------------------------------


def _alert(
    oakfield: Organisation, capture: Any, run_worker: Callable[[], None], caplog: Any
) -> list[str]:
    """Ingest one alert, run the worker; the warnings logged about whom it reached."""
    records, _ = read_lines([json.dumps(record(**ALERT))])
    with caplog.at_level("WARNING", logger="portal.monitoring.actions"), capture(execute=True):
        ingest_records(organisation=oakfield, records=records, acting_user=None)
    run_worker()
    return [r.getMessage() for r in caplog.records if r.name == "portal.monitoring.actions"]


def _no_address(user: User) -> User:
    user.email = ""
    user.save(update_fields=["email"])
    return user


def test_a_holder_without_an_address_leaves_the_others_e_mailed_and_says_so(
    oakfield: Organisation,
    dinah: User,
    alice: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
    caplog: Any,
) -> None:
    from portal.monitoring.tests.conftest import _member

    _no_address(dinah)
    _member(oakfield, "della", ["staff", "dsl"])
    alice.email = "alice@oakfield.test"
    alice.save(update_fields=["email"])
    warnings = _alert(oakfield, django_capture_on_commit_callbacks, run_worker, caplog)
    assert [m.to for m in mail.outbox] == [["della@oakfield.test"]]  # not the administrator
    assert len(warnings) == 1 and "nobody holds" not in warnings[0]
    assert "dinah holds the dsl role but has no e-mail address" in warnings[0]
    assert "e-mailed the other holders (della)" in warnings[0]
    # dinah still finds it in her inbox.
    assert Notification.objects.filter(recipient=dinah, kind="monitoring.alert").exists()


def test_when_no_holder_has_an_address_the_administrators_are_e_mailed(
    oakfield: Organisation,
    dinah: User,
    alice: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
    caplog: Any,
) -> None:
    _no_address(dinah)
    alice.email = "alice@oakfield.test"
    alice.save(update_fields=["email"])
    warnings = _alert(oakfield, django_capture_on_commit_callbacks, run_worker, caplog)
    assert [m.to for m in mail.outbox] == [["alice@oakfield.test"]]
    assert "self_harm (high)" in mail.outbox[0].body and "kms" not in mail.outbox[0].body
    assert warnings == [
        f"safeguarding alerts [{SafeguardingAlert.objects.get().pk}] in oakfield: dinah holds "
        "the dsl role but has no e-mail address; e-mailed the administrators (alice)"
    ]
    told = Notification.objects.filter(kind="monitoring.alert")
    assert sorted(n.recipient.username for n in told) == ["alice", "dinah"]


def test_nobody_holding_the_role_and_nobody_with_an_address_are_told_apart(
    oakfield: Organisation,
    alice: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
    caplog: Any,
) -> None:
    warnings = _alert(oakfield, django_capture_on_commit_callbacks, run_worker, caplog)
    assert mail.outbox == []  # alice has no address
    assert len(warnings) == 1
    assert "nobody holds the dsl role" in warnings[0]
    assert "no administrator has an e-mail address either: nobody was e-mailed" in warnings[0]
    assert Notification.objects.filter(recipient=alice, kind="monitoring.alert").exists()


def test_an_alert_is_e_mailed_at_once_whatever_the_holders_e_mail_choice(
    oakfield: Organisation,
    dinah: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
    caplog: Any,
) -> None:
    from portal.notifications.actions import set_email_mode

    set_email_mode(user=dinah, mode="daily", acting_user=dinah)
    assert _alert(oakfield, django_capture_on_commit_callbacks, run_worker, caplog) == []
    assert [m.to for m in mail.outbox] == [["dinah@oakfield.test"]]
