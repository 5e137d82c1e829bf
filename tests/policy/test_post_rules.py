"""Where a post may go (WCUC-16: staff do not answer on the College's pages from their own
accounts) and what it may link to (LI-14: no links to pirate copies)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from policyguard import InMemoryLookups, load_bundled
from policyguard.policy.evaluate import evaluate
from policyguard.webfilter.build import compile_snapshot
from policyguard.webfilter.policy import policy_from_pack
from policyguard.webfilter.snapshot import Snapshot
from tests.policy.directory import PEOPLE, lookups

AT = "2026-11-18T10:00:00+00:00"


def post(**fields: Any) -> dict[str, Any]:
    return {
        "kind": "post",
        "at": AT,
        "text": "Enrolment opens on Monday, see the website.",
        **fields,
    }


@pytest.mark.clause("WCUC-16")
@pytest.mark.parametrize(
    ("fields", "outcome"),
    [
        ({"author": "teacher", "account_type": "personal", "on_account_type": "official"}, "block"),
        (
            {"author": "teacher", "account_type": "professional", "on_account_type": "official"},
            "block",
        ),
        (
            {"author": "teacher", "account_type": "personal", "on_account_type": "departmental"},
            "block",
        ),
        ({"author": "teacher", "account_type": "personal", "direction": "incoming"}, "allow"),
        ({"author": "teacher", "account_type": "official", "direction": "incoming"}, "review"),
        ({"author": "teacher", "account_type": "personal"}, "allow"),
        ({"author": "teacher", "account_type": "official", "on_account_type": "official"}, "allow"),
        ({"author": "student", "account_type": "personal", "on_account_type": "official"}, "allow"),
        ({"author": "parent", "account_type": "official", "direction": "incoming"}, "allow"),
    ],
    ids=[
        "staff reply from a personal account on the College page",
        "from a LinkedIn profile too",
        "on a departmental page",
        "an incoming comment on someone's personal page is not the College's",
        "a staff comment already on the College page",
        "a post on the staff member's own page",
        "the page answering from the page account",
        "a student answering",
        "a parent's comment on the page",
    ],
)
def test_staff_leave_answers_on_the_college_pages_to_the_marketing_team(
    fields: dict[str, Any], outcome: str
) -> None:
    decision = evaluate(load_bundled("wcuc"), post(**fields), lookups())
    page_rule = [f for f in decision.findings if f.rule == "post.page_replies"]
    if outcome == "allow":
        assert page_rule == [], decision.explain()
        return
    [finding] = page_rule
    assert (finding.outcome, finding.clauses) == (outcome, ["WCUC-16"])
    [action] = finding.actions
    assert (action.role, action.role_title, action.code) == (
        "moderator",
        "Marketing team",
        "answer_from_page_account",
    )


RECRUITING = "2026-11-18T14:00:00+00:00"


@pytest.mark.clause("QTSD-12")
@pytest.mark.parametrize(
    ("url", "purpose", "outcome"),
    [
        ("https://www.linkedin.com/in/a-candidate", "recruitment", "allow"),
        ("https://linkedin.com/in/a-candidate", "recruitment", "allow"),
        ("https://www.instagram.com/a.candidate", "recruitment", "block"),
        ("https://www.facebook.com/a.candidate", "recruitment", "block"),
        ("https://linkedin.com.profiles.example/a", "recruitment", "block"),
        ("https://www.instagram.com/a.candidate", "work", None),
    ],
)
def test_recruiters_look_only_at_professional_networks(
    url: str, purpose: str, outcome: str | None
) -> None:
    event = {
        "kind": "web_request",
        "at": RECRUITING,
        "url": url,
        "audience": "staff",
        "categories": ["social_networks"],
        "purpose": purpose,
    }
    decision = evaluate(load_bundled("qtsd"), event)
    found = [f for f in decision.findings if f.rule == "web.recruitment_checks"]
    if outcome is None:
        assert found == []
        return
    [finding] = found
    assert (finding.outcome, finding.clauses) == (outcome, ["QTSD-12"]), finding.explanation
    if outcome == "allow":
        assert "protected characteristics may be used" in finding.explanation


@pytest.fixture(scope="module")
def li_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("li")
    for category, host in (("warez", "pirate-films.example.com"), ("news", "bbc.co.uk")):
        (folder / "ut1" / "blacklists" / category).mkdir(parents=True)
        (folder / "ut1" / "blacklists" / category / "domains").write_text(host + "\n")
    path = folder / "learning-institute.pgwf"
    policy = policy_from_pack(load_bundled("learning-institute"))
    compile_snapshot(path, ut1=folder / "ut1", lists=[], policy=policy)
    return path


@pytest.mark.clause("LI-14")
@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("New films free at https://www.pirate-films.example.com/latest !", "block"),
        ("Watch it here: pirate-films.example.com/x", "block"),
        ("Our learners on the news: https://www.bbc.co.uk/news/education", None),
        ("No links here, just congratulations to our learners.", None),
    ],
)
def test_a_post_does_not_link_to_pirate_copies(
    li_snapshot: Path, text: str, outcome: str | None
) -> None:
    with Snapshot.open(li_snapshot) as snapshot:
        directory = InMemoryLookups(PEOPLE, web_snapshot=snapshot)
        event = post(author="teacher", account_type="personal", text=text)
        decision = evaluate(load_bundled("learning-institute"), event, directory)
    found = [f for f in decision.findings if f.rule == "post.linked_sites"]
    if outcome is None:
        assert found == [], decision.explain()
        return
    [finding] = found
    assert (finding.outcome, finding.clauses) == ("block", ["LI-14"])
    [span] = finding.evidence
    assert text[span.start : span.end] == span.value and "pirate-films" in span.value
    assert span.note == "list entry pirate-films.example.com, category warez"


def test_without_lists_links_are_left_to_the_moderator() -> None:
    event = post(
        author="teacher", account_type="personal", text="https://pirate-films.example.com/"
    )
    decision = evaluate(load_bundled("learning-institute"), event, lookups())
    assert [f for f in decision.findings if f.rule == "post.linked_sites"] == []
