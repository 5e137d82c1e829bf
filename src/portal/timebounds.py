"""Bounds on the times of things that have happened: a proxy's log record, a comment.

Year 1, or year 9999 with an offset, once went in through ``/weblog`` and then every page
that turned it into a local day failed. A record of something that happened lies between
2000 and a day from now (a day's grace for a proxy whose clock runs fast).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from django.utils import timezone

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
GRACE = timedelta(days=1)


def happened_time_problem(moment: datetime) -> str | None:
    """Why ``moment`` (aware) cannot be when something happened, or None when it can."""
    # The year first: comparing year 9999 with an offset to another time overflows.
    if not EARLIEST.year <= moment.year <= 9000 or not (
        EARLIEST <= moment <= timezone.now() + GRACE
    ):
        latest = (timezone.now() + GRACE).date().isoformat()
        return f"{moment.isoformat()} is out of range: give a time from 2000-01-01 to {latest}"
    return None
