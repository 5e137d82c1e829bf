"""Personal web use only in the pack's windows (VTS lunch; NCLT and QTSD breaks), and
off duty where the seed says so (NCLT before and after working hours; QTSD when not on
duty or travelling between appointments).

Two questions, one rule each: a site's category (social networks) is decided by the
``web:`` section (``web_filter.categories``, as Squid decides it); use that the request
says is personal (``purpose: personal``), on any site, by ``web.personal_use_window``.
Both read the same named schedules.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from policyguard import load_bundled
from policyguard.policy.evaluate import evaluate

LONDON = ZoneInfo("Europe/London")
WEDNESDAY = date(2026, 11, 18)
WINDOWS = [
    pytest.param(slug, window, clause, marks=pytest.mark.clause(clause))
    for slug, window, clause in [
        ("vts", "lunch", "VTS-23"),
        ("nclt", "breaks", "NCLT-05"),
        ("nclt", "lunch", "NCLT-05"),
        ("qtsd", "breaks", "QTSD-06"),
        ("qtsd", "lunch", "QTSD-06"),
    ]
]


def social(at: datetime, audience: str = "staff") -> dict[str, object]:
    return {
        "kind": "web_request",
        "at": at.isoformat(),
        "url": "https://www.facebook.com/",
        "audience": audience,
        "device": "staff_laptop",
        "categories": ["social_networks"],
    }


def personal(at: datetime, audience: str = "staff") -> dict[str, object]:
    """Stated personal use of a site in a category no web rule names (shopping)."""
    return {
        "kind": "web_request",
        "at": at.isoformat(),
        "url": "https://shop.example.org/basket",
        "audience": audience,
        "device": "staff_laptop",
        "categories": ["shopping"],
        "purpose": "personal",
    }


def window_edges(slug: str, window: str) -> tuple[datetime, datetime]:
    first = load_bundled(slug).schedules[window][0]
    return (
        datetime.combine(WEDNESDAY, first.start, LONDON),
        datetime.combine(WEDNESDAY, first.end, LONDON),
    )


@pytest.mark.parametrize(("slug", "window", "clause"), WINDOWS)
def test_social_networks_are_allowed_inside_the_window_only(
    slug: str, window: str, clause: str
) -> None:
    pack = load_bundled(slug)
    start, end = window_edges(slug, window)
    inside = evaluate(pack, social(start))
    assert inside.outcome == "allow" and clause in inside.clauses, inside.explain()
    assert evaluate(pack, social(end - timedelta(minutes=1))).outcome == "allow"
    at_end = evaluate(pack, social(end))  # windows are half-open: the end minute is outside
    assert at_end.outcome == "block" and clause in at_end.clauses, at_end.explain()
    # A category is the web section's question alone: the timing rule stays silent.
    assert {f.rule for f in at_end.findings} == {"web_filter.categories"}


@pytest.mark.parametrize(("slug", "window", "clause"), WINDOWS)
def test_stated_personal_use_is_allowed_inside_the_window_only(
    slug: str, window: str, clause: str
) -> None:
    pack = load_bundled(slug)
    start, end = window_edges(slug, window)
    inside = evaluate(pack, personal(start))
    assert inside.outcome == "allow" and clause in inside.clauses, inside.explain()
    at_end = evaluate(pack, personal(end))
    assert at_end.outcome == "block" and clause in at_end.clauses, at_end.explain()
    (finding,) = [f for f in at_end.findings if f.rule == "web.personal_use_window"]
    assert any(e.field == "purpose" and e.value == "personal" for e in finding.evidence)


def test_work_use_of_an_uncategorised_site_is_not_a_timing_question() -> None:
    pack = load_bundled("vts")
    _, end = window_edges("vts", "lunch")
    stated = personal(end + timedelta(hours=1))
    assert evaluate(pack, stated).outcome == "block"
    assert evaluate(pack, stated | {"purpose": "work"}).findings == []


@pytest.mark.clause("VTS-23")
def test_it_does_not_apply_the_staff_window_to_learners_in_vts() -> None:
    at = datetime.combine(WEDNESDAY, datetime.min.time(), LONDON) + timedelta(hours=10)
    pack = load_bundled("vts")
    assert evaluate(pack, social(at, "learner")).findings == []
    assert evaluate(pack, personal(at, "learner")).findings == []


@pytest.mark.clause("VTS-23")
def test_it_treats_weekends_as_outside_weekday_windows() -> None:
    pack = load_bundled("vts")
    saturday_lunch = datetime.combine(date(2026, 11, 21), pack.schedules["lunch"][0].start, LONDON)
    assert evaluate(pack, social(saturday_lunch)).outcome == "block"
    assert evaluate(pack, personal(saturday_lunch)).outcome == "block"


def at(day: date, hhmm: str) -> datetime:
    return datetime.combine(day, datetime.strptime(hhmm, "%H:%M").time(), LONDON)


SATURDAY = date(2026, 11, 21)
# (pack, when, extra event fields, outcome, why)
OFF_DUTY: list[tuple[str, datetime, dict[str, object], str, str]] = [
    ("qtsd", at(WEDNESDAY, "20:00"), {}, "allow", "after work"),
    ("qtsd", at(WEDNESDAY, "07:45"), {}, "allow", "before work"),
    ("qtsd", at(SATURDAY, "11:00"), {}, "allow", "a Saturday is not a working day"),
    ("qtsd", at(WEDNESDAY, "11:00"), {}, "block", "on duty, between breaks"),
    ("qtsd", at(WEDNESDAY, "08:30"), {}, "block", "the first minute of the working day"),
    ("qtsd", at(WEDNESDAY, "17:00"), {}, "allow", "the working day has ended"),
    ("qtsd", at(WEDNESDAY, "11:00"), {"on_duty": False}, "allow", "stated not on duty"),
    ("qtsd", at(WEDNESDAY, "20:00"), {"on_duty": True}, "block", "stated on duty, evening"),
    ("qtsd", at(WEDNESDAY, "11:00"), {"travelling": True}, "allow", "between appointments"),
    ("nclt", at(WEDNESDAY, "18:00"), {}, "allow", "travelling home after work"),
    ("nclt", at(SATURDAY, "11:00"), {}, "allow", "not a college day"),
    ("nclt", at(WEDNESDAY, "11:00"), {}, "block", "in the working day"),
    ("nclt", at(WEDNESDAY, "11:00"), {"on_duty": False}, "allow", "a part-timer's day off"),
    ("nclt", at(WEDNESDAY, "11:00"), {"travelling": True}, "block", "NCLT: travel is off duty"),
    ("vts", at(WEDNESDAY, "20:00"), {}, "block", "VTS grants the lunch break only"),
    ("vts", at(SATURDAY, "11:00"), {}, "block", "VTS grants the lunch break only"),
    ("vts", at(WEDNESDAY, "11:00"), {"on_duty": False}, "block", "VTS: no off-duty allowance"),
]
CLAUSE = {"qtsd": "QTSD-06", "nclt": "NCLT-05", "vts": "VTS-23"}


@pytest.mark.parametrize(
    ("slug", "when", "extra", "outcome", "why"),
    [
        pytest.param(*row, id=f"{row[0]}: {row[4]}", marks=pytest.mark.clause(CLAUSE[row[0]]))
        for row in OFF_DUTY
    ],
)
def test_stated_personal_use_off_duty(
    slug: str, when: datetime, extra: dict[str, object], outcome: str, why: str
) -> None:
    decision = evaluate(load_bundled(slug), personal(when) | extra)
    assert decision.outcome == outcome, f"{why}: {decision.explain()}"
    assert CLAUSE[slug] in decision.clauses


@pytest.mark.clause("QTSD-06", "NCLT-05")
@pytest.mark.parametrize(
    ("slug", "when", "outcome"),
    [
        ("qtsd", at(WEDNESDAY, "20:00"), "allow"),
        ("qtsd", at(SATURDAY, "11:00"), "allow"),
        ("qtsd", at(WEDNESDAY, "11:00"), "block"),
        ("nclt", at(WEDNESDAY, "07:45"), "allow"),
        ("nclt", at(WEDNESDAY, "16:59"), "block"),
    ],
)
def test_the_web_filter_allows_social_networks_outside_working_hours(
    slug: str, when: datetime, outcome: str
) -> None:
    """The proxy's side of the same question: the web: section reads the same schedule."""
    decision = evaluate(load_bundled(slug), social(when))
    assert decision.outcome == outcome, decision.explain()


@pytest.mark.clause("QTSD-06")
def test_it_names_the_working_hours_and_says_they_are_a_default() -> None:
    decision = evaluate(load_bundled("qtsd"), personal(at(WEDNESDAY, "20:00")))
    [finding] = [f for f in decision.findings if f.rule == "web.personal_use_window"]
    assert finding.explanation == (
        "Personal use is allowed when not on duty: outside working_hours "
        "(Mon-Fri 08:30-17:00 (default))."
    )


@pytest.mark.parametrize("slug", ["vts", "learning-institute", "nclt", "wcuc", "qtsd"])
def test_every_pack_has_working_hours_and_marks_times_the_seed_does_not_give(slug: str) -> None:
    schedules = load_bundled(slug).schedules
    assert {"working_hours", "breaks", "lunch"} <= set(schedules)
    # None of the five documents prints a time of day, so every window is a default.
    assert all(window.default for windows in schedules.values() for window in windows)
