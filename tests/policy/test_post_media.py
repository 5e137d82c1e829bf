"""A post that carries images or video: the media rules decide on what it shows.

Under WCUC a student under 18 on the day of the post is shown only with a parent's or
carer's consent covering that kind of media and the post's purpose (WCUC-09); the
evidence says, per person, which consent cleared them or what is missing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from policyguard import load_bundled
from policyguard.errors import EventError
from policyguard.lookups import Consent, ConsentGiver, InMemoryLookups
from policyguard.people import Affiliation, AffiliationKind, Person
from policyguard.policy.evaluate import evaluate

AT = "2026-06-01T10:00:00+01:00"
STUDENT = [Affiliation(kind=AffiliationKind.STUDENT, start=date(2025, 9, 1))]
PEOPLE = [
    Person(id="ava", name="Ava Young", date_of_birth=date(2010, 3, 1), affiliations=STUDENT),
    Person(id="ben", name="Ben Grown", date_of_birth=date(2000, 3, 1), affiliations=STUDENT),
    Person(
        id="tutor",
        name="Tia Tutor",
        affiliations=[Affiliation(kind=AffiliationKind.STAFF, start=date(2015, 9, 1))],
    ),
]


def consent(person: str, by: ConsentGiver, **extra: Any) -> Consent:
    fields: dict[str, Any] = {
        "uses": ["official_social_media", "educational_activity"],
        "given_on": date(2026, 5, 3),
        **extra,
    }
    return Consent(person_id=person, given_by=by, **fields)


def post(*shown: str, purpose: str = "educational_activity", kind: str = "image") -> dict[str, Any]:
    return {
        "kind": "post",
        "at": AT,
        "text": "Our drama students on stage",
        "author": "tutor",
        "account_type": "official",
        "media": [{"media_type": kind, "people_shown": list(shown)}],
        "purpose": purpose,
    }


def notes(decision: Any) -> dict[str, str]:
    return {
        e.value: e.note
        for f in decision.findings
        for e in f.evidence
        if e.kind == "person" and e.field == "people_shown" and e.note
    }


@pytest.mark.clause("WCUC-09")
def test_it_blocks_a_photo_of_an_under_18_without_a_parents_consent() -> None:
    own = InMemoryLookups(PEOPLE, [consent("ava", ConsentGiver.SELF)])
    decision = evaluate(load_bundled("wcuc"), post("ava"), own)
    assert decision.outcome == "block", decision.explain()
    assert "WCUC-09" in decision.clauses
    assert "parent" in notes(decision)["ava"]
    [action] = [a for a in decision.actions if a.code == "obtain_consent"]
    assert action.role == "moderator"


@pytest.mark.clause("WCUC-09")
def test_it_clears_them_once_a_parent_has_consented() -> None:
    parent = InMemoryLookups(PEOPLE, [consent("ava", ConsentGiver.PARENT)])
    decision = evaluate(load_bundled("wcuc"), post("ava"), parent)
    assert decision.outcome == "allow", decision.explain()
    assert notes(decision)["ava"] == (
        "Ava Young: cleared by consent (given 3 May 2026 by a parent or carer)"
    )


@pytest.mark.clause("WCUC-09")
def test_it_shows_students_only_for_an_educational_activity() -> None:
    parent = InMemoryLookups(PEOPLE, [consent("ava", ConsentGiver.PARENT)])
    decision = evaluate(load_bundled("wcuc"), post("ava", purpose="marketing"), parent)
    assert decision.outcome == "block"
    assert any("Educational activity" in f.explanation for f in decision.findings)


@pytest.mark.clause("WCUC-09")
def test_it_needs_the_consent_to_cover_the_kind_of_media() -> None:
    images_only = InMemoryLookups(PEOPLE, [consent("ben", ConsentGiver.SELF, media=["image"])])
    assert evaluate(load_bundled("wcuc"), post("ben"), images_only).outcome == "allow"
    video = evaluate(load_bundled("wcuc"), post("ben", kind="video"), images_only)
    assert video.outcome == "block"
    assert "video" in notes(video)["ben"]


def test_it_refuses_a_purpose_the_pack_does_not_have() -> None:
    with pytest.raises(EventError) as caught:
        evaluate(load_bundled("wcuc"), post("ben", purpose="fundraising"), InMemoryLookups(PEOPLE))
    assert caught.value.problems[0].field == "purpose"


def test_a_post_without_media_is_judged_on_its_text_alone() -> None:
    plain = {"kind": "post", "at": AT, "text": "Open day on Saturday", "account_type": "official"}
    decision = evaluate(load_bundled("wcuc"), plain, InMemoryLookups(PEOPLE))
    assert not any(f.rule.startswith("media.") for f in decision.findings)
