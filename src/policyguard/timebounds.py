"""Bounds on the times of things that have happened: a proxy's log record, a comment.

Year 1, or year 9999 with an offset, once went in through the portal's ``/weblog`` and
then every page that turned it into a local day failed. A record of something that
happened lies between 2000 and a day from now (a day's grace for a clock that runs fast).

A leaf module: it imports nothing of policyguard.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

__all__ = ["EARLIEST", "GRACE", "happened_time_problem"]

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
GRACE = timedelta(days=1)


def happened_time_problem(moment: datetime) -> str | None:
    """Why ``moment`` (aware) cannot be when something happened, or None when it can."""
    latest = datetime.now(UTC) + GRACE
    # The year first: comparing year 9999 with an offset to another time overflows.
    if not EARLIEST.year <= moment.year <= 9000 or not EARLIEST <= moment <= latest:
        return (
            f"{moment.isoformat()} is out of range: give a time from "
            f"{EARLIEST.date().isoformat()} to {latest.date().isoformat()}"
        )
    return None
