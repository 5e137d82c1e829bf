"""Each content clause of each bundled pack, with a post that breaks it and one that
does not. Names come from a small directory so that personal-data clauses can fire."""

from __future__ import annotations

import pytest

from policyguard import load_bundled
from policyguard.lookups import InMemoryLookups
from policyguard.people import Affiliation, AffiliationKind, Person
from policyguard.policy.decisions import Outcome
from policyguard.policy.evaluate import evaluate

LOOKUPS = InMemoryLookups(
    [
        Person(
            id="s1", name="Carol Ashdown", affiliations=[Affiliation(kind=AffiliationKind.STUDENT)]
        ),
        Person(
            id="w1", name="Walter Brackley", affiliations=[Affiliation(kind=AffiliationKind.STAFF)]
        ),
    ]
)
CLEAN = "Thank you to everyone who came to the open day, see you in September."
BREAKS = [
    # (pack, clause, account, text)
    ("vts", "VTS-05", "personal", "you are a worthless piece of trash"),
    ("vts", "VTS-09", "personal", "All immigrants are vermin"),
    ("vts", "VTS-21", "personal", "kys loser"),
    ("vts", "VTS-07", "personal", "Carol Ashdown lives at 22 Station Road, Swindon"),
    ("vts", "VTS-08", "personal", "On behalf of VTS I can confirm the course is cancelled"),
    ("vts", "VTS-03", "official", CLEAN),
    ("learning-institute", "LI-07", "personal", "what a fucking idiot"),
    ("learning-institute", "LI-08", "personal", "Walter Brackley is useless at his job"),
    ("learning-institute", "LI-12", "personal", "Carol's phone is 07700 900123"),
    (
        "learning-institute",
        "LI-11",
        "personal",
        "Speaking on behalf of The Learning Institute, we reject this",
    ),
    ("nclt", "NCLT-14", "personal", "This is strictly confidential: the new timetable"),
    ("nclt", "NCLT-16", "personal", "faggots should be banned"),
    ("nclt", "NCLT-12", "personal", "Carol Ashdown got kicked out"),
    ("wcuc", "WCUC-08", "official", "Vote Labour! Use code SAVE20"),
    ("wcuc", "WCUC-12", "personal", "what a fucking idiot"),
    ("wcuc", "WCUC-09", "personal", "Carol Ashdown, DOB 04/05/2008"),
    ("wcuc", "WCUC-20", "personal", "text me on 07700 900123"),
    ("wcuc", "WCUC-14", "personal", "Our achievement rates are awful this year"),
    ("wcuc", "WCUC-15", "personal", "We got our Ofsted grade today"),
    ("wcuc", "WCUC-02", "personal", "Wiltshire College has decided to close the campus"),
    ("qtsd", "QTSD-04", "personal", "my DOB is 04/05/1990 and NI number AB 12 34 56 C"),
    ("qtsd", "QTSD-05", "official", "We organized a great program for our learners"),
    ("qtsd", "QTSD-08", "personal", "Walter Brackley is a muppet, what a prick"),
]


def clause_findings(slug: str, account: str, text: str, clause: str) -> list[Outcome]:
    event = {
        "kind": "post",
        "at": "2026-02-10T10:00:00+00:00",
        "text": text,
        "account_type": account,
    }
    decision = evaluate(load_bundled(slug), event, LOOKUPS)
    return [f.outcome for f in decision.findings if clause in f.clauses]


@pytest.mark.parametrize(
    ("slug", "clause", "account", "text"),
    [pytest.param(*row, marks=pytest.mark.clause(row[1])) for row in BREAKS],
)
def test_a_breaking_post_is_flagged_under_the_clause(
    slug: str, clause: str, account: str, text: str
) -> None:
    outcomes = clause_findings(slug, account, text, clause)
    assert outcomes and all(o in (Outcome.REVIEW, Outcome.BLOCK) for o in outcomes)


@pytest.mark.parametrize(
    ("slug", "clause", "account"),
    sorted({(s, c, a) for s, c, a, _ in BREAKS if c != "VTS-03"}),
)
def test_a_clean_post_is_not_flagged(slug: str, clause: str, account: str) -> None:
    assert clause_findings(slug, account, CLEAN, clause) == []
