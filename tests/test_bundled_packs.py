"""The five bundled packs: each carries exactly its institution's clause inventory.

The expected clause IDs and kinds are copied from REQUIREMENTS.md (IDs and kinds only),
so these tests run without the shared seed folder. If REQUIREMENTS.md changes, change
the table here in the same commit.
"""

from __future__ import annotations

from datetime import date

import pytest

from policyguard import bundled_slugs, load_bundled
from policyguard.packs.schema import ClauseKind, Pack
from policyguard.policy.binding import bound_rules

# "ID kind" pairs, in the order REQUIREMENTS.md lists them.
EXPECTED_CLAUSES: dict[str, str] = {
    "vts": """
    VTS-01 record     VTS-02 rule       VTS-03 workflow   VTS-04 rule       VTS-05 rule
    VTS-06 rule       VTS-07 rule       VTS-08 rule       VTS-09 rule       VTS-10 rule
    VTS-11 workflow   VTS-12 rule       VTS-13 guidance   VTS-14 guidance   VTS-15 guidance
    VTS-16 guidance   VTS-17 workflow   VTS-18 workflow   VTS-19 record     VTS-20 rule
    VTS-21 rule       VTS-22 workflow   VTS-23 rule       VTS-24 workflow   VTS-25 rule
    VTS-26 workflow
    """,
    "learning-institute": """
    LI-01 record      LI-02 record      LI-03 workflow    LI-04 workflow    LI-05 rule
    LI-06 rule        LI-07 rule        LI-08 rule        LI-09 rule        LI-10 rule
    LI-11 rule        LI-12 rule        LI-13 rule        LI-14 rule        LI-15 guidance
    LI-16 rule        LI-17 workflow    LI-18 workflow    LI-19 record      LI-20 record
    """,
    "nclt": """
    NCLT-01 record    NCLT-02 workflow  NCLT-03 record    NCLT-04 workflow  NCLT-05 rule
    NCLT-06 rule      NCLT-07 workflow  NCLT-08 workflow  NCLT-09 guidance  NCLT-10 workflow
    NCLT-11 guidance  NCLT-12 rule      NCLT-13 rule      NCLT-14 rule      NCLT-15 rule
    NCLT-16 rule      NCLT-17 rule      NCLT-18 rule      NCLT-19 rule      NCLT-20 workflow
    NCLT-21 record
    """,
    "wcuc": """
    WCUC-01 workflow  WCUC-02 rule      WCUC-03 workflow  WCUC-04 workflow  WCUC-05 workflow
    WCUC-06 workflow  WCUC-07 workflow  WCUC-08 rule      WCUC-09 rule      WCUC-10 rule
    WCUC-11 rule      WCUC-12 rule      WCUC-13 rule      WCUC-14 rule      WCUC-15 rule
    WCUC-16 rule      WCUC-17 workflow  WCUC-18 rule      WCUC-19 workflow  WCUC-20 rule
    WCUC-21 rule      WCUC-22 rule      WCUC-23 record    WCUC-24 record
    """,
    "qtsd": """
    QTSD-01 record    QTSD-02 record    QTSD-03 workflow  QTSD-04 rule      QTSD-05 rule
    QTSD-06 rule      QTSD-07 rule      QTSD-08 rule      QTSD-09 rule      QTSD-10 rule
    QTSD-11 workflow  QTSD-12 rule      QTSD-13 workflow  QTSD-14 record
    """,
}

SLUGS = sorted(EXPECTED_CLAUSES)

SEED_FILES = {
    "vts": "000_e55c2d87dffa56c4.txt",
    "learning-institute": "001_3b6106d2c5292108.txt",
    "nclt": "002_8c410c8a60053478.txt",
    "wcuc": "003_c54bc9e7b33ea2ad.txt",
    "qtsd": "004_d45dcc49bd5aa12d.txt",
}

# The day the packs were written: LI, NCLT and QTSD were already past their review date.
# VTS and WCUC print no approval date, so their next review is unknown, never "overdue".
TODAY = date(2026, 11, 21)
REVIEWS: dict[str, tuple[date | None, bool]] = {
    "vts": (None, False),
    "learning-institute": (date(2023, 5, 1), True),
    "nclt": (date(2023, 1, 7), True),
    "wcuc": (None, False),
    "qtsd": (date(2020, 6, 30), True),
}

ROLES_EVERY_PACK_DEFINES = {"account_approver", "moderator", "dsl", "hr"}
RELATIVE_ROLES = {"line_manager", "progress_tutor"}
REPORT_KINDS = {
    "safeguarding",
    "staff_conduct",
    "student_conduct",
    "breach",
    "colleague_post",
    "criminal",
}


def expected(slug: str) -> dict[str, ClauseKind]:
    words = EXPECTED_CLAUSES[slug].split()
    return {
        clause_id: ClauseKind(kind) for clause_id, kind in zip(words[::2], words[1::2], strict=True)
    }


@pytest.fixture(params=SLUGS)
def pack(request: pytest.FixtureRequest) -> Pack:
    slug: str = request.param
    return load_bundled(slug)


def test_it_bundles_one_pack_per_seed() -> None:
    assert bundled_slugs() == SLUGS


def test_it_reads_the_expected_table_correctly() -> None:
    counts = {slug: len(expected(slug)) for slug in SLUGS}
    assert counts == {
        "learning-institute": 20,
        "nclt": 21,
        "qtsd": 14,
        "vts": 26,
        "wcuc": 24,
    }


@pytest.mark.parametrize("slug", SLUGS)
def test_it_has_exactly_the_requirements_clauses_with_their_kinds(slug: str) -> None:
    pack = load_bundled(slug)
    found = {clause.id: clause.kind for clause in pack.clauses}
    want = expected(slug)
    assert sorted(set(want) - set(found)) == [], "clauses missing from the pack"
    assert sorted(set(found) - set(want)) == [], "clauses not in REQUIREMENTS.md"
    assert {i: k for i, k in found.items() if want[i] != k} == {}, "kinds differ"


def test_it_names_the_pack_after_its_file_and_seed(pack: Pack) -> None:
    assert pack.format == 1
    assert pack.document.file == SEED_FILES[pack.slug]
    assert pack.organisation.timezone == "Europe/London"
    assert pack.organisation.handle_patterns
    assert pack.organisation.email_domains
    assert all(p == p.lower() and p.isalnum() for p in pack.organisation.handle_patterns)


def test_it_binds_rules_whose_parameters_validate(pack: Pack) -> None:
    bound = bound_rules(pack)
    assert len(bound) == len(pack.rules) > 0


def test_it_defines_every_role_it_refers_to(pack: Pack) -> None:
    used = {pack.review.owner}
    for kind in pack.reports.values():
        used |= {role for route in kind.routes for role in (route.to, *route.also)}
    for bound in bound_rules(pack):
        used |= set(bound.spec.role_keys(bound.params))
    assert sorted(used - set(pack.roles)) == []


def test_it_defines_the_roles_every_pack_needs(pack: Pack) -> None:
    assert sorted(ROLES_EVERY_PACK_DEFINES - set(pack.roles)) == []
    for key in RELATIVE_ROLES:
        assert pack.roles[key].relative, key
    assert all(role.title.strip() for role in pack.roles.values())


def test_it_routes_every_kind_of_report(pack: Pack) -> None:
    assert sorted(REPORT_KINDS - set(pack.reports)) == []
    assert all(pack.reports[kind].routes and pack.reports[kind].title for kind in pack.reports)


def test_it_binds_report_routing_to_a_known_report_kind(pack: Pack) -> None:
    routing = [b for b in bound_rules(pack) if b.binding.rule == "report.routing"]
    assert len(routing) == 1
    fallback = routing[0].binding.params["fallback"]
    assert fallback in pack.reports


@pytest.mark.clause("LI-20", "NCLT-21", "WCUC-24", "QTSD-14")
@pytest.mark.parametrize("slug", SLUGS)
def test_it_computes_the_next_review_and_overdue_flag(slug: str) -> None:
    review = load_bundled(slug).review
    next_review, overdue = REVIEWS[slug]
    assert review.next_review == next_review
    assert review.is_overdue(TODAY) is overdue
    if review.approved_on is None:
        assert review.note, "say why the approval date is unknown"


def test_it_writes_a_distinct_summary_for_every_clause(pack: Pack) -> None:
    summaries = [" ".join(clause.summary.split()).lower() for clause in pack.clauses]
    assert all(len(s) >= 15 for s in summaries)
    assert len(set(summaries)) == len(summaries)


def test_it_places_every_clause_in_the_document(pack: Pack) -> None:
    assert all(clause.section.strip() for clause in pack.clauses)


def test_it_only_cites_its_own_clauses(pack: Pack) -> None:
    prefix = pack.clauses[0].id.split("-")[0] + "-"
    cited = {c for binding in pack.rules for c in binding.clauses}
    assert all(c.startswith(prefix) for c in cited)
    assert cited <= {clause.id for clause in pack.clauses}


@pytest.mark.parametrize("slug", SLUGS)
def test_every_rule_clause_is_carried_out_or_handed_to_a_person(slug: str) -> None:
    """`pack show --json` lists no unenforced clause for a bundled pack: each rule clause is
    bound, cited by the web: section, or has a manual part saying who and why."""
    from policyguard.cli import pack_summary

    summary = pack_summary(load_bundled(slug), TODAY)
    assert summary["unenforced_rule_clauses"] == []
    for clause_id, manual in summary["manual_clauses"].items():
        assert manual["role_title"] and len(manual["why"]) > 80, clause_id
    means = summary["carried_out_by"]
    rule_clauses = [c.id for c in load_bundled(slug).clauses if c.kind == ClauseKind.RULE]
    assert all(means[c] for c in rule_clauses)


def test_a_manual_clause_names_a_role_the_pack_defines() -> None:
    from policyguard import PackError, parse_pack

    from .conftest import FIXTURES

    text = (FIXTURES / "mini-pack.yaml").read_text(encoding="utf-8")
    clause = (
        '  - {id: MINI-03, kind: rule, section: "3", summary: Students shown in images need '
        "consent.}"
    )
    assert clause in text
    manual = (
        clause[:-1]
        + ", manual: {role: ombudsman, why: Only a person can judge whether this is so.}}"
    )
    with pytest.raises(PackError, match="role 'ombudsman' is used but not defined under roles"):
        parse_pack(text.replace(clause, manual))
    fine = (
        clause[:-1]
        + ", manual: {role: moderator, why: Only a person can judge whether this is so.}}"
    )
    pack = parse_pack(text.replace(clause, fine))
    assert pack.clause("MINI-03").manual is not None


# Record clauses: the pack section that records each, and facts it must hold (from
# REQUIREMENTS.md's summaries, in our words; the review ones are checked above).
RECORDS: dict[str, tuple[str, str, list[str]]] = {
    "VTS-01": ("vts", "applies_to", ["staff", "learners", "outside working hours"]),
    "VTS-19": ("vts", "applies_to", ["any network"]),
    "LI-01": ("learning-institute", "applies_to", ["employees", "learners", "contractors"]),
    "LI-02": (
        "learning-institute",
        "legislation",
        ["Data Protection Act 1998", "Computer Misuse Act 1990", "Copyright, Designs"],
    ),
    "LI-19": ("learning-institute", "related_policies", ["WeST E-Safety Policy"]),
    "NCLT-01": ("nclt", "applies_to", ["employees", "students", "contractors", "volunteers"]),
    "NCLT-03": (
        "nclt",
        "legislation",
        ["Regulation of Investigatory Powers Act 2000", "Computer Misuse Act 1990"],
    ),
    "WCUC-23": ("wcuc", "legislation", ["ICO guidance", "equality impact assessment"]),
    "QTSD-01": ("qtsd", "applies_to", ["assessors", "learners", "associated partners"]),
    "QTSD-02": ("qtsd", "legislation", ["Defamation Act 1996", "Equality Act 2010"]),
}


@pytest.mark.parametrize(
    ("clause_id", "slug", "section", "facts"),
    [pytest.param(c, *r, marks=pytest.mark.clause(c)) for c, r in RECORDS.items()],
)
def test_a_record_clause_is_recorded_in_its_section(
    clause_id: str, slug: str, section: str, facts: list[str]
) -> None:
    from policyguard.packs.coverage import clause_coverage

    pack = load_bundled(slug)
    [row] = [r for r in clause_coverage(pack) if r.clause.id == clause_id]
    assert section in [m.name for m in row.means if m.kind == "record"]
    recorded = " | ".join(getattr(pack, section)).lower()
    assert [f for f in facts if f.lower() not in recorded] == []
