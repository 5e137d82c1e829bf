"""Every pack's profile rules: personal-views statements, official look-alikes, the
institution's email on personal accounts, privacy."""

from __future__ import annotations

from typing import Any

import pytest

from policyguard import load_bundled
from policyguard.policy.evaluate import evaluate
from tests.policy.directory import lookups

AT = "2026-11-18T10:00:00+00:00"
PACKS = ["vts", "learning-institute", "nclt", "wcuc", "qtsd"]
STATEMENT_CLAUSE = {
    "vts": "VTS-12",
    "learning-institute": "LI-16",
    "nclt": "NCLT-18",
    "wcuc": "WCUC-13",
    "qtsd": "QTSD-07",
}


def profile(slug: str, **fields: Any) -> dict[str, Any]:
    return {"kind": "profile", "at": AT, "owner": "teacher", "platform": "facebook", **fields}


@pytest.mark.parametrize("slug", PACKS)
def test_it_wants_a_personal_views_statement_when_the_institution_is_named(slug: str) -> None:
    name = load_bundled(slug).organisation.name
    decision = evaluate(load_bundled(slug), profile(slug, bio=f"Tutor at {name}."), lookups())
    assert decision.outcome == "block", decision.explain()
    assert STATEMENT_CLAUSE[slug] in decision.clauses
    span = decision.findings[0].evidence[0]
    assert span.kind == "text_span" and span.value.lower() == name.lower()


@pytest.mark.parametrize("slug", PACKS)
def test_it_accepts_the_statement(slug: str) -> None:
    name = load_bundled(slug).organisation.name
    bio = f"Tutor at {name}. All views are my own."
    decision = evaluate(load_bundled(slug), profile(slug, bio=bio), lookups())
    assert decision.outcome == "allow", decision.explain()


@pytest.mark.parametrize("slug", PACKS)
def test_it_has_nothing_to_say_when_the_institution_is_not_named(slug: str) -> None:
    decision = evaluate(load_bundled(slug), profile(slug, bio="Cyclist."), lookups())
    assert decision.outcome == "allow" and decision.findings == []


@pytest.mark.parametrize("handle", ["@MeWiltsColl", "wilts_coll_fan", "WiltshireCollegeStaff"])
def test_it_blocks_a_personal_handle_that_mirrors_the_college(handle: str) -> None:
    decision = evaluate(load_bundled("wcuc"), profile("wcuc", handle=handle), lookups())
    assert decision.outcome == "block" and "WCUC-18" in decision.clauses, decision.explain()


def test_it_allows_an_unrelated_handle_and_blocks_a_business_style_page() -> None:
    pack = load_bundled("wcuc")
    assert evaluate(pack, profile("wcuc", handle="@jo_bakes"), lookups()).outcome == "allow"
    styled = evaluate(pack, profile("wcuc", handle="@jo_bakes", business_style=True), lookups())
    assert styled.outcome == "block" and "WCUC-18" in styled.clauses


@pytest.mark.parametrize(
    ("slug", "clause"), [("learning-institute", "LI-10"), ("wcuc", "WCUC-12"), ("qtsd", "QTSD-08")]
)
def test_it_keeps_the_institutions_email_off_personal_accounts(slug: str, clause: str) -> None:
    pack = load_bundled(slug)
    email = f"jo.bloggs@{pack.organisation.email_domains[0]}"
    facebook = evaluate(pack, profile(slug, email=email), lookups())
    assert facebook.outcome == "block" and clause in facebook.clauses, facebook.explain()
    linkedin = evaluate(pack, profile(slug, email=email, platform="linkedin"), lookups())
    assert linkedin.outcome == "allow", linkedin.explain()
    personal = evaluate(pack, profile(slug, email="jo@example.com"), lookups())
    assert personal.outcome == "allow"


def test_it_asks_for_a_private_profile_where_the_policy_says_so() -> None:
    decision = evaluate(load_bundled("wcuc"), profile("wcuc", is_private=False), lookups())
    assert decision.outcome == "review" and "WCUC-21" in decision.clauses
