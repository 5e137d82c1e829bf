"""Directory names count as spelled for that directory only (no cache leaks between
directories, whatever object ids Python reuses)."""

from __future__ import annotations

from policyguard import load_bundled
from policyguard.lookups import InMemoryLookups
from policyguard.people import Affiliation, AffiliationKind, Person
from policyguard.policy.evaluate import evaluate

POST = {
    "kind": "post",
    "at": "2026-11-18T10:00:00+00:00",
    "account_type": "official",
    "text": "Zorblax won the regional prize this week.",
}


def _directory(*names: str) -> InMemoryLookups:
    staff = [Affiliation(kind=AffiliationKind.STUDENT)]
    return InMemoryLookups(
        Person(id=f"p{i}", name=n, affiliations=staff) for i, n in enumerate(names)
    )


def _spelling_flags(lookups: InMemoryLookups) -> list[str]:
    decision = evaluate(load_bundled("qtsd"), POST, lookups)
    return [
        e.value
        for f in decision.findings
        if f.rule == "content.spelling"
        for e in f.evidence
        if e.kind == "text_span"
    ]


def test_it_accepts_a_name_from_the_directory() -> None:
    assert "Zorblax" in _spelling_flags(_directory("Ann Lee"))
    assert "Zorblax" not in _spelling_flags(_directory("Zorblax Quintavius"))


def test_it_does_not_carry_one_directorys_names_into_the_next() -> None:
    for _ in range(20):  # new lookups objects each time; ids get reused
        assert "Zorblax" not in _spelling_flags(_directory("Zorblax Quintavius"))
        assert "Zorblax" in _spelling_flags(_directory("Ann Lee"))
