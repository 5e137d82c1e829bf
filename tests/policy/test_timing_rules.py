"""Personal web use only in the pack's windows (VTS lunch; NCLT and QTSD breaks)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from policyguard.packs.loader import load_bundled
from policyguard.policy.evaluate import evaluate

LONDON = ZoneInfo("Europe/London")
WEDNESDAY = date(2026, 11, 18)


def request(at: datetime, audience: str = "staff") -> dict[str, object]:
    return {
        "kind": "web_request",
        "at": at.isoformat(),
        "url": "https://www.facebook.com/",
        "audience": audience,
        "device": "staff_laptop",
        "categories": ["social_networks"],
    }


@pytest.mark.parametrize(
    ("slug", "window", "clause"),
    [
        ("vts", "lunch", "VTS-23"),
        ("nclt", "breaks", "NCLT-05"),
        ("nclt", "lunch", "NCLT-05"),
        ("qtsd", "breaks", "QTSD-06"),
        ("qtsd", "lunch", "QTSD-06"),
    ],
)
def test_it_allows_personal_use_inside_the_window_only(slug: str, window: str, clause: str) -> None:
    pack = load_bundled(slug)
    first = pack.schedules[window][0]
    start = datetime.combine(WEDNESDAY, first.start, LONDON)
    end = datetime.combine(WEDNESDAY, first.end, LONDON)
    inside = evaluate(pack, request(start))
    assert inside.outcome == "allow" and clause in inside.clauses, inside.explain()
    last_minute = evaluate(pack, request(end - timedelta(minutes=1)))
    assert last_minute.outcome == "allow"
    at_end = evaluate(pack, request(end))  # windows are half-open: the end minute is outside
    assert at_end.outcome == "block" and clause in at_end.clauses, at_end.explain()


def test_it_does_not_apply_the_staff_window_to_learners_in_vts() -> None:
    at = datetime.combine(WEDNESDAY, datetime.min.time(), LONDON) + timedelta(hours=10)
    assert evaluate(load_bundled("vts"), request(at, "learner")).findings == []


def test_it_treats_weekends_as_outside_weekday_windows() -> None:
    pack = load_bundled("vts")
    saturday_lunch = datetime.combine(date(2026, 11, 21), pack.schedules["lunch"][0].start, LONDON)
    assert evaluate(pack, request(saturday_lunch)).outcome == "block"
