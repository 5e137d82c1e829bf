"""Cutting a post's text into highlighted segments: pure, no database."""

from __future__ import annotations

from typing import Any

from portal.moderation.queries import highlight


def _decision(*findings: dict[str, Any]) -> dict[str, Any]:
    return {
        "organisation": "oakfield",
        "pack_version": "t",
        "event_kind": "post",
        "outcome": "review",
        "findings": list(findings),
    }


def _finding(clause: str, *spans: tuple[int, int], outcome: str = "review") -> dict[str, Any]:
    return {
        "rule": f"content.{clause.lower()}",
        "clauses": [clause],
        "outcome": outcome,
        "explanation": f"because of {clause}",
        "evidence": [
            {"kind": "text_span", "field": "text", "start": s, "end": e, "value": "", "note": "n"}
            for s, e in spans
        ]
        + [{"kind": "score", "field": "text", "value": 0.9}],
    }


def test_it_marks_each_span_with_its_clause() -> None:
    text = "call 0123 now"
    segments = highlight(text, _decision(_finding("OAK-08", (5, 9))))
    assert [s.text for s in segments] == ["call ", "0123", " now"]
    assert "".join(s.text for s in segments) == text
    marked = segments[1]
    assert marked.clauses == ["OAK-08"]
    assert marked.marks[0].rule == "content.oak-08"
    assert marked.marks[0].explanation == "because of OAK-08"
    assert "OAK-08" in marked.label
    assert not segments[0].marks and not segments[2].marks


def test_it_splits_overlapping_spans_without_losing_either() -> None:
    text = "abcdefghij"
    segments = highlight(
        text,
        _decision(_finding("OAK-07", (0, 6)), _finding("OAK-08", (4, 8), outcome="block")),
    )
    assert [(s.text, s.clauses) for s in segments] == [
        ("abcd", ["OAK-07"]),
        ("ef", ["OAK-07", "OAK-08"]),
        ("gh", ["OAK-08"]),
        ("ij", []),
    ]
    assert segments[1].outcome == "block"
    assert segments[0].outcome == "review"


def test_it_ignores_spans_outside_the_text() -> None:
    segments = highlight("short", _decision(_finding("OAK-07", (3, 40), (-1, 2))))
    assert [(s.text, s.marks) for s in segments] == [("short", ())]


def test_it_returns_plain_text_without_a_decision() -> None:
    assert [s.text for s in highlight("plain", None)] == ["plain"]
    assert highlight("", None) == []
