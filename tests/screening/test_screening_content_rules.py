"""The content rules through ``evaluate``: outcomes, clause IDs, spans and actions."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from policyguard import load_pack_file
from policyguard.lookups import Consent, ConsentGiver, InMemoryLookups
from policyguard.packs.schema import Pack
from policyguard.people import Affiliation, AffiliationKind, Person
from policyguard.policy.decisions import Decision, Outcome
from policyguard.policy.evaluate import evaluate
from policyguard.screening import Screener, ScreenSettings

HERE = Path(__file__).parent
AT = "2026-02-10T10:00:00+00:00"

# alice: staff, the comms manager; bob: a student with image consent; carol: a student
# without consent; dave: a parent, whose name the rule is not set to protect.
PEOPLE = [
    Person(
        id="alice",
        name="Alice Fairweather",
        roles=["comms"],
        affiliations=[Affiliation(kind=AffiliationKind.STAFF)],
    ),
    Person(id="bob", name="Bob Quennell", affiliations=[Affiliation(kind=AffiliationKind.STUDENT)]),
    Person(
        id="carol", name="Carol Ashdown", affiliations=[Affiliation(kind=AffiliationKind.STUDENT)]
    ),
    Person(
        id="dave", name="Dave Pennington", affiliations=[Affiliation(kind=AffiliationKind.PARENT)]
    ),
]
CONSENTS = [Consent(person_id="bob", given_by=ConsentGiver.SELF, given_on=date(2025, 9, 1))]


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack_file(HERE / "screening-pack.yaml")


@pytest.fixture(scope="module")
def lookups() -> InMemoryLookups:
    return InMemoryLookups(PEOPLE, CONSENTS)


def post(text: str, **fields: Any) -> dict[str, Any]:
    return {"kind": "post", "at": AT, "text": text, "account_type": "personal", **fields}


def by_clause(decision: Decision, clause: str) -> list[Any]:
    return [f for f in decision.findings if clause in f.clauses]


def decide(pack: Pack, lookups: InMemoryLookups, text: str, **fields: Any) -> Decision:
    return evaluate(pack, post(text, **fields), lookups)


def test_a_clean_personal_post_is_allowed(pack: Pack, lookups: InMemoryLookups) -> None:
    decision = decide(pack, lookups, "Lovely sunny day for the open day at Lackham.")
    assert decision.outcome == Outcome.ALLOW and decision.findings == []


# --- abuse ---------------------------------------------------------------------------


def test_a_slur_blocks_with_its_span(pack: Pack, lookups: InMemoryLookups) -> None:
    text = "what a retard"
    [finding] = by_clause(decide(pack, lookups, text), "STC-01")
    assert finding.outcome == Outcome.BLOCK
    span = next(e for e in finding.evidence if e.kind == "text_span")
    assert (span.start, span.end, span.value) == (7, 13, "retard")
    assert any(e.kind == "score" and e.value >= 0.9 for e in finding.evidence)
    assert finding.actions[0].role == "dsl"


def test_an_insult_aimed_at_a_named_person_is_reviewed(
    pack: Pack, lookups: InMemoryLookups
) -> None:
    [finding] = by_clause(decide(pack, lookups, "Carol Ashdown is a muppet"), "STC-01")
    assert finding.outcome in (Outcome.REVIEW, Outcome.BLOCK)
    assert "muppet" in [e.value for e in finding.evidence]


def test_an_insult_after_a_named_person_says_whom_it_is_aimed_at(
    pack: Pack, lookups: InMemoryLookups
) -> None:
    text = "Bob Quennell and Carol Ashdown, what a pair of liars"
    [finding] = by_clause(decide(pack, lookups, text), "STC-01")
    assert finding.outcome == Outcome.REVIEW
    # the closest name before it, placed at review (not above the model's reading)
    screener = Screener(ScreenSettings(), [("b", "Bob Quennell"), ("c", "Carol Ashdown")])
    [found] = [d for d in screener.screen(text)["abuse"] if d.label == "insult"]
    assert found.detail["aimed_at"] == "Carol Ashdown"
    assert 0.5 <= found.score < 0.9


def test_an_insult_said_fondly_of_a_named_person_stays_under_review(
    pack: Pack, lookups: InMemoryLookups
) -> None:
    fond = "love ya to bits Carol Ashdown ya daft muppet, happy 18th"
    assert not by_clause(decide(pack, lookups, fond), "STC-01")
    # ... while the same insult said plainly of her is reviewed
    assert by_clause(decide(pack, lookups, "Carol Ashdown ya daft muppet"), "STC-01")


def test_the_pack_can_add_terms(pack: Pack, lookups: InMemoryLookups) -> None:
    assert by_clause(decide(pack, lookups, "you numpty squad"), "STC-01")


def test_kind_words_raise_no_abuse(pack: Pack, lookups: InMemoryLookups) -> None:
    assert not by_clause(decide(pack, lookups, "Well done everyone, proud of you"), "STC-01")


# --- personal data -------------------------------------------------------------------


def test_a_students_name_needs_review(pack: Pack, lookups: InMemoryLookups) -> None:
    [finding] = by_clause(decide(pack, lookups, "Carol Ashdown failed again"), "STC-02")
    assert finding.outcome == Outcome.REVIEW
    assert [e.value for e in finding.evidence if e.kind == "text_span"] == ["Carol Ashdown"]


def test_a_birth_date_blocks(pack: Pack, lookups: InMemoryLookups) -> None:
    [finding] = by_clause(decide(pack, lookups, "her DOB is 04/05/2008"), "STC-02")
    assert finding.outcome == Outcome.BLOCK


def test_consent_clears_a_name_on_official_accounts_only(
    pack: Pack, lookups: InMemoryLookups
) -> None:
    text = "Congratulations to Bob Quennell on his award"
    official = by_clause(decide(pack, lookups, text, account_type="official"), "STC-02")
    personal = by_clause(decide(pack, lookups, text), "STC-02")
    assert official == [] and personal and personal[0].outcome == Outcome.REVIEW


def test_the_authors_own_name_and_unprotected_people_do_not_count(
    pack: Pack, lookups: InMemoryLookups
) -> None:
    mine = decide(pack, lookups, "Alice Fairweather here, hello", author="alice")
    parent = decide(pack, lookups, "Thanks to Dave Pennington for the cakes")
    assert not by_clause(mine, "STC-02") and not by_clause(parent, "STC-02")


def test_the_institutions_own_number_is_not_personal(pack: Pack, lookups: InMemoryLookups) -> None:
    assert not by_clause(decide(pack, lookups, "Call us on 01249 464644"), "STC-02")
    assert by_clause(decide(pack, lookups, "Call me on 07700 900123"), "STC-02")


# --- topics --------------------------------------------------------------------------


def test_politics_on_an_official_account_is_reviewed(pack: Pack, lookups: InMemoryLookups) -> None:
    text = "Vote Labour and see https://bit.ly/x"
    [finding] = by_clause(decide(pack, lookups, text, account_type="official"), "STC-03")
    assert finding.outcome == Outcome.REVIEW
    assert {e.value for e in finding.evidence if e.kind == "text_span"} == {
        "Vote Labour",
        "https://bit.ly/x",
    }
    assert not by_clause(decide(pack, lookups, text), "STC-03")  # personal: not this clause


def test_allowed_links_pass(pack: Pack, lookups: InMemoryLookups) -> None:
    text = "See https://partner.example.org/news and https://www.stc.example.ac.uk/"
    assert not by_clause(decide(pack, lookups, text, account_type="official"), "STC-03")


def test_an_embargo_blocks_until_its_date(pack: Pack, lookups: InMemoryLookups) -> None:
    text = "Our Ofsted grade is Good!"
    before = by_clause(decide(pack, lookups, text), "STC-04")
    after = by_clause(decide(pack, lookups, text, at="2026-03-02T09:00:00+00:00"), "STC-04")
    assert before and before[0].outcome == Outcome.BLOCK and after == []


def test_speaking_for_the_institution(pack: Pack, lookups: InMemoryLookups) -> None:
    text = "On behalf of Screen Test College, we apologise"
    [finding] = by_clause(decide(pack, lookups, text, author="carol"), "STC-05")
    assert finding.outcome == Outcome.REVIEW and finding.actions[0].role == "comms"
    assert not by_clause(decide(pack, lookups, text, author="alice"), "STC-05")


def test_sensitive_topics(pack: Pack, lookups: InMemoryLookups) -> None:
    assert by_clause(decide(pack, lookups, "our pass rates dropped"), "STC-08")
    assert not by_clause(decide(pack, lookups, "we passed the rates test"), "STC-08")


# --- spelling and moderation ---------------------------------------------------------


def test_spelling_on_official_posts_only(pack: Pack, lookups: InMemoryLookups) -> None:
    text = "Our colorful center at Lackham"
    [finding] = by_clause(decide(pack, lookups, text, account_type="official"), "STC-06")
    assert [e.value for e in finding.evidence if e.kind == "text_span"] == ["colorful", "center"]
    assert not by_clause(decide(pack, lookups, text), "STC-06")
    assert not by_clause(
        decide(pack, lookups, "Our colourful centre", account_type="official"), "STC-06"
    )


def test_every_official_post_is_moderated(pack: Pack, lookups: InMemoryLookups) -> None:
    for direction in ("outgoing", "incoming"):
        decision = decide(pack, lookups, "Hello", account_type="official", direction=direction)
        [finding] = by_clause(decision, "STC-07")
        assert finding.outcome == Outcome.REVIEW
        assert finding.actions[0].role == "moderator"
        assert finding.actions[0].role_title == "Marketing Assistant"
    assert not by_clause(decide(pack, lookups, "Hello"), "STC-07")
