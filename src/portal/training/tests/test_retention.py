"""Acknowledgements and managers' confirmations under retention (WCUC-23: retention
limits; VTS-17's evidence): six years by default, each person's latest acknowledgement
kept whatever its age, a legal hold honoured, and the purge in the audit log."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from policyguard import RETENTION_DEFAULTS
from portal.audit.models import AuditEntry
from portal.compliance.actions import digest, pack_text, record_pack_version
from portal.conftest import NOW
from portal.organisations.models import Organisation
from portal.organisations.queries import access_to
from portal.retention.actions import place_legal_hold, purge_expired
from portal.testing import pack_text as bundled_text
from portal.training.actions import acknowledge_policy, confirm_team
from portal.training.models import Acknowledgement, TeamConfirmation
from portal.training.tests.conftest import next_version
from portal.types import User

pytestmark = pytest.mark.clause("WCUC-23", "VTS-17")
LONG_AGO = datetime(2019, 11, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


def _acknowledge_each_version(oakfield: Organisation, *users: User) -> None:
    record_pack_version(organisation=oakfield, acting_user=None)
    for user in users:
        acknowledge_policy(
            organisation=oakfield, digest=digest(pack_text(oakfield)[0]), acting_user=user
        )
    oakfield.pack_yaml = next_version()
    oakfield.save(update_fields=["pack_yaml"])
    record_pack_version(organisation=oakfield, acting_user=None)
    acknowledge_policy(
        organisation=oakfield, digest=digest(pack_text(oakfield)[0]), acting_user=users[0]
    )


def test_old_acknowledgements_go_but_each_persons_latest_stays(
    oakfield: Organisation, alice: User, bob: User, sian: User
) -> None:
    _acknowledge_each_version(oakfield, sian, bob)
    Acknowledgement.objects.update(acknowledged_at=LONG_AGO)
    confirm_team(
        access=access_to(bob, "oakfield"),
        version=oakfield.pack_versions.order_by("-id")[0],
        acting_user=bob,
    )
    TeamConfirmation.objects.update(confirmed_at=LONG_AGO)
    assert oakfield.pack().retention.period("acknowledgements").reason == (
        RETENTION_DEFAULTS["acknowledgements"].reason
    )

    results = {r.kind.key: r.outcome for r in purge_expired(organisation=oakfield, now=NOW)}
    assert results["acknowledgements"].deleted == 1  # Sian's first; her second is her latest
    left = sorted(Acknowledgement.objects.values_list("username", "version"))
    assert left == [("bob", "test.1"), ("sian", "test.2")]  # Bob's only one is his latest
    assert results["team_confirmations"].deleted == 1 and not TeamConfirmation.objects.exists()
    entry = AuditEntry.objects.get(verb="retention.purge", detail__kind="acknowledgements")
    assert entry.detail["deleted"] == 1 and entry.detail["period"] == "6 years (default)"
    # A second run has nothing more to do.
    again = {r.kind.key: r.outcome for r in purge_expired(organisation=oakfield, now=NOW)}
    assert again["acknowledgements"].expired == 0


def test_a_legal_hold_on_a_person_keeps_their_acknowledgements(
    oakfield: Organisation, alice: User, bob: User, sian: User
) -> None:
    _acknowledge_each_version(oakfield, sian, bob)
    Acknowledgement.objects.update(acknowledged_at=LONG_AGO)
    place_legal_hold(
        organisation=oakfield,
        kinds=["acknowledgements"],
        subject="SIAN",
        reason="Employment tribunal claim",
        acting_user=alice,
    )
    results = {r.kind.key: r.outcome for r in purge_expired(organisation=oakfield, now=NOW)}
    assert results["acknowledgements"].deleted == 0
    assert results["acknowledgements"].held == {"retention.legal_hold": 1}
    assert Acknowledgement.objects.filter(username="sian").count() == 2


def test_a_pack_sets_its_own_period(oakfield: Organisation, alice: User, sian: User) -> None:
    oakfield.pack_yaml = bundled_text("oakfield") + (
        "\nretention:\n  periods:\n    acknowledgements: {months: 120, reason: Ten years.}\n"
    )
    oakfield.save(update_fields=["pack_yaml"])
    period = oakfield.pack().retention.period("acknowledgements")
    assert (period.months, period.reason, period.default) == (120, "Ten years.", False)
