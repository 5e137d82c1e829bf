"""Every pack's media rules, table-driven: consent on the day, parental consent under 18,
premises images on personal profiles, lesson recordings."""

from __future__ import annotations

from typing import Any

import pytest

from policyguard import EventError, PackError, load_bundled, parse_pack
from policyguard.policy.evaluate import evaluate
from tests.conftest import FIXTURES
from tests.policy.directory import lookups

WEEKDAY = "2026-03-04T10:00:00+00:00"  # minor is 17; adult_learner's consent still stands
EDU = "educational_activity"


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
        media("teacher", ["minor"], "official", purpose=EDU),
        "block",
        {"WCUC-09"},
    ),
    (
        "wcuc",
        "on the 18th birthday her own consent counts",
        media("teacher", ["minor"], "official", at="2026-05-10T09:00:00+01:00", purpose=EDU),
        "allow",
        set(),
    ),
    (
        "wcuc",
        "consent withdrawn before the post",
        media(
            "teacher", ["adult_learner"], "official", at="2026-06-02T09:00:00+01:00", purpose=EDU
        ),
        "block",
        {"WCUC-09"},
    ),
    (
        "wcuc",
        "consent in force the day before it was withdrawn",
        media(
            "teacher", ["adult_learner"], "official", at="2026-05-31T09:00:00+01:00", purpose=EDU
        ),
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
    ("slug", "case", "event", "outcome", "clauses"),
    [
        pytest.param(*row, id=f"{row[0]}: {row[1]}", marks=[pytest.mark.clause(*sorted(row[4]))])
        if row[4]
        else pytest.param(*row, id=f"{row[0]}: {row[1]}")
        for row in ROWS
    ],
)
def test_it_decides_media(
    slug: str, case: str, event: dict[str, Any], outcome: str, clauses: set[str]
) -> None:
    decision = evaluate(load_bundled(slug), event, lookups())
    assert decision.outcome == outcome, decision.explain()
    assert clauses <= set(decision.clauses), decision.explain()


@pytest.mark.clause("WCUC-09")
def test_it_accepts_a_parents_consent_for_an_under_18() -> None:
    event = media("teacher", ["minor"], "official", purpose=EDU)
    decision = evaluate(load_bundled("wcuc"), event, lookups(with_parent_consent=True))
    assert decision.outcome == "allow", decision.explain()


@pytest.mark.clause("WCUC-09")
def test_it_names_who_lacks_consent_and_who_must_obtain_it() -> None:
    decision = evaluate(
        load_bundled("wcuc"),
        media("teacher", ["minor", "student"], "official", purpose=EDU),
        lookups(),
    )
    [blocking] = [f for f in decision.findings if f.outcome == "block"]
    assert [e.value for e in blocking.evidence if e.kind == "person"] == ["minor"]
    assert decision.actions and decision.actions[0].code == "obtain_consent"


@pytest.mark.clause("WCUC-09")
@pytest.mark.parametrize(
    ("shown", "purpose", "outcome", "why"),
    [
        (["student"], EDU, "allow", "educational activity, with consent for it"),
        (["student"], "marketing", "block", "students are shown only for an educational activity"),
        (["student"], "news", "block", "news is not an educational activity either"),
        (["student"], "", "block", "no purpose stated"),
        (["promo_student"], EDU, "block", "consent for marketing does not cover education"),
        (["manager"], "marketing", "allow", "no student shown: the purpose is not restricted"),
    ],
)
def test_it_shows_students_only_for_an_educational_activity_with_consent_for_it(
    shown: list[str], purpose: str, outcome: str, why: str
) -> None:
    event = media("teacher", shown, "official", purpose=purpose)
    decision = evaluate(load_bundled("wcuc"), event, lookups())
    assert decision.outcome == outcome, f"{why}: {decision.explain()}"
    if shown != ["manager"]:
        assert "WCUC-09" in decision.clauses


def test_it_explains_the_purpose_by_its_title() -> None:
    decision = evaluate(
        load_bundled("wcuc"),
        media("teacher", ["student"], "official", purpose="marketing"),
        lookups(),
    )
    [finding] = [f for f in decision.findings if "only for" in f.explanation]
    assert finding.outcome == "block"
    assert "only for: Educational activity; the purpose is Marketing" in finding.explanation
    assert any(e.field == "purpose" and e.value == "marketing" for e in finding.evidence)


def test_it_refuses_a_purpose_the_pack_does_not_define() -> None:
    event = media("teacher", ["student"], "official", purpose="educational activity")
    with pytest.raises(EventError) as caught:
        evaluate(load_bundled("wcuc"), event, lookups())
    [problem] = caught.value.problems
    assert problem.field == "purpose"
    assert "educational_activity, marketing, news" in problem.message


@pytest.mark.parametrize("slug", ["vts", "learning-institute", "nclt", "wcuc", "qtsd"])
def test_every_bundled_pack_offers_the_same_purpose_keys(slug: str) -> None:
    pack = load_bundled(slug)
    assert [key for key, _ in pack.purpose_choices()] == [EDU, "marketing", "news"]
    assert all(title and pack.purposes[key].description for key, title in pack.purpose_choices())


def test_it_refuses_a_binding_that_names_an_undefined_purpose() -> None:
    text = (FIXTURES / "mini-pack.yaml").read_text(encoding="utf-8")
    text += """
purposes:
  teaching: {title: Teaching}
"""
    text = text.replace(
        "rules:\n",
        "rules:\n  - rule: media.consent_required\n    clauses: [MINI-01]\n"
        "    params: {obtain_role: moderator, allowed_purposes: [marketing]}\n",
        1,
    )
    with pytest.raises(PackError) as caught:
        parse_pack(text, "mini.yaml")
    assert "purpose 'marketing' is not defined under purposes (defined: teaching)" in str(
        caught.value
    )
