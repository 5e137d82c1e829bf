"""Every pack's web: section through evaluate(): categories by audience, device and time,
the bypass tier, and the clause each decision cites."""

from __future__ import annotations

from typing import Any

import pytest

from policyguard import load_bundled
from policyguard.policy.evaluate import evaluate

TEN = "2026-11-18T10:00:00+00:00"  # Wednesday, outside every break
LUNCH = "2026-11-18T12:45:00+00:00"  # inside lunch (12:30-13:30 London)


def request(
    category: str, audience: str, at: str = TEN, device: str = "", client_ip: str = ""
) -> dict[str, Any]:
    return {
        "kind": "web_request",
        "at": at,
        "url": f"http://{category}.example.test/",
        "audience": audience,
        "device": device,
        "client_ip": client_ip,
        "categories": [category],
    }


LEARNER_PC = "10.10.4.20"
ROWS: list[tuple[str, str, dict[str, Any], str, str]] = [
    (
        "vts",
        "social media on a learner PC",
        request("social_networks", "learner", client_ip=LEARNER_PC),
        "block",
        "VTS-10",
    ),
    ("vts", "pornography for anyone", request("adult", "staff"), "block", "VTS-20"),
    ("vts", "pirated films", request("warez", "learner"), "block", "VTS-20"),
    ("vts", "a VPN to get round the filter", request("vpn", "learner"), "block", "VTS-25"),
    (
        "vts",
        "staff social media at lunch",
        request("social_networks", "staff", LUNCH),
        "allow",
        "VTS-23",
    ),
    (
        "vts",
        "staff social media mid-morning",
        request("social_networks", "staff"),
        "block",
        "VTS-23",
    ),
    (
        "learning-institute",
        "occasional personal use",
        request("social_networks", "staff"),
        "allow",
        "LI-05",
    ),
    ("learning-institute", "infringing copies", request("warez", "staff"), "block", "LI-14"),
    (
        "nclt",
        "learner social media outside breaks",
        request("social_networks", "learner"),
        "block",
        "NCLT-05",
    ),
    (
        "nclt",
        "learner social media at lunch",
        request("social_networks", "learner", LUNCH),
        "allow",
        "NCLT-05",
    ),
    (
        "nclt",
        "a download site is only a warning",
        request("filehosting", "staff"),
        "review",
        "NCLT-04",
    ),
    ("wcuc", "reasonable personal use", request("social_networks", "staff"), "allow", ""),
    ("wcuc", "gambling for learners", request("gambling", "learner"), "block", ""),
    (
        "qtsd",
        "staff social media in the morning break",
        request("social_networks", "staff", "2026-11-18T10:35:00+00:00"),
        "allow",
        "QTSD-06",
    ),
    (
        "qtsd",
        "staff social media mid-morning",
        request("social_networks", "staff"),
        "block",
        "QTSD-06",
    ),
]


@pytest.mark.parametrize(
    ("slug", "case", "event", "outcome", "clause"),
    [
        pytest.param(*row, id=f"{row[0]}: {row[1]}", marks=pytest.mark.clause(row[4]))
        if row[4]
        else pytest.param(*row, id=f"{row[0]}: {row[1]}")
        for row in ROWS
    ],
)
def test_it_decides_web_requests(
    slug: str, case: str, event: dict[str, Any], outcome: str, clause: str
) -> None:
    decision = evaluate(load_bundled(slug), event)
    assert decision.outcome == outcome, decision.explain()
    if clause:
        assert clause in decision.clauses, decision.explain()


def test_it_names_the_list_entry_or_category_as_evidence() -> None:
    event = request("social_networks", "learner", client_ip=LEARNER_PC)
    decision = evaluate(load_bundled("vts"), event)
    values = [str(e.value) for f in decision.findings for e in f.evidence]
    assert any("social_networks" in v for v in values), decision.explain()


# Exactly the clauses that ask for each block, and none where no clause does: the
# institution's own choice is said, not dressed in a clause that asks something else.
CITED: list[tuple[str, str, str, str, list[str]]] = [
    ("vts", "adult", "staff", "block", ["VTS-20", "VTS-25"]),
    ("vts", "iwf", "learner", "block", ["VTS-20"]),
    ("vts", "vpn", "learner", "block", ["VTS-25"]),
    ("learning-institute", "adult", "staff", "block", []),  # LI-07 is about statements made
    ("learning-institute", "iwf", "learner", "block", []),
    ("learning-institute", "warez", "staff", "block", ["LI-14"]),
    ("learning-institute", "vpn", "learner", "block", ["LI-17"]),
    ("nclt", "adult", "staff", "block", ["NCLT-14"]),  # staff: knowingly viewing offence
    ("nclt", "adult", "learner", "block", []),  # NCLT-16 is about what students post
    ("nclt", "warez", "learner", "block", []),
    ("nclt", "iwf", "staff", "block", []),
    ("nclt", "vpn", "learner", "block", ["NCLT-02"]),
    ("wcuc", "adult", "staff", "block", []),  # WCUC-11 allows reasonable use, no more
    ("wcuc", "iwf", "learner", "block", []),
    ("wcuc", "vpn", "learner", "block", []),
    ("wcuc", "warez", "staff", "block", []),
    ("wcuc", "gambling", "learner", "block", []),
    ("wcuc", "social_networks", "staff", "allow", ["WCUC-11"]),
    ("qtsd", "adult", "learner", "block", ["QTSD-08"]),  # QTSD-08 binds learners too
    ("qtsd", "vpn", "staff", "block", ["QTSD-03"]),
]


@pytest.mark.parametrize(
    ("slug", "category", "audience", "outcome", "clauses"),
    [
        pytest.param(*row, id=f"{row[0]}: {row[1]} for {row[2]}", marks=pytest.mark.clause(*row[4]))
        if row[4]
        else pytest.param(*row, id=f"{row[0]}: {row[1]} for {row[2]}")
        for row in CITED
    ],
)
def test_it_cites_what_asks_for_a_block_and_nothing_else(
    slug: str, category: str, audience: str, outcome: str, clauses: list[str]
) -> None:
    decision = evaluate(load_bundled(slug), request(category, audience))
    [finding] = decision.findings
    assert (finding.outcome, finding.clauses) == (outcome, clauses), finding.explanation
    own_choice = "No clause of the policy asks for this; it is" in finding.explanation
    assert own_choice is not bool(clauses), finding.explanation


def test_an_own_choice_names_the_institution_and_its_reason() -> None:
    [finding] = evaluate(load_bundled("wcuc"), request("gambling", "learner")).findings
    assert finding.explanation.endswith(
        "No clause of the policy asks for this; it is Wiltshire College's own choice: "
        "gambling for learners: the College's safeguarding of students"
    )


@pytest.mark.parametrize("slug", ["vts", "learning-institute", "nclt", "wcuc", "qtsd"])
def test_the_web_filter_binding_lists_every_clause_its_section_cites(slug: str) -> None:
    pack = load_bundled(slug)
    [binding] = [b for b in pack.rules if b.rule == "web_filter.categories"]
    assert set(binding.clauses) == pack.web_clauses()
