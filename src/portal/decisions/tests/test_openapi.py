"""The API describes itself at /api/docs and /api/openapi.json, without a token."""

from __future__ import annotations

from django.test import Client

from portal.types import User


def test_it_serves_the_docs(client: Client, db: None) -> None:
    response = client.get("/api/docs")
    assert response.status_code == 200
    assert b"openapi.json" in response.content


def test_it_serves_the_schema(client: Client, db: None) -> None:
    schema = client.get("/api/openapi.json").json()
    operation = schema["paths"]["/api/v1/orgs/{org}/decisions"]["post"]
    assert (
        operation["requestBody"]["content"]["application/json"]["example"]["kind"] == "connection"
    )
    assert "422" in operation["responses"]
    assert schema["components"]["securitySchemes"]["TokenAuth"]["scheme"] == "bearer"


def test_it_lists_the_users_organisations(
    client: Client, alice: User, elmbrook: object, token_for: object
) -> None:
    body = client.get("/api/v1/orgs", **token_for(alice)).json()  # type: ignore[operator]
    assert [(o["slug"], o["review_overdue"], o["is_admin"]) for o in body] == [
        ("oakfield", True, True)
    ]
