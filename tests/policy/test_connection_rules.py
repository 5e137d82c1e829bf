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
        "student follows a departmental account",
        connection("student", "teacher", "follow", account_type="departmental"),
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
        "no contact once studies end",
        connection("teacher", "left_long_ago", "message"),
        "block",
        {"WCUC-22"},
    ),
    (
        "wcuc",
        "parent from a personal account",
        connection("teacher", "parent", "message"),
        "block",
        {"WCUC-10"},
    ),
    (
        "wcuc",
        "parent from the official account",
        connection("teacher", "parent", "message", account_type="official"),
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
        "agreed with a manager for teaching",
        connection("assessor", "student", "message", manager_agreed=True),
        "allow",
        {"QTSD-09"},
    ),
]


@pytest.mark.parametrize(
    ("slug", "case", "event", "outcome", "clauses"), ROWS, ids=[f"{r[0]}: {r[1]}" for r in ROWS]
)
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
