"""Personal web use only in the pack's windows (VTS lunch; NCLT and QTSD breaks).

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
    ("vts", "lunch", "VTS-23"),
    ("nclt", "breaks", "NCLT-05"),
    ("nclt", "lunch", "NCLT-05"),
    ("qtsd", "breaks", "QTSD-06"),
    ("qtsd", "lunch", "QTSD-06"),
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
    """Stated personal use of a site no list puts in a category."""
    return {
        "kind": "web_request",
        "at": at.isoformat(),
        "url": "https://shop.example.org/basket",
        "audience": audience,
        "device": "staff_laptop",
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


def test_it_does_not_apply_the_staff_window_to_learners_in_vts() -> None:
    at = datetime.combine(WEDNESDAY, datetime.min.time(), LONDON) + timedelta(hours=10)
    pack = load_bundled("vts")
    assert evaluate(pack, social(at, "learner")).findings == []
    assert evaluate(pack, personal(at, "learner")).findings == []


def test_it_treats_weekends_as_outside_weekday_windows() -> None:
    pack = load_bundled("vts")
    saturday_lunch = datetime.combine(date(2026, 11, 21), pack.schedules["lunch"][0].start, LONDON)
    assert evaluate(pack, social(saturday_lunch)).outcome == "block"
    assert evaluate(pack, personal(saturday_lunch)).outcome == "block"
