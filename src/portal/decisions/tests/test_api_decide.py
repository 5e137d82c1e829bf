"""POST /api/v1/orgs/{org}/decisions: the CLI's contract over HTTP, recorded and audited."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from policyguard import RelationKind, evaluate, parse_event
from portal.apitokens.actions import create_api_token, revoke_api_token
from portal.audit.models import AuditEntry
from portal.decisions.models import Decision, Obligation
from portal.organisations.models import Organisation
from portal.people.actions import add_relation
from portal.people.models import Person
from portal.people.queries import DatabaseLookups
from portal.types import User

URL = "/api/v1/orgs/oakfield/decisions"
FRIEND_REQUEST = {
    "kind": "connection",
    "at": "2026-11-21T10:00:00+00:00",
    "actor": "S002",
    "target": "L001",
    "action": "friend_request",
    "platform": "facebook",
}
TokenFor = Callable[[User], dict[str, str]]


def post(client: Client, body: Any, headers: dict[str, str], url: str = URL) -> Any:
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(url, data=data, content_type="application/json", **headers)  # type: ignore[arg-type]


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "problems"}
    assert body["error"]["code"] == code
    error: dict[str, Any] = body["error"]
    return error


def test_it_decides_like_the_cli(
    client: Client, alice: User, directory: dict[str, Person], token_for: TokenFor
) -> None:
    response = post(client, FRIEND_REQUEST, token_for(alice))
    assert response.status_code == 200
    oakfield = Organisation.objects.get(slug="oakfield")
    expected = evaluate(oakfield.pack(), parse_event(FRIEND_REQUEST), DatabaseLookups(oakfield))
    assert response.json() == expected.model_dump(mode="json")
    assert response.json()["outcome"] == "block"
    assert response.json()["findings"][0]["clauses"] == ["OAK-01", "OAK-02"]


def test_it_records_the_decision_with_an_audit_row(
    client: Client, alice: User, directory: dict[str, Person], token_for: TokenFor
) -> None:
    response = post(client, FRIEND_REQUEST, token_for(alice))
    record = Decision.objects.get()
    assert response["Location"] == f"{URL}/{record.pk}"
    assert (record.event_kind, record.outcome, record.requested_by) == (
        "connection",
        "block",
        alice,
    )
    assert record.clauses == ["OAK-01", "OAK-02"]
    assert record.event["actor"] == "S002"
    entry = AuditEntry.objects.get(verb="decision.record")
    assert (entry.actor_name, entry.object_id) == ("alice", str(record.pk))


def test_obligations_reach_the_line_manager(
    client: Client,
    alice: User,
    bob: User,
    dave: User,
    directory: dict[str, Person],
    token_for: TokenFor,
) -> None:
    # Sian (S002, managed by bob) is Dave's aunt: allowed, but bob must be told.
    add_relation(
        person=directory["S002"],
        kind=RelationKind.FAMILY_OF,
        other=directory["L001"],
        acting_user=None,
    )
    response = post(client, FRIEND_REQUEST, token_for(alice))
    assert response.json()["outcome"] == "allow"
    obligation = Obligation.objects.get()
    assert (obligation.role, obligation.person_external_id) == ("line_manager", "S001")
    location = response["Location"]
    assert client.get(location, **token_for(bob)).status_code == 200  # type: ignore[arg-type]
    # Dave neither asked nor must act.
    assert_error(client.get(location, **token_for(dave)), 404, "not_found")  # type: ignore[arg-type]


def test_it_names_each_invalid_field(
    client: Client, alice: User, directory: dict[str, Person], token_for: TokenFor
) -> None:
    bad = {**FRIEND_REQUEST, "at": "2026-11-21T10:00:00", "action": "poke"}
    del bad["platform"]
    error = assert_error(post(client, bad, token_for(alice)), 422, "invalid_event")
    fields = {p["field"] for p in error["problems"]}
    assert fields == {"at", "action", "platform"}
    assert not Decision.objects.exists()


def test_an_unknown_person_id_is_an_invalid_event(
    client: Client, alice: User, directory: dict[str, Person], token_for: TokenFor
) -> None:
    error = assert_error(
        post(client, {**FRIEND_REQUEST, "target": "NOBODY"}, token_for(alice)), 422, "invalid_event"
    )
    assert error["problems"] == [
        {"field": "target", "message": "no person with id 'NOBODY' in the directory"}
    ]


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [("{not json", 422, ""), ('{"kind": "dance"}', 422, "kind"), ("", 400, None), ("[]", 422, "")],
)
def test_it_rejects_bodies_that_are_not_events(
    client: Client, alice: User, token_for: TokenFor, body: str, status: int, field: str | None
) -> None:
    error = assert_error(post(client, body, token_for(alice)), status, "invalid_event")
    if field is not None:
        assert error["problems"][0]["field"] == field


def test_it_needs_a_token(client: Client, oakfield: Organisation) -> None:
    response = post(client, FRIEND_REQUEST, {})
    assert_error(response, 401, "not_authenticated")
    assert response["WWW-Authenticate"] == "Bearer"
    assert_error(
        post(client, FRIEND_REQUEST, {"HTTP_AUTHORIZATION": "Bearer pg_wrong"}),
        401,
        "not_authenticated",
    )


def test_a_revoked_token_no_longer_works(client: Client, alice: User) -> None:
    row, token = create_api_token(user=alice, name="old", acting_user=alice)
    revoke_api_token(token=row, acting_user=alice)
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    assert_error(post(client, FRIEND_REQUEST, headers), 401, "not_authenticated")


def test_other_organisations_are_not_found(
    client: Client, charlie: User, directory: dict[str, Person], token_for: TokenFor
) -> None:
    # Charlie (Elmbrook) cannot tell Oakfield from an organisation that does not exist.
    known = assert_error(post(client, FRIEND_REQUEST, token_for(charlie)), 404, "not_found")
    unknown = assert_error(
        post(client, FRIEND_REQUEST, token_for(charlie), url="/api/v1/orgs/nowhere/decisions"),
        404,
        "not_found",
    )
    assert known == unknown
    assert not Decision.objects.exists()


def test_ids_resolve_in_the_requested_organisation_only(
    client: Client, charlie: User, directory: dict[str, Person], token_for: TokenFor
) -> None:
    # Oakfield's S002 and L001 are unknown at Elmbrook.
    error = assert_error(
        post(client, FRIEND_REQUEST, token_for(charlie), url="/api/v1/orgs/elmbrook/decisions"),
        422,
        "invalid_event",
    )
    assert {p["field"] for p in error["problems"]} == {"actor", "target"}


def test_an_oversized_body_gets_the_error_shape(
    client: Client, alice: User, token_for: TokenFor, settings: Any
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 50
    assert_error(post(client, FRIEND_REQUEST, token_for(alice)), 413, "too_large")


def test_a_student_learns_nothing_of_people_they_may_not_see(
    client: Client, dave: User, directory: dict[str, Person], token_for: TokenFor
) -> None:
    # L002's leaving date would show in the answer; for dave (a student, who sees no
    # directory) her id reads like an id nobody has, so ids cannot be probed either.
    event = {**FRIEND_REQUEST, "target": "L002"}
    known = assert_error(post(client, event, token_for(dave)), 422, "invalid_event")
    unknown = assert_error(
        post(client, {**event, "target": "X999"}, token_for(dave)), 422, "invalid_event"
    )
    assert [p["field"] for p in known["problems"]] == ["actor", "target"]
    assert known["problems"][1]["message"] == "no person with id 'L002' in the directory"
    assert unknown["problems"][1]["message"] == "no person with id 'X999' in the directory"
    assert not Decision.objects.exists()
    # Their own id is theirs to name.
    own = post(client, {**event, "actor": "L001", "target": "L001"}, token_for(dave))
    assert own.status_code == 200


def test_a_relative_task_with_no_holder_is_not_for_every_holder_of_the_role(
    client: Client, alice: User, directory: dict[str, Person], token_for: TokenFor
) -> None:
    # T001 has no line manager on record; the family disclosure the decision asks of "the
    # line manager" must not go to whoever holds line_manager for other people.
    from portal.organisations.actions import set_membership

    add_relation(
        person=directory["T001"],
        kind=RelationKind.FAMILY_OF,
        other=directory["L001"],
        acting_user=None,
    )
    event = {**FRIEND_REQUEST, "actor": "T001"}
    response = post(client, event, token_for(alice))
    assert response.status_code == 200
    record = Decision.objects.get()
    assert list(record.obligations.values_list("role", "person_external_id")) == [
        ("line_manager", "")
    ]
    other = User.objects.create_user("lm", password="x")
    set_membership(
        organisation=record.organisation,
        user=other,
        roles=["staff", "line_manager"],
        acting_user=None,
    )
    location = response["Location"]
    assert_error(client.get(location, **token_for(other)), 404, "not_found")  # type: ignore[arg-type]
    assert client.get(location, **token_for(alice)).status_code == 200  # type: ignore[arg-type]


def test_a_nul_in_an_event_is_taken_out(
    client: Client, alice: User, directory: dict[str, Person], token_for: TokenFor
) -> None:
    # PostgreSQL's JSON refuses "\u0000": the decision once failed with a 500.
    event = {**FRIEND_REQUEST, "stated_reason": "my\x00 nephew"}
    response = post(client, event, token_for(alice))
    assert response.status_code == 200, response.content
    assert Decision.objects.get().event["stated_reason"] == "my nephew"


@pytest.mark.parametrize("at", ["9999-12-31T23:00:00-05:00", "0001-01-01T00:30:00+01:00"])
def test_an_impossible_time_is_a_422_naming_the_field(
    client: Client, alice: User, directory: dict[str, Person], token_for: TokenFor, at: str
) -> None:
    error = assert_error(
        post(client, {**FRIEND_REQUEST, "at": at}, token_for(alice)), 422, "invalid_event"
    )
    assert [p["field"] for p in error["problems"]] == ["at"]
    assert "out of range" in error["problems"][0]["message"]


def test_an_inline_person_is_never_matched_to_consents_the_asker_may_not_see(
    client: Client, bob: User, dave: User, directory: dict[str, Person], token_for: TokenFor
) -> None:
    # L001 has a parent's consent on file. Described inline under L001's id by someone
    # who may not name L001, the answer must read as for an id nobody has.
    def media(shown_id: str) -> dict[str, Any]:
        return {
            "kind": "media",
            "at": "2026-11-21T10:00:00+00:00",
            "author": {"id": "me", "affiliations": [{"kind": "staff"}]},
            "media_type": "image",
            "account_type": "official",
            "people_shown": [
                {
                    "id": shown_id,
                    "date_of_birth": "2010-05-05",
                    "affiliations": [{"kind": "student"}],
                }
            ],
        }

    known = post(client, media("L001"), token_for(bob)).json()
    unknown = post(client, media("X999"), token_for(bob)).json()
    assert known["outcome"] == unknown["outcome"] == "block"
    assert json.dumps(known["findings"]) == json.dumps(unknown["findings"]).replace("X999", "L001")
    # Dave is L001 and may name himself: his own consent counts.
    assert post(client, media("L001"), token_for(dave)).json()["outcome"] != "block"
