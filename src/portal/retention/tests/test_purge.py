"""The purge deletes or anonymises what is past its period, keeps what a hold keeps, and
writes what it did to the audit log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import yaml

from portal.audit.models import AuditEntry
from portal.conftest import NOW
from portal.monitoring.models import SafeguardingAlert, WebLogEntry
from portal.organisations.models import Organisation
from portal.retention.actions import place_legal_hold, purge_expired, release_legal_hold
from portal.retention.registry import RecordKind, registered_kinds
from portal.retention.tests.conftest import WebLog, remaining
from portal.testing import pack_text
from portal.types import User


def _purge(organisation: Organisation) -> dict[str, object]:
    results = purge_expired(organisation=organisation, now=NOW)
    return {r.kind.key: r.outcome for r in results}


def test_it_deletes_web_logs_past_a_year_and_keeps_the_rest(
    oakfield: Organisation, web_log: WebLog
) -> None:
    old, recent = web_log(400), web_log(300)
    outcomes = _purge(oakfield)
    assert remaining(WebLogEntry) == {recent.pk}
    assert outcomes["web_logs"].deleted == 1  # type: ignore[attr-defined]
    entry = AuditEntry.objects.get(verb="retention.purge", detail__kind="web_logs")
    assert entry.organisation == oakfield and entry.actor is None
    assert entry.detail["deleted"] == 1 and entry.detail["period"] == "1 year (default)"
    assert entry.detail["cutoff"].startswith("2025-11-21")
    # Idempotent: nothing more to do, and no second audit row.
    assert _purge(oakfield)["web_logs"].expired == 0  # type: ignore[attr-defined]
    assert AuditEntry.objects.filter(verb="retention.purge").count() == 1
    assert old.pk not in remaining(WebLogEntry)


def test_a_legal_hold_keeps_its_records_until_released(
    oakfield: Organisation, web_log: WebLog, alice: User
) -> None:
    held = web_log(500, user="s777")
    other = web_log(500, user="s123")
    hold = place_legal_hold(
        organisation=oakfield,
        kinds=["web_logs"],
        subject="S777",
        records_from=date(2025, 1, 1),
        records_to=date(2025, 12, 31),
        reason="Police request about one learner's browsing.",
        acting_user=alice,
    )
    outcome = _purge(oakfield)["web_logs"]
    assert remaining(WebLogEntry) == {held.pk}
    assert outcome.held == {"retention.legal_hold": 1}  # type: ignore[attr-defined]
    audit = AuditEntry.objects.get(verb="retention.purge", detail__kind="web_logs")
    assert audit.detail["held"] == {"retention.legal_hold": 1}
    assert other.pk not in remaining(WebLogEntry)
    release_legal_hold(hold=hold, note="The request is closed.", acting_user=alice)
    _purge(oakfield)
    assert remaining(WebLogEntry) == set()
    verbs = list(AuditEntry.objects.filter(verb__startswith="retention.hold").values_list("verb"))
    assert verbs == [("retention.hold.release",), ("retention.hold.place",)]


def test_a_hold_outside_its_window_keeps_nothing(
    oakfield: Organisation, web_log: WebLog, alice: User
) -> None:
    web_log(500, user="s777")  # 2025-07-09
    place_legal_hold(
        organisation=oakfield,
        kinds=[],
        records_from=date(2025, 9, 1),
        reason="Only the autumn term.",
        acting_user=alice,
    )
    _purge(oakfield)
    assert remaining(WebLogEntry) == set()


def test_alerts_keep_their_evidence_and_open_alerts_are_never_purged(
    oakfield: Organisation, web_log: WebLog
) -> None:
    open_alert = web_log(1000, alert="open")
    young_closed = web_log(500, alert="closed")  # past the log's year, not the alert's two
    old_closed = web_log(800, alert="closed")
    outcomes = _purge(oakfield)
    assert remaining(WebLogEntry) == {open_alert.pk, young_closed.pk}
    # Web logs are purged first: all three were then held by their alerts.
    assert outcomes["web_logs"].held == {"monitoring.alert_evidence": 3}  # type: ignore[attr-defined]
    assert outcomes["alerts"].deleted == 1  # type: ignore[attr-defined]
    assert not SafeguardingAlert.objects.filter(log_entry_id=old_closed.pk).exists()


def test_a_pack_may_anonymise_instead_of_deleting(db: None, alice: User) -> None:
    pack = yaml.safe_load(pack_text("oakfield"))
    pack["retention"] = {"periods": {"web_logs": {"days": 30, "action": "anonymise"}}}
    oakfield = Organisation.objects.get(slug="oakfield")
    oakfield.pack_yaml = yaml.safe_dump(pack, sort_keys=False)
    oakfield.save(update_fields=["pack_yaml"])
    entry = WebLogEntry.objects.create(
        organisation=oakfield,
        content_hash="x",
        at=NOW - timedelta(days=31),
        user="s123",
        client_ip="10.1.1.1",
        device_id="pc1",
        url="https://example.org/",
        outcome="allow",
        search_term="secret",
    )
    outcome = _purge(oakfield)["web_logs"]
    entry.refresh_from_db()
    assert (entry.user, entry.client_ip, entry.device_id, entry.search_term) == ("", "", "", "")
    assert entry.url == "https://example.org/"
    assert outcome.anonymised == 1  # type: ignore[attr-defined]
    # Anonymised once: the next run leaves it alone.
    assert _purge(oakfield)["web_logs"].expired == 0  # type: ignore[attr-defined]


def test_a_record_another_still_protects_is_kept_and_counted(
    oakfield: Organisation, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Official accounts are PROTECTed by their posts: a kind made of them shows the purge
    # keeps (and counts) what it may not delete, and deletes the rest.
    from portal.moderation.models import Post
    from portal.officialaccounts.models import OfficialAccount
    from portal.retention import registry

    old = NOW - timedelta(days=800)
    used = OfficialAccount.objects.create(
        organisation=oakfield, name="@used", platform="x", created_at=old
    )
    unused = OfficialAccount.objects.create(
        organisation=oakfield, name="@unused", platform="x", created_at=old
    )
    Post.objects.create(
        organisation=oakfield, account=used, direction="outgoing", text="hi", status="approved",
        outcome="allow",
    )  # fmt: skip
    kind = RecordKind(
        key="decisions",
        records=lambda organisation: OfficialAccount.objects.filter(organisation=organisation),
        moment="created_at",
    )
    monkeypatch.setitem(registry._KINDS, "decisions", kind)
    outcome = _purge(oakfield)["decisions"]
    assert (outcome.deleted, outcome.referenced) == (1, 1)  # type: ignore[attr-defined]
    assert set(OfficialAccount.objects.values_list("name", flat=True)) == {"@used"}
    assert unused.pk not in remaining(OfficialAccount)


def test_every_kind_the_issue_names_is_registered() -> None:
    keys = {kind.key for kind in registered_kinds()}
    assert keys >= {"web_logs", "alerts", "cases", "drafts", "consents", "audit", "decisions"}
    assert keys >= {"training_records", "device_checks"}
    assert keys >= {"acknowledgements", "team_confirmations", "policy_reviews"}
    assert keys >= {"impact_assessments", "filtering_reviews", "filter_check_runs"}
    # Every kind with a default period is kept by some app: none is documented and idle.
    from policyguard import RETENTION_DEFAULTS

    assert keys == set(RETENTION_DEFAULTS)
