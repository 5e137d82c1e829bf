"""Official accounts: approval by the pack's role, leavers, inactivity (3 months)."""

from __future__ import annotations

from typing import Any

import pytest

from policyguard import bundled_slugs, load_bundled
from policyguard.policy.evaluate import evaluate
from tests.policy.directory import lookups

AT = "2026-11-18T10:00:00+00:00"


def create(**fields: Any) -> dict[str, Any]:
    account = {
        "name": "Sports Academy",
        "platform": "instagram",
        "account_type": fields.pop("account_type", "departmental"),
        "owners": fields.pop("owners", ["teacher"]),
        "approval_document": fields.pop("approval_document", True),
    }
    return {
        "kind": "account_change",
        "at": AT,
        "change": "create",
        "account": account,
        "requested_by": "teacher",
        **fields,
    }


APPROVAL_CLAUSES = {
    "vts": ["VTS-03"],
    "learning-institute": ["LI-04", "LI-13"],
    "nclt": ["NCLT-19"],
    "wcuc": ["WCUC-07", "WCUC-19"],
    "qtsd": ["QTSD-05"],
}


@pytest.mark.parametrize(
    "slug",
    [pytest.param(s, marks=pytest.mark.clause(*c)) for s, c in APPROVAL_CLAUSES.items()],
)
def test_it_needs_the_packs_approver(slug: str) -> None:
    pack = load_bundled(slug)
    pending = evaluate(pack, create(), lookups())
    assert pending.outcome == "review", pending.explain()
    approver_roles = {a.role for a in pending.actions}
    assert approver_roles and approver_roles <= set(pack.roles)
    assert all(a.role_title == pack.roles[a.role].title for a in pending.actions)
    assert evaluate(pack, create(approved_by="approver"), lookups()).outcome == "allow"
    wrong = evaluate(pack, create(approved_by="manager"), lookups())
    assert wrong.outcome == "block", wrong.explain()


@pytest.mark.clause("WCUC-07")
def test_it_revokes_and_rotates_for_a_leaver() -> None:
    event = {
        "kind": "account_change",
        "at": AT,
        "change": "leaver",
        "person": "teacher",
        "accounts_with_access": [
            {"id": "ig-sport", "name": "Sport", "platform": "instagram"},
            {"id": "fb-main", "name": "Main", "platform": "facebook"},
        ],
    }
    decision = evaluate(load_bundled("wcuc"), event, lookups())
    assert decision.outcome == "review" and "WCUC-07" in decision.clauses
    codes = sorted(a.code for a in decision.actions)
    assert codes == ["revoke_access", "revoke_access", "rotate_credentials", "rotate_credentials"]
    assert {a.urgency for a in decision.actions} == {"immediately"}


@pytest.mark.clause("WCUC-07", "WCUC-19")
@pytest.mark.parametrize(
    ("last_activity", "outcome"),
    [
        ("2026-08-18T12:00:00+01:00", "review"),  # exactly three months before
        ("2026-08-19T12:00:00+01:00", "allow"),
    ],  # a day short of three months
)
def test_it_flags_an_account_inactive_for_three_months(last_activity: str, outcome: str) -> None:
    event = {
        "kind": "account_change",
        "at": AT,
        "change": "activity_check",
        "account": {"id": "x", "name": "Drama", "last_activity_at": last_activity},
    }
    decision = evaluate(load_bundled("wcuc"), event, lookups())
    assert decision.outcome == outcome, decision.explain()


@pytest.mark.clause("WCUC-19")
def test_it_wants_written_permission_for_a_departmental_account() -> None:
    pack = load_bundled("wcuc")
    unwritten = evaluate(pack, create(approved_by="approver", approval_document=False), lookups())
    assert unwritten.outcome == "review", unwritten.explain()
    assert "in writing" in unwritten.explain()
    # An official (College) account needs the approval, not a document.
    college = create(approved_by="approver", approval_document=False, account_type="official")
    assert evaluate(pack, college, lookups()).outcome == "allow"


@pytest.mark.clause("WCUC-19")
def test_it_asks_for_a_departmental_account_not_kept_up_to_be_closed() -> None:
    event = {
        "kind": "account_change",
        "at": AT,
        "change": "activity_check",
        "account": {
            "id": "drama",
            "name": "Drama",
            "account_type": "departmental",
            "last_activity_at": "2026-05-01T12:00:00+01:00",
        },
    }
    decision = evaluate(load_bundled("wcuc"), event, lookups())
    assert [a.code for a in decision.actions] == ["close_account"]
    assert decision.actions[0].role == "account_approver"
    official = {**event, "account": {**event["account"], "account_type": "official"}}
    assert [a.code for a in evaluate(load_bundled("wcuc"), official, lookups()).actions] == [
        "review_inactive_account"
    ]


@pytest.mark.clause("VTS-18")
def test_it_wants_every_vts_account_to_name_who_maintains_it() -> None:
    pack = load_bundled("vts")
    nobody = evaluate(pack, create(approved_by="approver", owners=[]), lookups())
    assert nobody.outcome == "review", nobody.explain()
    assert [a.role for a in nobody.actions] == ["office_manager"]
    assert "VTS-18" in nobody.clauses
    named = evaluate(pack, create(approved_by="approver"), lookups())
    assert named.outcome == "allow", named.explain()


@pytest.mark.clause("VTS-18")
def test_it_has_the_office_manager_remove_a_vts_leaver() -> None:
    event = {
        "kind": "account_change",
        "at": AT,
        "change": "leaver",
        "person": "teacher",
        "accounts_with_access": [{"id": "fb", "name": "VTS", "platform": "facebook"}],
    }
    decision = evaluate(load_bundled("vts"), event, lookups())
    assert {a.role for a in decision.actions} == {"office_manager"}
    assert sorted(a.code for a in decision.actions) == ["revoke_access", "rotate_credentials"]


def test_every_bundled_pack_is_here() -> None:
    assert bundled_slugs() == ["learning-institute", "nclt", "qtsd", "vts", "wcuc"]
