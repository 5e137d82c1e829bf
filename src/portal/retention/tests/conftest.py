"""Records of every registered kind, old and new, for the retention tests.

Time is frozen at 10:00 on 2026-11-21 (``portal/conftest.py``); Oakfield keeps the
default periods (web logs a year, closed alerts two years, audit six years...).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest

from portal.conftest import NOW
from portal.monitoring.models import AlertStatus, SafeguardingAlert, WebLogEntry
from portal.organisations.models import Organisation

WebLog = Callable[..., WebLogEntry]


@pytest.fixture
def web_log(oakfield: Organisation) -> WebLog:
    """``web_log(days_ago, user=..., alert=None|"open"|"closed")``: one stored record."""
    count = [0]

    def make(days_ago: int, *, user: str = "s123", alert: str | None = None) -> WebLogEntry:
        count[0] += 1
        at: datetime = NOW - timedelta(days=days_ago)
        entry = WebLogEntry.objects.create(
            organisation=oakfield,
            content_hash=f"hash-{count[0]}",
            at=at,
            device="learner_pc",
            device_id="lab1-pc07",
            client_ip="10.10.1.7",
            user=user,
            audience="learner",
            url="https://www.bing.com/search?q=revision",
            outcome="allow",
            search_site="bing",
            search_term="revision",
            alert=alert is not None,
        )
        if alert is not None:
            status = AlertStatus.CLOSED if alert == "closed" else AlertStatus.OPEN
            SafeguardingAlert.objects.create(
                organisation=oakfield,
                log_entry=entry,
                routed_role="dsl",
                term="kms",
                category="self_harm",
                severity="high",
                search_term="revision",
                user=user,
                at=at,
                status=status,
            )
        return entry

    return make


def remaining(model: Any) -> set[int]:
    return set(model.objects.values_list("pk", flat=True))
