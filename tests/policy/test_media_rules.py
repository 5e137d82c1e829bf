"""Every pack's media rules, table-driven: consent on the day, parental consent under 18,
premises images on personal profiles, lesson recordings."""

from __future__ import annotations

from typing import Any

import pytest

from policyguard import load_bundled
from policyguard.policy.evaluate import evaluate
from tests.policy.directory import lookups

WEEKDAY = "2026-03-04T10:00:00+00:00"  # minor is 17; adult_learner's consent still stands


def media(
    author: str, shown: list[str], account_type: str, at: str = WEEKDAY, **extra: Any
) -> dict[str, Any]:
    return {
        "kind": "media",
        "at": at,
        "author": author,
        "people_shown": shown,
        "media_type": extra.pop("media_type", "image"),
        "account_type": account_type,
        "platform": "instagram",
        **extra,
    }


ROWS: list[tuple[str, str, dict[str, Any], str, set[str]]] = [
    (
        "vts",
        "learners on the premises, personal profile",
        media("teacher", ["student"], "personal", on_premises=True),
        "block",
        {"VTS-06"},
    ),
    (
        "vts",
        "sharing the official account's post",
        media("teacher", ["student"], "personal", on_premises=True, shared_from_official=True),
        "allow",
        {"VTS-06"},
    ),
    (
        "vts",
        "staff away from the premises",
        media("teacher", ["manager"], "personal"),
        "allow",
        set(),
    ),
    (
        "learning-institute",
        "a learner in a staff member's post",
        media("teacher", ["student"], "personal"),
        "block",
        {"LI-09"},
    ),
    (
        "learning-institute",
        "only colleagues shown",
        media("teacher", ["manager"], "personal"),
        "allow",
        set(),
    ),
    (
        "nclt",
        "a student shown without consent",
        media("teacher", ["nephew"], "official"),
        "block",
        {"NCLT-06"},
    ),
    (
        "nclt",
        "a student shown with consent",
        media("teacher", ["student"], "official"),
        "allow",
        set(),
    ),
    (
        "nclt",
        "a lesson recorded without the teacher's permission",
        media("student", [], "personal", media_type="lesson_recording"),
        "block",
        {"NCLT-06"},
    ),
    (
        "nclt",
        "a lesson recorded with permission",
        media("student", [], "personal", media_type="lesson_recording", teacher_permission=True),
        "allow",
        {"NCLT-06"},
    ),
    (
        "wcuc",
        "a 17-year-old's own consent is not enough",
        media("teacher", ["minor"], "official"),
        "block",
        {"WCUC-09"},
    ),
    (
        "wcuc",
        "on the 18th birthday her own consent counts",
        media("teacher", ["minor"], "official", at="2026-05-10T09:00:00+01:00"),
        "allow",
        set(),
    ),
    (
        "wcuc",
        "consent withdrawn before the post",
        media("teacher", ["adult_learner"], "official", at="2026-06-02T09:00:00+01:00"),
        "block",
        {"WCUC-09"},
    ),
    (
        "wcuc",
        "consent in force the day before it was withdrawn",
        media("teacher", ["adult_learner"], "official", at="2026-05-31T09:00:00+01:00"),
        "allow",
        set(),
    ),
    (
        "qtsd",
        "no media rule in this policy",
        media("teacher", ["student"], "personal"),
        "allow",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("slug", "case", "event", "outcome", "clauses"), ROWS, ids=[f"{r[0]}: {r[1]}" for r in ROWS]
)
def test_it_decides_media(
    slug: str, case: str, event: dict[str, Any], outcome: str, clauses: set[str]
) -> None:
    decision = evaluate(load_bundled(slug), event, lookups())
    assert decision.outcome == outcome, decision.explain()
    assert clauses <= set(decision.clauses), decision.explain()


def test_it_accepts_a_parents_consent_for_an_under_18() -> None:
    event = media("teacher", ["minor"], "official")
    decision = evaluate(load_bundled("wcuc"), event, lookups(with_parent_consent=True))
    assert decision.outcome == "allow", decision.explain()


def test_it_names_who_lacks_consent_and_who_must_obtain_it() -> None:
    decision = evaluate(
        load_bundled("wcuc"), media("teacher", ["minor", "student"], "official"), lookups()
    )
    [blocking] = [f for f in decision.findings if f.outcome == "block"]
    assert [e.value for e in blocking.evidence if e.kind == "person"] == ["minor"]
    assert decision.actions and decision.actions[0].code == "obtain_consent"
