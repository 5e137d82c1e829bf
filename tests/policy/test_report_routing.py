"""Report routing: every route of every bundled pack, chosen when it fits (the table) and
passed over when it does not (generated from each route's own conditions).

A report takes ONE route: the duty goes to the person who holds the role for that
reporter or subject where the directory knows them, else to the role; the urgency is the
clause's. The table says, per pack, what its policy asks; a test fails if a route of a
pack has no row, so a new route cannot go untested.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from policyguard import bundled_slugs, load_bundled
from policyguard.lookups import InMemoryLookups
from policyguard.packs.reports import Route, who_is
from policyguard.people import Affiliation, AffiliationKind, Person
from policyguard.policy.decisions import Decision
from policyguard.policy.evaluate import evaluate

AT = "2026-11-18T10:00:00+00:00"
DAY = date(2026, 11, 18)


def _person(pid: str, kind: str, **extra: Any) -> Person:
    end = date(2024, 7, 1) if pid == "old" else None
    return Person(
        id=pid,
        name=pid.title(),
        affiliations=[Affiliation(kind=AffiliationKind(kind), start=date(2020, 9, 1), end=end)],
        **extra,
    )


# Who reports and whom it is about: a student with a known tutor and one without, staff
# with a known line manager and one without, a parent, a contractor, a former student.
PEOPLE = {
    "stu": _person("stu", "student", progress_tutor_id="tut"),
    "stu_nt": _person("stu_nt", "student"),
    "tut": _person("tut", "staff"),
    "stf": _person("stf", "staff", line_manager_id="mgr"),
    "stf_nm": _person("stf_nm", "staff"),
    "mgr": _person("mgr", "staff"),
    "par": _person("par", "parent"),
    "con": _person("con", "contractor"),
    "old": _person("old", "student"),
}


def route(slug: str, concern: str, reporter: str | None, subject: str | None) -> Decision:
    event: dict[str, Any] = {"kind": "report", "at": AT, "concern": concern, "text": "..."}
    if reporter:
        event["reporter"] = reporter
    if subject:
        event["subject"] = subject
    return evaluate(load_bundled(slug), event, InMemoryLookups(PEOPLE.values()))


def chosen_index(decision: Decision) -> int:
    (finding,) = [f for f in decision.findings if f.rule == "report.routing"]
    (route_,) = [e for e in finding.evidence if e.field.startswith("reports.") and "[" in e.field]
    (kind,) = [e for e in finding.evidence if e.field.startswith("reports.") and "[" not in e.field]
    index = int(route_.field.rsplit("[", 1)[1].rstrip("]"))
    assert kind.value["route"] == index
    return index


@dataclass(frozen=True)
class Row:
    slug: str
    concern: str
    reporter: str | None
    subject: str | None
    index: int
    role: str
    person: str | None
    urgency: str
    also: tuple[str, ...] = ()


def row(slug: str, concern: str, who: str, index: int, role: str, urgency: str, **kw: Any) -> Any:
    """``who`` is "reporter>subject" (either may be empty)."""
    reporter, _, subject = who.partition(">")
    clauses = load_bundled(slug).reports[concern].clauses
    return pytest.param(
        Row(
            slug,
            concern,
            reporter or None,
            subject or None,
            index,
            role,
            urgency=urgency,
            person=kw.get("person"),
            also=tuple(kw.get("also", ())),
        ),
        id=f"{slug}-{concern}-{index}-{who}",
        marks=[pytest.mark.clause(*clauses)] if clauses else [],
    )


IMM, SOON, ROUTINE = "immediately", "soon", "routine"
TABLE = [
    # NCLT-10: students to their own Progress Tutor; staff to their line manager, or HR.
    row("nclt", "breach", "stu>", 0, "progress_tutor", SOON, person="tut"),
    row("nclt", "breach", "stu_nt>", 0, "progress_tutor", SOON),  # the role: admins assign
    row("nclt", "breach", "stf>", 1, "line_manager", SOON, person="mgr"),
    row("nclt", "breach", "stf_nm>", 2, "hr", SOON),
    row("nclt", "breach", "con>", 2, "hr", SOON),
    row("nclt", "breach", ">", 2, "hr", SOON),
    row("nclt", "online_conduct", "stu>", 0, "progress_tutor", IMM, person="tut"),
    row("nclt", "online_conduct", "stf>stu", 1, "line_manager", IMM, person="mgr"),
    row("nclt", "online_conduct", "stf_nm>", 2, "hr", IMM),
    row("nclt", "student_conduct", "stu>stu_nt", 0, "progress_tutor", IMM, person="tut"),
    row("nclt", "student_conduct", "stf>stu", 1, "line_manager", IMM, person="mgr"),
    row("nclt", "student_conduct", "con>stu", 2, "hr", IMM),
    row("nclt", "colleague_post", "stf>stf_nm", 0, "line_manager", IMM, person="mgr"),
    row("nclt", "colleague_post", "stu>stf", 1, "progress_tutor", IMM, person="tut"),
    row("nclt", "colleague_post", "stf_nm>stf", 2, "hr", IMM),
    row("nclt", "staff_conduct", "stu>stf", 0, "hr", IMM),
    row("nclt", "safeguarding", "stu>", 0, "dsl", IMM),
    row("nclt", "criminal", "stu>stf", 0, "hr", IMM),
    row("nclt", "criminal", "stf>stu", 1, "dsl", IMM),
    # NCLT-20: unknowing contact with a student is disclosed to HR at once.
    row("nclt", "unknowing_contact", "stf>stu", 0, "hr", IMM),
    # NCLT-15: contact with immediate family is told to the line manager at once.
    row("nclt", "family_contact", "stf>stu", 0, "line_manager", IMM, person="mgr"),
    row("nclt", "family_contact", "stf_nm>stu", 1, "hr", IMM),
    # NCLT-07: a blog that names the Trust is discussed with the line manager, who tells IT.
    row(
        "nclt",
        "blog_conflict",
        "stf>",
        0,
        "line_manager",
        ROUTINE,
        person="mgr",
        also=["it_support"],
    ),
    row("nclt", "blog_conflict", "stf_nm>", 1, "it_support", ROUTINE),
    # NCLT-08: errors in online encyclopedias go to IT Support.
    row("nclt", "encyclopedia_error", "stu>", 0, "it_support", ROUTINE),
    # WCUC-04: the Safeguarding Team; about a member of staff, the DSL (safeguarding) or
    # the Director of HR (conduct). WCUC-05: students' reports are taken seriously.
    row("wcuc", "safeguarding", "stu>stf", 0, "dsl", IMM),
    row("wcuc", "safeguarding", "stf>stu", 1, "safeguarding_team", IMM),
    row("wcuc", "safeguarding", "stu>", 1, "safeguarding_team", IMM),
    row("wcuc", "staff_conduct", "stu>stf", 0, "dsl", SOON),
    row("wcuc", "staff_conduct", "stf>stf_nm", 1, "hr", SOON),
    row("wcuc", "student_conduct", "stu>stu_nt", 0, "safeguarding_team", SOON),
    row("wcuc", "student_conduct", "stf>stu", 1, "progress_tutor", SOON, person="tut"),
    row("wcuc", "student_conduct", "stf>stu_nt", 2, "safeguarding_team", SOON),
    row("wcuc", "student_conduct", "par>", 2, "safeguarding_team", SOON),
    row("wcuc", "breach", "stu>stf", 0, "safeguarding_team", SOON),
    row("wcuc", "breach", "stf>stf_nm", 1, "hr", SOON),
    # WCUC-17: a colleague's posts: the Director of HR, with the M&C Manager told.
    row("wcuc", "colleague_post", "stf>stf_nm", 0, "hr", SOON, also=["policy_owner"]),
    row("wcuc", "criminal", "par>", 0, "dsl", IMM),
    row("wcuc", "official_account_content", "stu>", 0, "moderator", SOON),
    row("wcuc", "speaking_for_college", "stf>stf_nm", 0, "policy_owner", SOON),
    # QTSD-13: breaches to the Director of Communications; concerns to a Director at once.
    row("qtsd", "breach", "stu>", 0, "director_of_communications", SOON),
    row("qtsd", "online_concern", "stf>", 0, "directors", IMM),
    row("qtsd", "colleague_post", "stf>stf_nm", 0, "directors", IMM),
    row("qtsd", "staff_conduct", "stu>stf", 0, "directors", IMM),
    row("qtsd", "student_conduct", "stf>stu", 0, "directors", IMM),
    row("qtsd", "safeguarding", "stu>", 0, "dsl", IMM),
    row("qtsd", "criminal", "con>", 0, "directors", IMM),
    # LI-03, LI-18: breaches under the staff (HR) or student (tutor) disciplinary rules.
    row("learning-institute", "breach", "stu>stf", 0, "hr", SOON),
    row("learning-institute", "breach", "stf>stu", 1, "progress_tutor", SOON, person="tut"),
    row("learning-institute", "breach", "stf>stu_nt", 2, "director", SOON),
    row("learning-institute", "breach", "stf>", 2, "director", SOON),
    row(
        "learning-institute", "student_conduct", "stf>stu", 0, "progress_tutor", SOON, person="tut"
    ),
    row("learning-institute", "student_conduct", "stf>stu_nt", 1, "director", SOON),
    row("learning-institute", "staff_conduct", "stu>stf", 0, "hr", SOON),
    row(
        "learning-institute", "colleague_post", "stf_nm>stf", 0, "line_manager", SOON, person="mgr"
    ),
    row("learning-institute", "colleague_post", "stf>stf_nm", 1, "hr", SOON),
    row("learning-institute", "safeguarding", "stu>", 0, "dsl", IMM),
    row("learning-institute", "criminal", "stf>stu", 0, "director", IMM),
    # VTS-24 (and VTS-03, VTS-18): the document's only lines; see the pack's comment.
    row("vts", "safeguarding", "stu>", 0, "dsl", IMM),
    row("vts", "staff_conduct", "stu>stf", 0, "line_manager", SOON, person="mgr"),
    row("vts", "staff_conduct", "stu>stf_nm", 1, "hr", SOON),
    row("vts", "student_conduct", "stf>stu", 0, "progress_tutor", SOON, person="tut"),
    row("vts", "student_conduct", "stf>stu_nt", 1, "dsl", SOON),
    row("vts", "breach", "stf>", 0, "line_manager", SOON, person="mgr"),
    row("vts", "breach", "stu>", 1, "office_manager", SOON),
    row("vts", "breach", "stf_nm>", 1, "office_manager", SOON),
    row("vts", "colleague_post", "stf_nm>stf", 0, "line_manager", SOON, person="mgr"),
    row("vts", "colleague_post", "stf>stf_nm", 1, "hr", SOON),
    row("vts", "criminal", "par>", 0, "dsl", IMM),
    row("vts", "official_account_post", "par>", 0, "moderator", SOON, also=["account_owner"]),
    row("vts", "internet_use", "stf>stu", 0, "office_manager", SOON),
]


@pytest.mark.parametrize("case", TABLE)
def test_it_takes_one_fitting_route(case: Row) -> None:
    decision = route(case.slug, case.concern, case.reporter, case.subject)
    assert chosen_index(decision) == case.index, decision.explain()
    owner, *told = decision.actions
    assert (owner.role, owner.person_id, owner.urgency) == (
        case.role,
        case.person,
        case.urgency,
    ), decision.explain()
    pack = load_bundled(case.slug)
    assert owner.role_title == pack.role_title(case.role)
    assert tuple(a.role for a in told) == case.also
    assert all(a.person_id is None and a.urgency == case.urgency for a in told)
    kind = pack.reports[case.concern]
    expected = kind.route_clauses(kind.routes[case.index])
    assert owner.clauses == expected and decision.findings[0].clauses == expected
    area = next(
        e.value["area"]
        for e in decision.findings[0].evidence
        if e.field.startswith("reports.") and isinstance(e.value, dict) and "area" in e.value
    )
    assert area == kind.route_area(kind.routes[case.index])


def test_every_route_of_every_pack_has_a_row() -> None:
    tested = {(p.values[0].slug, p.values[0].concern, p.values[0].index) for p in TABLE}
    every = {
        (slug, concern, n)
        for slug in bundled_slugs()
        for concern, kind in load_bundled(slug).reports.items()
        for n in range(len(kind.routes))
    }
    assert sorted(every - tested) == []


def _breaking(route_: Route, relative: bool) -> list[tuple[str | None, str | None]]:
    """(reporter, subject) pairs that break one of ``route_``'s conditions."""
    found: list[tuple[str | None, str | None]] = []
    everyone: list[str | None] = [None, *PEOPLE]
    for reporter in everyone:
        for subject in everyone:
            who_r = who_is(PEOPLE.get(reporter or ""), DAY)
            who_s = who_is(PEOPLE.get(subject or ""), DAY)
            wrong_reporter = route_.reporter and not who_r & set(route_.reporter)
            wrong_subject = route_.about and not who_s & set(route_.about)
            if wrong_reporter or wrong_subject:
                found.append((reporter, subject))
            elif relative and route_.only_if_known:
                whose = PEOPLE.get((reporter if route_.of == "reporter" else subject) or "")
                holder = whose and (whose.line_manager_id or whose.progress_tutor_id)
                if not holder:
                    found.append((reporter, subject))
    return found


NEGATIVE = [
    pytest.param(slug, concern, n, id=f"{slug}-{concern}-{n}")
    for slug in bundled_slugs()
    for concern, kind in load_bundled(slug).reports.items()
    for n, r in enumerate(kind.routes)
    if r.reporter or r.about or r.only_if_known
]


@pytest.mark.parametrize(("slug", "concern", "n"), NEGATIVE)
def test_it_passes_over_a_route_that_does_not_fit(slug: str, concern: str, n: int) -> None:
    pack = load_bundled(slug)
    route_ = pack.reports[concern].routes[n]
    pairs = _breaking(route_, pack.roles[route_.to].relative)
    assert pairs
    for reporter, subject in pairs:
        decision = route(slug, concern, reporter, subject)
        assert chosen_index(decision) != n, (reporter, subject, decision.explain())
        assert len([a for a in decision.actions if a.code.startswith("handle_")]) == 1


@pytest.mark.parametrize("slug", bundled_slugs())
def test_an_unlisted_kind_takes_the_fallback_kinds_route(slug: str) -> None:
    pack = load_bundled(slug)
    (binding,) = [b for b in pack.rules if b.rule == "report.routing"]
    fallback = binding.params["fallback"]
    decision = route(slug, "something_else", "stf_nm", None)
    finding = decision.findings[0]
    assert finding.evidence[0].note.endswith(f"read as {fallback}")
    assert decision.actions[0].code == f"handle_{fallback}"


@pytest.mark.clause("QTSD-13")
def test_a_qtsd_online_concern_is_immediate() -> None:
    # The routing finding the issue named: it came out as "soon".
    assert route("qtsd", "online_concern", "stu", None).actions[0].urgency == IMM


@pytest.mark.clause("NCLT-10")
def test_an_nclt_students_report_goes_to_one_person_not_every_role() -> None:
    # Before: progress tutor, line manager and HR at once, none tied to a person.
    decision = route("nclt", "breach", "stu", None)
    assert [(a.role, a.person_id) for a in decision.actions] == [("progress_tutor", "tut")]
    assert "Progress Tutor (tut)" in decision.findings[0].explanation


@pytest.mark.clause("WCUC-04")
def test_wcuc_search_alerts_go_to_the_safeguarding_team() -> None:
    web = load_bundled("wcuc").web
    assert web is not None and web.alert_role == "safeguarding_team"
    # A learner's (or a guest's) concern to the Safeguarding Team; a staff account's
    # conduct to the DSL.
    assert web.alert_role_for("learner") == "safeguarding_team"
    assert web.alert_role_for("guest") == "safeguarding_team"
    assert web.alert_role_for("staff") == "dsl"
    assert web.alert_roles == ["safeguarding_team", "dsl"]


def test_packs_without_routes_alert_one_role_whatever_the_audience() -> None:
    for slug in ("vts", "qtsd", "nclt", "learning-institute"):
        web = load_bundled(slug).web
        assert web is not None and web.alert_roles == ["dsl"], slug
        assert {web.alert_role_for(a) for a in ("learner", "staff", "guest")} == {"dsl"}
