"""Review requests from one address sent all at once stay within the hourly limit: the
attack run once got past it with parallel requests, because the count was read before
the insert (issue 9). PostgreSQL runs it; threads share no in-memory SQLite database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from portal.monitoring.models import UnblockRequest
from portal.monitoring.tests.test_block_page import _params
from portal.organisations.models import Organisation
from portal.testing.races import at_once, failures

SENDERS = 8


@pytest.mark.django_db(transaction=True)
def test_parallel_requests_from_one_address_stay_within_the_limit(
    oakfield: Organisation, settings: Any
) -> None:
    if connection.vendor == "sqlite":
        pytest.skip("threads share no in-memory SQLite database; PostgreSQL runs this")
    settings.POLICYGUARD_UNBLOCK_REQUESTS_PER_HOUR = 3

    def ask(n: int) -> Callable[[], int]:
        body = {**_params(url=f"https://example.org/{n}"), "message": "coursework"}
        return lambda: Client().post("/blocked", body, REMOTE_ADDR="10.0.0.7").status_code

    answers = at_once([ask(n) for n in range(SENDERS)])
    assert failures(answers) == []
    assert sorted(answers) == [302] * 3 + [429] * (SENDERS - 3)
    assert UnblockRequest.objects.count() == 3
