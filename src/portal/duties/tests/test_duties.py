"""A decision's actions become duties with an owner, a due time, a status and escalation.

Users (``portal/conftest.py``): bob is S001, line manager of S002 (sian, added here);
dinah holds Oakfield's DSL role; alice administers Oakfield; dave is a student.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core import mail

from policyguard import RelationKind
from portal.audit.models import AuditEntry
from portal.conftest import NOW
from portal.decisions.actions import decide_event
from portal.duties.actions import escalate_overdue, open_duty, set_duty_status
from portal.duties.models import Duty, DutyStatus
from portal.errors import Rejected
from portal.notifications.models import Notification
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.people.actions import add_relation
from portal.people.models import Person
from portal.testing.auth import SecondFactorClient
from portal.types import User

FAMILY_CONTACT = {
    "kind": "connection",
    "at": "2026-11-21T10:00:00+00:00",
    "actor": "S002",
    "target": "L001",
    "action": "friend_request",
    "platform": "facebook",
}


@pytest.fixture
def dinah(oakfield: Organisation) -> User:
    user = User.objects.create_user("dinah", email="dinah@oakfield.test")
    set_membership(organisation=oakfield, user=user, roles=["staff", "dsl"], acting_user=None)
    return user


@pytest.fixture
def family(directory: dict[str, Person]) -> None:
    add_relation(
        person=directory["S002"],
        kind=RelationKind.FAMILY_OF,
        other=directory["L001"],
        acting_user=None,
    )


def test_a_duty_naming_a_person_goes_to_that_person_only(
    oakfield: Organisation,
    bob: User,
    alice: User,
    dinah: User,
    family: None,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    bob.email = "bob@oakfield.test"
    bob.save(update_fields=["email"])
    with django_capture_on_commit_callbacks(execute=True):
        record, _ = decide_event(organisation=oakfield, event=FAMILY_CONTACT, acting_user=None)
    duty = Duty.objects.get()
    assert (duty.owner_user, duty.role, duty.code) == (
        bob,
        "line_manager",
        "disclose_family_contact",
    )
    assert duty.due_at == NOW + timedelta(hours=1)  # "immediately": within the hour
    assert duty.decision == record and duty.status == DutyStatus.OPEN
    assert [n.recipient for n in Notification.objects.all()] == [bob]
    run_worker()
    assert [m.to for m in mail.outbox] == [["bob@oakfield.test"]]
    assert f"/orgs/oakfield/duties/{duty.pk}/" in mail.outbox[0].body


def test_a_duty_for_a_role_goes_to_its_holders(
    oakfield: Organisation,
    bob: User,
    dinah: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        duty = open_duty(
            organisation=oakfield, title="Review a concern", role="dsl", acting_user=None
        )
    assert (duty.owner_user, duty.role, duty.for_administrators) == (None, "dsl", False)
    assert [n.recipient for n in Notification.objects.all()] == [dinah]


def test_a_duty_only_the_owner_and_administrators_see(
    oakfield: Organisation, bob: User, alice: User, dave: User, dinah: User, family: None
) -> None:
    decide_event(organisation=oakfield, event=FAMILY_CONTACT, acting_user=None)
    duty = Duty.objects.get()
    client = SecondFactorClient()
    for user, status in ((bob, 200), (alice, 200), (dave, 404), (dinah, 404)):
        client.force_login(user)
        assert client.get(f"/orgs/oakfield/duties/{duty.pk}/").status_code == status, user


def test_the_owner_moves_it_through_its_statuses_with_an_audit_row_each(
    oakfield: Organisation, bob: User, family: None
) -> None:
    decide_event(organisation=oakfield, event=FAMILY_CONTACT, acting_user=None)
    duty = Duty.objects.get()
    client = SecondFactorClient()
    client.force_login(bob)
    url = f"/orgs/oakfield/duties/{duty.pk}/status/"
    client.post(url, {"status": "in_progress", "note": "Talking to HR"})
    client.post(url, {"status": "done", "note": "Disclosed on the form"})
    duty.refresh_from_db()
    assert (duty.status, duty.note, duty.closed_by) == ("done", "Disclosed on the form", bob)
    verbs = list(
        AuditEntry.objects.filter(object_id=str(duty.pk), verb__startswith="duties.")
        .order_by("id")
        .values_list("verb", flat=True)
    )
    assert verbs == ["duties.open", "duties.status", "duties.status"]
    page = client.get(f"/orgs/oakfield/duties/{duty.pk}/").content.decode()
    assert "Talking to HR" in page and "Disclosed on the form" in page


def test_not_needed_needs_a_note(oakfield: Organisation, bob: User, family: None) -> None:
    decide_event(organisation=oakfield, event=FAMILY_CONTACT, acting_user=None)
    with pytest.raises(Rejected, match="note"):
        set_duty_status(duty=Duty.objects.get(), status="not_needed", acting_user=bob)


def test_overdue_duties_escalate_once_to_the_line_manager(
    oakfield: Organisation,
    bob: User,
    directory: dict[str, Person],
    django_capture_on_commit_callbacks: Any,
) -> None:
    sian = User.objects.create_user("sian")
    set_membership(organisation=oakfield, user=sian, roles=["staff"], acting_user=None)
    directory["S002"].user = sian
    directory["S002"].save(update_fields=["user"])
    duty = open_duty(
        organisation=oakfield,
        title="Check the account",
        role="staff",
        person_external_id="S002",
        urgency="soon",
        acting_user=None,
    )
    assert duty.owner_user == sian
    assert escalate_overdue(now=NOW + timedelta(hours=23)) == 0  # not due yet
    with django_capture_on_commit_callbacks(execute=True):
        assert escalate_overdue(now=NOW + timedelta(days=2)) == 1
        assert escalate_overdue(now=NOW + timedelta(days=3)) == 0
    duty.refresh_from_db()
    assert duty.escalated_to == bob  # Sian's line manager
    told = Notification.objects.filter(kind__in=["duty.escalated", "duty.overdue"])
    assert sorted((n.kind, n.recipient.username) for n in told) == [
        ("duty.escalated", "bob"),
        ("duty.overdue", "sian"),
    ]
    client = SecondFactorClient()
    client.force_login(bob)
    assert client.get(f"/orgs/oakfield/duties/{duty.pk}/").status_code == 200


def test_without_a_line_manager_it_escalates_to_the_administrators(
    oakfield: Organisation, alice: User, dinah: User, django_capture_on_commit_callbacks: Any
) -> None:
    duty = open_duty(
        organisation=oakfield,
        title="Review the concern",
        role="dsl",
        urgency="immediately",
        acting_user=None,
    )
    with django_capture_on_commit_callbacks(execute=True):
        escalate_overdue(now=NOW + timedelta(hours=2))
    duty.refresh_from_db()
    assert duty.escalated_at is not None and duty.escalated_to is None
    assert Notification.objects.get(kind="duty.escalated").recipient == alice


def test_a_workflow_opens_one_duty_per_source_key(oakfield: Organisation, dinah: User) -> None:
    first = open_duty(
        organisation=oakfield, title="x", role="dsl", source_key="test:1", acting_user=None
    )
    again = open_duty(
        organisation=oakfield, title="x", role="dsl", source_key="test:1", acting_user=None
    )
    assert first.pk == again.pk and Duty.objects.count() == 1


def test_a_relative_role_with_no_known_holder_is_for_administrators(
    oakfield: Organisation, alice: User, bob: User, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        duty = open_duty(
            organisation=oakfield,
            title="Tell the line manager",
            role="line_manager",
            acting_user=None,
        )
    assert duty.for_administrators
    assert [n.recipient for n in Notification.objects.all()] == [alice]
    client = SecondFactorClient()
    client.force_login(bob)
    assert client.get(f"/orgs/oakfield/duties/{duty.pk}/").status_code == 404
