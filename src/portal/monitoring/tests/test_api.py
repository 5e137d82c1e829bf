from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.test import Client

from portal.monitoring.models import SafeguardingAlert, WebLogEntry
from portal.monitoring.tests.conftest import ALERT, BLOCKED, record
from portal.organisations.models import Organisation
from portal.types import User

Token = Callable[[User], dict[str, str]]
WEBLOG = "/api/v1/orgs/oakfield/weblog"


def _post(client: Client, body: Any, headers: dict[str, str] | None = None) -> Any:
    return client.post(WEBLOG, body, content_type="application/json", **(headers or {}))  # type: ignore[arg-type]


def _get(client: Client, url: str, headers: dict[str, str]) -> Any:
    return client.get(url, **headers)  # type: ignore[arg-type]


def test_it_ingests_records_idempotently(
    client: Client, oakfield: Organisation, ivan: User, token_for: Token
) -> None:
    body = {"records": [record(), record(**BLOCKED), record(**ALERT)]}
    response = _post(client, body, token_for(ivan))
    assert response.status_code == 200
    assert response.json() == {"stored": 3, "duplicates": 0, "alerts": 1}
    again = _post(client, body, token_for(ivan))
    assert again.json() == {"stored": 0, "duplicates": 3, "alerts": 0}
    assert WebLogEntry.objects.count() == 3 and SafeguardingAlert.objects.count() == 1


def test_a_bad_record_stores_nothing_and_names_the_field(
    client: Client, oakfield: Organisation, ivan: User, token_for: Token
) -> None:
    body = {"records": [record(), record(outcome="maybe"), "not an object"]}
    response = _post(client, body, token_for(ivan))
    assert response.status_code == 422
    error = response.json()["error"]
    assert set(error) == {"code", "message", "problems"}
    assert error["code"] == "invalid_records"
    fields = [p["field"] for p in error["problems"]]
    assert fields[0] == "records.1.outcome"
    assert not WebLogEntry.objects.exists()


def test_who_may_send_and_read(
    client: Client,
    oakfield: Organisation,
    ivan: User,
    dinah: User,
    bob: User,
    charlie: User,
    alice: User,
    token_for: Token,
) -> None:
    body = {"records": [record(**ALERT)]}
    forbidden = _post(client, body, token_for(bob))
    assert forbidden.status_code == 403 and forbidden.json()["error"]["code"] == "forbidden"
    missing = _post(client, body, token_for(charlie))
    assert missing.status_code == 404
    assert _post(client, body).status_code == 401
    _post(client, body, token_for(ivan))

    alerts = "/api/v1/orgs/oakfield/alerts"
    listed = _get(client, alerts, token_for(dinah))
    assert listed.status_code == 200
    [alert] = listed.json()
    assert (alert["category"], alert["severity"], alert["search_term"]) == (
        "self_harm",
        "high",
        "how to kms",
    )
    assert _get(client, alerts, token_for(alice)).status_code == 200
    assert _get(client, alerts, token_for(ivan)).status_code == 403  # IT sends, never reads
    assert _get(client, alerts, token_for(charlie)).status_code == 404
