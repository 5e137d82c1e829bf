"""Acknowledging the policy (VTS-17, WCUC-03): each version is recorded with what changed;
a member acknowledges the version they read; a new version asks again only those whose
duties changed; managers see who in their team has not acknowledged, and confirm; the
schedule reminds those still to do it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from django.test import Client

from portal.compliance.actions import digest, pack_text, publish_pack, record_pack_version
from portal.compliance.models import PackVersion
from portal.conftest import NOW
from portal.errors import NotAllowedNow
from portal.notifications.models import Notification
from portal.organisations.models import Organisation
from portal.organisations.queries import access_or_404
from portal.training.acknowledging import state_of
from portal.training.actions import acknowledge_policy, confirm_team
from portal.training.jobs import acknowledgement_reminders
from portal.training.models import Acknowledgement, TeamConfirmation
from portal.training.queries import team_acknowledgements
from portal.training.tests.conftest import NEW_OAK_01, next_version
from portal.types import User

pytestmark = pytest.mark.clause("VTS-17", "WCUC-03")


def _ack(organisation: Organisation, user: User) -> Acknowledgement:
    text, _ = pack_text(organisation)
    return acknowledge_policy(organisation=organisation, digest=digest(text), acting_user=user)


def test_the_first_version_asks_everyone_and_a_click_records_it(
    oakfield: Organisation, bob: User, dave: User
) -> None:
    first = record_pack_version(organisation=oakfield, acting_user=None)
    assert first.version == "test.1" and first.previous is None
    assert first.asks_again == ["staff", "student"]
    assert state_of(bob, oakfield).pending and state_of(dave, oakfield).pending

    ack = _ack(oakfield, bob)
    assert ack.version == "test.1" and ack.acknowledged_at == NOW
    assert not state_of(bob, oakfield).pending
    assert state_of(dave, oakfield).pending
    assert _ack(oakfield, bob).pk == ack.pk  # a double click records it once


def test_a_page_drawn_before_a_change_acknowledges_nothing(
    oakfield: Organisation, bob: User
) -> None:
    old = digest(pack_text(oakfield)[0])
    publish_pack(organisation=oakfield, text=next_version(), acting_user=None)
    with pytest.raises(NotAllowedNow):
        acknowledge_policy(organisation=oakfield, digest=old, acting_user=bob)
    assert not Acknowledgement.objects.exists()


def test_a_new_version_asks_again_only_where_something_people_do_changed(
    oakfield: Organisation, bob: User, dave: User
) -> None:
    record_pack_version(organisation=oakfield, acting_user=None)
    _ack(oakfield, bob)
    _ack(oakfield, dave)
    # Who approves the policy is a record of the policy: nobody must do anything new.
    record_only = pack_text(oakfield)[0].replace('version: "test.1"', 'version: "test.1a"')
    record_only = record_only.replace("approved_by: the Board", "approved_by: the Governors")
    quiet = publish_pack(organisation=oakfield, text=record_only, acting_user=None)
    assert quiet.asks_again == [] and quiet.changes
    assert not state_of(bob, oakfield).pending and not state_of(dave, oakfield).pending

    # The contact rule binds everyone at Oakfield (it names no actors): all are asked.
    second = publish_pack(organisation=oakfield, text=next_version(), acting_user=None)
    assert second.previous == quiet
    assert second.asks_again == ["staff", "student"]
    [change] = [c for c in second.changes if c["area"] == "clause"]
    assert change["key"] == "OAK-01" and NEW_OAK_01 in change["summary"]
    assert state_of(bob, oakfield).pending and state_of(bob, oakfield).version == second
    _ack(oakfield, bob)
    assert not state_of(bob, oakfield).pending and state_of(dave, oakfield).pending


def test_the_policy_page_shows_what_changed_for_the_reader(
    client: Client, oakfield: Organisation, bob: User
) -> None:
    client.force_login(bob)
    page = client.get("/orgs/oakfield/policy/").content.decode()
    assert "Please read this version and acknowledge it" in page
    assert "Oakfield social media policy" in page and "OAK-05" in page
    client.post("/orgs/oakfield/policy/", {"digest": digest(pack_text(oakfield)[0])})
    assert (
        "You acknowledged version test.1" in client.get("/orgs/oakfield/policy/").content.decode()
    )

    publish_pack(organisation=oakfield, text=next_version(), acting_user=None)
    page = client.get("/orgs/oakfield/policy/").content.decode()
    assert "What changed for you since you last acknowledged it" in page
    assert NEW_OAK_01 in page


def test_a_manager_sees_who_has_not_acknowledged_and_confirms(
    client: Client, oakfield: Organisation, bob: User, sian: User, dave: User
) -> None:
    record_pack_version(organisation=oakfield, acting_user=None)
    access = access_or_404(bob, "oakfield")
    [line] = team_acknowledgements(bob, access)
    assert line.name == "Sian Cole" and line.pending

    client.force_login(bob)
    page = client.get("/orgs/oakfield/policy/team/").content.decode()
    assert "1 of 1" in page and "not yet" in page
    _ack(oakfield, sian)
    page = client.get("/orgs/oakfield/policy/team/").content.decode()
    assert "Everyone in your team has acknowledged it" in page

    client.post("/orgs/oakfield/policy/team/", {"note": "Went over it at the team meeting."})
    confirmation = TeamConfirmation.objects.get()
    assert (confirmation.manager, confirmation.team_size, confirmation.acknowledged) == (bob, 1, 1)
    assert confirmation.pack_version.version == "test.1"

    # Nobody reports to Dave: there is no team page for him, and no confirming.
    client.force_login(dave)
    assert client.get("/orgs/oakfield/policy/team/").status_code == 403
    with pytest.raises(NotAllowedNow):
        confirm_team(
            access=access_or_404(dave, "oakfield"),
            version=PackVersion.objects.get(),
            acting_user=dave,
        )


def test_only_administrators_and_training_managers_see_everyones_acknowledgements(
    client: Client, oakfield: Organisation, alice: User, bob: User, dave: User
) -> None:
    record_pack_version(organisation=oakfield, acting_user=None)
    _ack(oakfield, bob)
    client.force_login(dave)
    assert client.get("/orgs/oakfield/policy/acknowledgements/").status_code == 403
    client.force_login(bob)
    assert client.get("/orgs/oakfield/policy/acknowledgements/").status_code == 403
    client.force_login(alice)
    page = client.get("/orgs/oakfield/policy/acknowledgements/").content.decode()
    assert "1 of 3 people asked" in page
    assert "dave" in page and "alice" in page


def test_the_schedule_reminds_each_member_still_to_acknowledge_once_a_round(
    oakfield: Organisation,
    alice: User,
    bob: User,
    dave: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    record_pack_version(organisation=oakfield, acting_user=None)
    _ack(oakfield, bob)

    def remind(at: datetime) -> str:
        with django_capture_on_commit_callbacks(execute=True):
            return acknowledgement_reminders(now=at)

    assert remind(NOW) == "2 reminder(s)"
    notes = Notification.objects.filter(kind="training.acknowledge")
    assert set(notes.values_list("recipient__username", flat=True)) == {"alice", "dave"}
    assert set(notes.values_list("link", flat=True)) == {"/orgs/oakfield/policy/"}
    remind(NOW + timedelta(hours=1))  # the same round: nobody is told twice
    assert notes.count() == 2
    assert remind(NOW + timedelta(days=7)) == "2 reminder(s)"  # the pack's next round
    assert notes.count() == 4
