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


def _by_pack(slugs: list[str] = PACKS) -> list[Any]:
    return [pytest.param(s, marks=pytest.mark.clause(STATEMENT_CLAUSE[s])) for s in slugs]


def profile(slug: str, **fields: Any) -> dict[str, Any]:
    return {"kind": "profile", "at": AT, "owner": "teacher", "platform": "facebook", **fields}


@pytest.mark.parametrize("slug", _by_pack())
def test_it_wants_a_personal_views_statement_when_the_institution_is_named(slug: str) -> None:
    name = load_bundled(slug).organisation.name
    decision = evaluate(load_bundled(slug), profile(slug, bio=f"Tutor at {name}."), lookups())
    assert decision.outcome == "block", decision.explain()
    assert STATEMENT_CLAUSE[slug] in decision.clauses
    span = decision.findings[0].evidence[0]
    assert span.kind == "text_span" and span.value.lower() == name.lower()


@pytest.mark.parametrize("slug", _by_pack())
def test_it_accepts_the_statement(slug: str) -> None:
    name = load_bundled(slug).organisation.name
    bio = f"Tutor at {name}. All views are my own."
    decision = evaluate(load_bundled(slug), profile(slug, bio=bio), lookups())
    assert decision.outcome == "allow", decision.explain()


@pytest.mark.parametrize("slug", PACKS)
def test_it_has_nothing_to_say_when_the_institution_is_not_named(slug: str) -> None:
    decision = evaluate(load_bundled(slug), profile(slug, bio="Cyclist."), lookups())
    assert decision.outcome == "allow" and decision.findings == []


@pytest.mark.clause("WCUC-18")
@pytest.mark.parametrize("handle", ["@MeWiltsColl", "wilts_coll_fan", "WiltshireCollegeStaff"])
def test_it_blocks_a_personal_handle_that_mirrors_the_college(handle: str) -> None:
    decision = evaluate(load_bundled("wcuc"), profile("wcuc", handle=handle), lookups())
    assert decision.outcome == "block" and "WCUC-18" in decision.clauses, decision.explain()


@pytest.mark.clause("WCUC-18")
def test_it_allows_an_unrelated_handle_and_blocks_a_business_style_page() -> None:
    pack = load_bundled("wcuc")
    assert evaluate(pack, profile("wcuc", handle="@jo_bakes"), lookups()).outcome == "allow"
    styled = evaluate(pack, profile("wcuc", handle="@jo_bakes", business_style=True), lookups())
    assert styled.outcome == "block" and "WCUC-18" in styled.clauses


@pytest.mark.parametrize(
    ("slug", "clause"),
    [
        pytest.param(slug, clause, marks=pytest.mark.clause(clause))
        for slug, clause in [
            ("learning-institute", "LI-10"),
            ("wcuc", "WCUC-12"),
            ("qtsd", "QTSD-08"),
        ]
    ],
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


@pytest.mark.clause("WCUC-21")
def test_it_asks_for_a_private_profile_where_the_policy_says_so() -> None:
    decision = evaluate(load_bundled("wcuc"), profile("wcuc", is_private=False), lookups())
    assert decision.outcome == "review" and "WCUC-21" in decision.clauses


# The wordings people write (issue 15 names the first four, which the phrase list refused).
COMMON_WORDINGS = [
    "Views my own",
    "All views my own",
    "Opinions my own",
    "Tweets are my own",
    "#ViewsMyOwn",
    "Thoughts = mine",
    "I don't speak for my employer",
    "Not the views of my employer",
    "Tweeting in a personal capacity",
]
NOT_A_STATEMENT = [
    "Views are not my own",
    "Stunning views of the downs",
    "Comment below with your own views!",
    "My views on assessment change every term",
    "RTs are not endorsements",
]


@pytest.mark.parametrize("slug", _by_pack())
@pytest.mark.parametrize("wording", COMMON_WORDINGS)
def test_it_accepts_common_wordings(slug: str, wording: str) -> None:
    name = load_bundled(slug).organisation.name
    bio = f"Tutor at {name} | {wording}"
    decision = evaluate(load_bundled(slug), profile(slug, bio=bio), lookups())
    assert decision.outcome == "allow", decision.explain()
    span = decision.findings[0].evidence[1]
    assert span.kind == "text_span" and bio[span.start : span.end] == span.value
    assert span.value.lower() in wording.lower().replace("#viewsmyown", "viewsmyown")


@pytest.mark.parametrize("slug", _by_pack())
@pytest.mark.parametrize("wording", NOT_A_STATEMENT)
def test_it_refuses_what_only_looks_like_one(slug: str, wording: str) -> None:
    name = load_bundled(slug).organisation.name
    decision = evaluate(
        load_bundled(slug), profile(slug, bio=f"Tutor at {name}. {wording}"), lookups()
    )
    assert decision.outcome == "block", decision.explain()


@pytest.mark.clause("NCLT-18", "NCLT-13")
def test_it_counts_the_institution_s_own_name_as_the_employer() -> None:
    bio = "Teacher. Views expressed do not represent New College"
    decision = evaluate(load_bundled("nclt"), profile("nclt", bio=bio), lookups())
    assert decision.outcome == "allow", decision.explain()


@pytest.mark.clause("QTSD-07")
def test_a_pack_may_add_its_own_wordings() -> None:
    pack = load_bundled("qtsd")
    rules = [
        b.model_copy(update={"params": {**b.params, "statements": [r"\bsoapbox\b"]}})
        if b.rule == "profile.personal_views_statement"
        else b
        for b in pack.rules
    ]
    custom = pack.model_copy(update={"rules": rules})
    bio = "QTSD assessor. My soapbox."
    assert evaluate(pack, profile("qtsd", bio=bio), lookups()).outcome == "block"
    assert evaluate(custom, profile("qtsd", bio=bio), lookups()).outcome == "allow"


def test_the_detector_meets_its_target_on_the_held_out_bios() -> None:
    from bench.bench_disclaimers import MAX_FALSE_ACCEPTS, MAX_FALSE_REJECTS, rates, read_set

    from policyguard.policy.statements import find_personal_views

    def accepts(text: str) -> bool:
        return find_personal_views(text) is not None

    for tuned in ("dev", "heldout", "fresh"):
        assert rates(read_set(tuned), accepts) == (0.0, 0.0), tuned
    false_accepts, false_rejects = rates(read_set("fresh2"), accepts)
    assert false_accepts <= MAX_FALSE_ACCEPTS and false_rejects <= MAX_FALSE_REJECTS


@pytest.mark.clause("VTS-13", "LI-15")
@pytest.mark.parametrize(("slug", "clause"), [("vts", "VTS-13"), ("learning-institute", "LI-15")])
@pytest.mark.parametrize("owner", ["teacher", "student"])
def test_vts_and_li_ask_for_private_personal_profiles(slug: str, clause: str, owner: str) -> None:
    pack = load_bundled(slug)
    public = evaluate(pack, profile(slug, owner=owner, is_private=False), lookups())
    assert public.outcome == "review", public.explain()
    assert clause in public.clauses
    private = evaluate(pack, profile(slug, owner=owner, is_private=True), lookups())
    assert clause not in private.clauses
    # A professional profile (LinkedIn) is meant to be found: not asked to be private.
    linkedin = profile(slug, owner=owner, is_private=False, account_type="professional")
    assert clause not in evaluate(pack, linkedin, lookups()).clauses
