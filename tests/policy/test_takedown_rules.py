"""Takedown requests: who acts, how fast, and which requests each clause covers."""

from __future__ import annotations

from typing import Any

import pytest

from policyguard import load_bundled
from policyguard.policy.evaluate import evaluate
from tests.policy.directory import lookups

AT = "2026-11-18T10:00:00+00:00"


def takedown(**fields: Any) -> dict[str, Any]:
    return {"kind": "takedown", "at": AT, "material": "image", **fields}


@pytest.mark.clause("WCUC-09")
def test_it_has_marketing_take_down_a_students_image_at_once() -> None:
    event = takedown(requester="parent", subject="minor", on_behalf="child", where="Open day post")
    decision = evaluate(load_bundled("wcuc"), event, lookups())
    assert decision.outcome == "review", decision.explain()
    [action] = decision.actions
    assert (action.code, action.role, action.urgency) == (
        "take_down_material",
        "moderator",
        "immediately",
    )
    assert action.clauses == ["WCUC-09"]
    assert "Open day post" in action.description
    assert "withdraws the consent" in decision.explain()


@pytest.mark.clause("NCLT-13")
def test_it_takes_down_information_about_a_colleague_who_asks() -> None:
    event = takedown(requester="teacher", subject="teacher", material="information")
    decision = evaluate(load_bundled("nclt"), event, lookups())
    [action] = decision.actions
    assert (action.role, action.urgency, action.clauses) == ("moderator", "soon", ["NCLT-13"])
    # NCLT-13 is about colleagues: a student's request is not this clause's.
    student = evaluate(load_bundled("nclt"), takedown(subject="student"), lookups())
    assert "NCLT-13" not in student.clauses


@pytest.mark.clause("QTSD-07")
def test_it_removes_material_about_whoever_asks() -> None:
    event = takedown(requester="assessor", subject="assessor", material="video")
    decision = evaluate(load_bundled("qtsd"), event, lookups())
    [action] = decision.actions
    assert (action.role, action.clauses) == ("moderator", ["QTSD-07"])
    # Someone asking for another person's material is not covered by QTSD-07.
    other = evaluate(
        load_bundled("qtsd"), takedown(subject="assessor", on_behalf="other"), lookups()
    )
    assert other.actions == []


def test_it_names_an_unknown_requester_plainly() -> None:
    decision = evaluate(load_bundled("wcuc"), takedown(), lookups())
    assert "the person who asked" in decision.explain()
