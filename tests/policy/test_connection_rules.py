"""Every pack's contact rules, table-driven, with the boundary days.

Each row: pack, event fields, expected outcome, clause IDs the deciding finding cites.
"""

from __future__ import annotations

from typing import Any

import pytest

from policyguard import load_bundled
from policyguard.policy.evaluate import evaluate
from tests.policy.directory import lookups

WEEKDAY = "2026-11-18T10:00:00+00:00"  # a Wednesday in term


def connection(
    actor: str,
    target: str,
    action: str,
    platform: str = "facebook",
    at: str = WEEKDAY,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "kind": "connection",
        "at": at,
        "actor": actor,
        "target": target,
        "action": action,
        "platform": platform,
        **extra,
    }


ROWS: list[tuple[str, str, dict[str, Any], str, set[str]]] = [
    # VTS-04: no friending current students; nothing said of messages or former students.
    (
        "vts",
        "accepting a current student",
        connection("teacher", "student", "accept_request"),
        "block",
        {"VTS-04"},
    ),
    (
        "vts",
        "leaving date still in the future",
        connection("teacher", "minor", "friend_request"),
        "block",
        {"VTS-04"},
    ),
    (
        "vts",
        "a message is not friending",
        connection("teacher", "student", "message"),
        "allow",
        set(),
    ),
    (
        "vts",
        "former students are not covered",
        connection("teacher", "left_2024", "friend_request"),
        "allow",
        set(),
    ),
    (
        "vts",
        "the official page is not the staff member's profile",
        connection("teacher", "student", "accept_request", account_type="official"),
        "allow",
        {"VTS-04"},
    ),
    (
        "vts",
        "a professional profile is the staff member's own",
        connection("teacher", "student", "accept_request", "linkedin", account_type="professional"),
        "block",
        {"VTS-04"},
    ),
    # LI-06: applicants, current and former students, unless a clear reason such as family.
    (
        "learning-institute",
        "messaging an applicant",
        connection("teacher", "applicant", "message"),
        "block",
        {"LI-06"},
    ),
    (
        "learning-institute",
        "former student of long ago",
        connection("teacher", "left_long_ago", "follow"),
        "block",
        {"LI-06"},
    ),
    (
        "learning-institute",
        "family is a clear reason",
        connection("teacher", "nephew", "friend_request"),
        "allow",
        {"LI-06"},
    ),
    (
        "learning-institute",
        "a stated reason needs checking",
        connection("teacher", "student", "friend_request", stated_reason="family friend"),
        "review",
        {"LI-06"},
    ),
    (
        "learning-institute",
        "a learner group approved for the Institute",
        connection("teacher", "applicant", "message", account_type="group"),
        "allow",
        {"LI-06"},
    ),
    (
        "learning-institute",
        "parents are not covered",
        connection("teacher", "parent", "follow"),
        "allow",
        set(),
    ),
    # NCLT-15: students, and former students until 2 years after leaving (left 2024-11-20).
    (
        "nclt",
        "the day before the 2-year window ends",
        connection("teacher", "left_2024", "friend_request", at="2026-11-19T12:00:00+00:00"),
        "block",
        {"NCLT-15"},
    ),
    (
        "nclt",
        "the day the 2-year window ends",
        connection("teacher", "left_2024", "friend_request", at="2026-11-20T12:00:00+00:00"),
        "allow",
        set(),
    ),
    (
        "nclt",
        "the Trust's official page follows a student",
        connection("teacher", "student", "follow", account_type="official"),
        "allow",
        {"NCLT-15"},
    ),
    (
        "nclt",
        "immediate family, disclosed",
        connection("teacher", "nephew", "friend_request"),
        "allow",
        {"NCLT-15"},
    ),
    # NCLT-19: messages to students only through the approved channel.
    (
        "nclt",
        "WhatsApp to a student",
        connection("teacher", "student", "message", "whatsapp"),
        "block",
        {"NCLT-19"},
    ),
    (
        "nclt",
        "Teams to a student",
        connection("teacher", "student", "message", "teams"),
        "allow",
        {"NCLT-19"},
    ),
    # NCLT-17: students do not contact staff, except a departmental academic account.
    (
        "nclt",
        "student friends a teacher",
        connection("student", "teacher", "friend_request"),
        "block",
        {"NCLT-17"},
    ),
    (
        "nclt",
        "student befriends a departmental account made for academic purposes",
        connection(
            "student",
            "teacher",
            "friend_request",
            target_account_type="departmental",
            target_account_purpose="academic",
        ),
        "allow",
        {"NCLT-17"},
    ),
    (
        "nclt",
        "student befriends a departmental account made to promote the department",
        connection(
            "student",
            "teacher",
            "friend_request",
            target_account_type="departmental",
            target_account_purpose="promotional",
        ),
        "block",
        {"NCLT-17"},
    ),
    (
        "nclt",
        "student befriends a departmental account of unstated purpose",
        connection("student", "teacher", "friend_request", target_account_type="departmental"),
        "block",
        {"NCLT-17"},
    ),
    (
        "nclt",
        "student follows the Trust's official page a teacher runs",
        connection("student", "teacher", "follow", target_account_type="official"),
        "allow",
        {"NCLT-17"},
    ),
    (
        "nclt",
        "student messages a teacher on Teams",
        connection("student", "teacher", "message", "teams"),
        "allow",
        {"NCLT-17"},
    ),
    # WCUC-21/22/20/10.
    (
        "wcuc",
        "friending a current student",
        connection("teacher", "student", "friend_request"),
        "block",
        {"WCUC-21"},
    ),
    (
        "wcuc",
        "friending a student on LinkedIn",
        connection("teacher", "student", "friend_request", "linkedin", account_type="professional"),
        "block",
        {"WCUC-21"},
    ),
    (
        "wcuc",
        "the departmental account follows a student",
        connection("teacher", "student", "follow", account_type="departmental"),
        "allow",
        {"WCUC-21"},
    ),
    (
        "wcuc",
        "no contact once studies end",
        connection("teacher", "left_long_ago", "message"),
        "block",
        {"WCUC-22"},
    ),
    (
        "wcuc",
        "not even from the College's account",
        connection("teacher", "left_long_ago", "message", account_type="official"),
        "block",
        {"WCUC-22"},
    ),
    (
        "wcuc",
        "College business with a parent from a personal account",
        connection("teacher", "parent", "message", business=True),
        "block",
        {"WCUC-10"},
    ),
    (
        "wcuc",
        "a message to a parent that does not say what it is about",
        connection("teacher", "parent", "message"),
        "review",
        {"WCUC-10"},
    ),
    (
        "wcuc",
        "a private message to a parent, not about the College",
        connection("teacher", "parent", "message", business=False),
        "allow",
        {"WCUC-10"},
    ),
    (
        "wcuc",
        "College business with a parent on a College platform",
        connection("teacher", "parent", "message", "teams", business=True),
        "allow",
        {"WCUC-10"},
    ),
    (
        "wcuc",
        "befriending a parent is not communication about College business",
        connection("teacher", "parent", "friend_request"),
        "allow",
        set(),
    ),
    (
        "wcuc",
        "parent from the official account",
        connection("teacher", "parent", "message", account_type="official", business=True),
        "allow",
        {"WCUC-10"},
    ),
    (
        "wcuc",
        "student on a College platform",
        connection("teacher", "student", "message", "teams"),
        "allow",
        {"WCUC-20"},
    ),
    (
        "wcuc",
        "student on WhatsApp",
        connection("teacher", "student", "message", "whatsapp"),
        "block",
        {"WCUC-20"},
    ),
    (
        "wcuc",
        "agreed by the Vice Principal",
        connection("teacher", "student", "message", "whatsapp", manager_agreed=True),
        "allow",
        {"WCUC-20"},
    ),
    # QTSD-10: students, ex-students under 18 (left_minor is 17 until 2027-03-15), parents.
    (
        "qtsd",
        "inviting a current student",
        connection("teacher", "student", "invite"),
        "block",
        {"QTSD-10"},
    ),
    (
        "qtsd",
        "ex-student aged 17",
        connection("teacher", "left_minor", "accept_request"),
        "block",
        {"QTSD-10"},
    ),
    (
        "qtsd",
        "ex-student on the 18th birthday",
        connection("teacher", "left_minor", "accept_request", at="2027-03-15T09:00:00+00:00"),
        "allow",
        set(),
    ),
    (
        "qtsd",
        "QTSD's own account is not a personal one",
        connection("teacher", "student", "invite", account_type="official"),
        "allow",
        {"QTSD-10"},
    ),
    (
        "qtsd",
        "a professional profile is a personal account",
        connection("teacher", "student", "invite", "linkedin", account_type="professional"),
        "block",
        {"QTSD-10"},
    ),
    (
        "qtsd",
        "accepting a parent",
        connection("teacher", "parent", "accept_request"),
        "block",
        {"QTSD-10"},
    ),
    (
        "qtsd",
        "assessor messages a student from a personal site",
        connection("assessor", "student", "message"),
        "block",
        {"QTSD-09"},
    ),
    (
        "qtsd",
        "assessor messages a student from QTSD's account",
        connection("assessor", "student", "message", account_type="official"),
        "allow",
        {"QTSD-09"},
    ),
    (
        "qtsd",
        "agreed with a manager for teaching",
        connection("assessor", "student", "message", manager_agreed=True),
        "allow",
        {"QTSD-09"},
    ),
]


# A row whose deciding finding cites clauses shows those clauses (the table's marker).
PARAMS = [
    pytest.param(*row, id=f"{row[0]}: {row[1]}", marks=[pytest.mark.clause(*sorted(row[4]))])
    if row[4]
    else pytest.param(*row, id=f"{row[0]}: {row[1]}")
    for row in ROWS
]


@pytest.mark.parametrize(("slug", "case", "event", "outcome", "clauses"), PARAMS)
def test_it_decides_contact(
    slug: str, case: str, event: dict[str, Any], outcome: str, clauses: set[str]
) -> None:
    decision = evaluate(load_bundled(slug), event, lookups())
    assert decision.outcome == outcome, decision.explain()
    assert clauses <= set(decision.clauses), decision.explain()


def test_it_asks_for_immediate_disclosure_to_the_line_manager_for_family() -> None:
    decision = evaluate(
        load_bundled("nclt"), connection("teacher", "nephew", "friend_request"), lookups()
    )
    [action] = decision.actions
    assert action.role == "line_manager" and action.person_id == "manager"
    assert action.urgency == "immediately"


def test_it_tells_hr_to_expect_a_disclosure_of_unknowing_contact() -> None:
    decision = evaluate(
        load_bundled("nclt"), connection("teacher", "student", "message", "sms"), lookups()
    )
    assert [a.role for a in decision.actions] == ["hr"]


def test_it_shows_the_window_end_date_as_evidence() -> None:
    event = connection("teacher", "left_2024", "friend_request", at="2026-11-19T12:00:00+00:00")
    decision = evaluate(load_bundled("nclt"), event, lookups())
    notes = [e.note for f in decision.findings for e in f.evidence]
    assert any("window ends on 2026-11-20" in n for n in notes)


def test_it_counts_the_date_in_london_not_utc() -> None:
    # 23:30 UTC on 19 November 2026 is still the 19th in London (GMT), but 00:30 BST on
    # a summer date is the next day: check a summer boundary with a student leaving 2024-06-30.
    from policyguard.people import Affiliation, Person

    left = Person(id="x", affiliations=[Affiliation(kind="student", end="2024-06-30")])
    teacher = Person(id="t", affiliations=[Affiliation(kind="staff")])
    late = {
        "kind": "connection",
        "actor": teacher.model_dump(),
        "target": left.model_dump(),
        "action": "friend_request",
        "platform": "facebook",
    }
    before = evaluate(load_bundled("nclt"), {**late, "at": "2026-06-29T22:30:00+00:00"})
    after = evaluate(load_bundled("nclt"), {**late, "at": "2026-06-29T23:30:00+00:00"})
    assert (before.outcome, after.outcome) == ("block", "allow")


@pytest.mark.clause("NCLT-17")
def test_it_says_which_account_would_have_been_permitted() -> None:
    event = connection("student", "teacher", "friend_request", target_account_type="departmental")
    decision = evaluate(load_bundled("nclt"), event, lookups())
    [finding] = decision.findings
    assert "only through their official account or departmental account made for academic" in (
        finding.explanation
    )
    assert any(e.note == "purpose not stated" for e in finding.evidence)


@pytest.mark.clause("VTS-04")
def test_it_explains_that_an_account_is_outside_the_clause() -> None:
    event = connection("teacher", "student", "accept_request", account_type="official")
    [finding] = evaluate(load_bundled("vts"), event, lookups()).findings
    assert finding.outcome == "allow"
    assert "restricts contact from personal, professional accounts only" in finding.explanation
    assert finding.evidence[-1].field == "account_types"


def test_every_contact_binding_says_which_accounts_it_restricts() -> None:
    """Each bundled contact clause was read for the accounts it covers: the binding
    narrows account_types, or its comment in the pack says why every account is covered."""
    from policyguard import bundled_slugs

    everything = {"WCUC-22", "WCUC-20", "WCUC-10", "NCLT-19"}
    for slug in bundled_slugs():
        for binding in load_bundled(slug).rules:
            if binding.rule != "connection.contact_restriction":
                continue
            narrowed = "account_types" in binding.params
            exceptions = binding.params.get("allowed_account_types") or binding.params.get(
                "approved_platforms"
            )
            assert narrowed or exceptions or set(binding.clauses) & everything, binding.clauses
