"""The moderation API: screen (nothing recorded), submit a draft, list drafts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from django.test import Client

from portal.decisions.models import Decision
from portal.moderation.actions import submit_draft
from portal.moderation.models import Post
from portal.moderation.tests.conftest import CLEAN_DRAFT, PHONE_DRAFT
from portal.officialaccounts.models import OfficialAccount
from portal.people.models import Person
from portal.types import User

TokenFor = Callable[[User], dict[str, str]]


def _post(client: Client, url: str, body: Any, headers: dict[str, str]) -> Any:
    return client.post(url, data=json.dumps(body), content_type="application/json", **headers)  # type: ignore[arg-type]


def _error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "problems"}
    assert body["error"]["code"] == code
    error: dict[str, Any] = body["error"]
    return error


def test_it_screens_without_recording(client: Client, bob: User, token_for: TokenFor) -> None:
    response = _post(client, "/api/v1/orgs/oakfield/screen", {"text": PHONE_DRAFT}, token_for(bob))
    assert response.status_code == 200
    body = response.json()
    assert body["outcome"] == "review"
    spans = [e for f in body["findings"] for e in f["evidence"] if e["kind"] == "text_span"]
    assert any(e["value"] == "07700 900123" for e in spans)
    assert Decision.objects.count() == 0
    assert Post.objects.count() == 0


def test_it_screens_a_personal_post(client: Client, dave: User, token_for: TokenFor) -> None:
    # A student may check their own personal post; the moderation rule covers only
    # official accounts, so a clean personal post is allowed.
    body = {"text": CLEAN_DRAFT, "account_type": "personal"}
    response = _post(client, "/api/v1/orgs/oakfield/screen", body, token_for(dave))
    assert response.json()["outcome"] == "allow"


def test_a_screen_gives_no_directory_facts_the_asker_may_not_see(
    client: Client, alice: User, bob: User, dave: User, token_for: TokenFor
) -> None:
    # An administrator sees a directory name found in a draft, with its id. Staff who see
    # only themselves and their team (bob), and students (dave), are screened only
    # against the people they may name: the answer once told bob Lena's id.
    body = {"text": "Well done Lena Ward and Dave Dunn on the relay!", "account_type": "official"}
    admin = _post(client, "/api/v1/orgs/oakfield/screen", body, token_for(alice)).json()
    staff = _post(client, "/api/v1/orgs/oakfield/screen", body, token_for(bob)).json()
    student = _post(client, "/api/v1/orgs/oakfield/screen", body, token_for(dave)).json()

    def names(decision: dict[str, Any]) -> set[str]:
        return {
            e["value"]
            for f in decision["findings"]
            for e in f["evidence"]
            if e["kind"] in ("text_span", "person") and "L00" in (e.get("note") or "")
        }

    assert "Lena Ward" in names(admin)
    assert "L002" in json.dumps(admin)
    for restricted in (staff, student):
        assert "Lena Ward" not in names(restricted) and "L002" not in json.dumps(restricted)
        assert "L001" not in json.dumps(staff)  # nor Dave, who bob does not teach


def test_it_rejects_a_bad_screen_request(client: Client, bob: User, token_for: TokenFor) -> None:
    body = {"text": "hi", "account_type": "group"}
    error = _error(
        _post(client, "/api/v1/orgs/oakfield/screen", body, token_for(bob)), 422, "invalid_request"
    )
    assert error["problems"][0]["field"].endswith("account_type")


def test_it_hides_other_organisations(client: Client, charlie: User, token_for: TokenFor) -> None:
    headers = token_for(charlie)
    _error(_post(client, "/api/v1/orgs/oakfield/screen", {"text": "x"}, headers), 404, "not_found")
    _error(client.get("/api/v1/orgs/oakfield/drafts", **headers), 404, "not_found")  # type: ignore[arg-type]


def test_it_needs_a_token(client: Client, oakfield: object) -> None:
    _error(client.get("/api/v1/orgs/oakfield/drafts"), 401, "not_authenticated")


def test_it_submits_a_draft(
    client: Client, bob: User, account: OfficialAccount, token_for: TokenFor
) -> None:
    body = {"account": "@oakfieldcollege", "text": PHONE_DRAFT}
    response = _post(client, "/api/v1/orgs/oakfield/drafts", body, token_for(bob))
    assert response.status_code == 201
    out = response.json()
    post = Post.objects.get()
    assert out["id"] == post.pk
    assert out["status"] == "awaiting_moderation"
    assert "OAK-08" in out["clauses"] or "OAK-09" in out["clauses"]
    assert Decision.objects.get().channel == "web"
    again = client.get(response["Location"], **token_for(bob))  # type: ignore[arg-type]
    assert again.json()["id"] == post.pk


def test_it_hides_someone_elses_draft(
    client: Client, bob: User, gail: User, account: OfficialAccount, token_for: TokenFor
) -> None:
    post = submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)
    response = client.get(f"/api/v1/orgs/oakfield/drafts/{post.pk}", **token_for(gail))  # type: ignore[arg-type]
    _error(response, 404, "not_found")


def test_it_names_the_accounts_when_one_is_unknown(
    client: Client, bob: User, account: OfficialAccount, token_for: TokenFor
) -> None:
    body = {"account": "@nope", "text": "hello"}
    error = _error(
        _post(client, "/api/v1/orgs/oakfield/drafts", body, token_for(bob)), 422, "invalid_request"
    )
    assert "@OakfieldCollege" in error["problems"][0]["message"]


def test_it_keeps_students_out(
    client: Client, dave: User, account: OfficialAccount, token_for: TokenFor
) -> None:
    headers = token_for(dave)
    body = {"account": "@OakfieldCollege", "text": "hello"}
    _error(_post(client, "/api/v1/orgs/oakfield/drafts", body, headers), 403, "forbidden")
    _error(client.get("/api/v1/orgs/oakfield/drafts", **headers), 403, "forbidden")  # type: ignore[arg-type]


def test_it_lists_what_each_user_may_see(
    client: Client,
    bob: User,
    gail: User,
    erin: User,
    account: OfficialAccount,
    token_for: TokenFor,
) -> None:
    mine = submit_draft(account=account, text=PHONE_DRAFT, acting_user=bob)
    theirs = submit_draft(account=account, text=CLEAN_DRAFT, acting_user=gail)

    def ids(user: User, query: str = "") -> set[int]:
        response = client.get(f"/api/v1/orgs/oakfield/drafts{query}", **token_for(user))  # type: ignore[arg-type]
        assert response.status_code == 200
        return {p["id"] for p in response.json()}

    assert ids(bob) == {mine.pk}
    assert ids(gail) == {theirs.pk}
    assert ids(erin) == {mine.pk, theirs.pk}
    assert ids(erin, "?status=approved") == set()
    bad = client.get("/api/v1/orgs/oakfield/drafts?status=odd", **token_for(erin))  # type: ignore[arg-type]
    _error(bad, 422, "invalid_request")


def test_a_nul_in_a_draft_or_a_screen_is_taken_out(
    client: Client, bob: User, account: OfficialAccount, token_for: TokenFor
) -> None:
    # A NUL reached PostgreSQL and gave a 500; what is left of the text is kept.
    text = "Open day\x00 on Saturday."
    screened = _post(client, "/api/v1/orgs/oakfield/screen", {"text": text}, token_for(bob))
    assert screened.status_code == 200
    body = {"account": "@oakfieldcollege", "text": text}
    response = _post(client, "/api/v1/orgs/oakfield/drafts", body, token_for(bob))
    assert response.status_code == 201, response.content
    assert Post.objects.get().text == "Open day on Saturday."


def test_an_oversized_screen_or_draft_gets_the_json_413(
    client: Client, bob: User, account: OfficialAccount, token_for: TokenFor, settings: Any
) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    text = "word " * 100
    for url, body in [
        ("/api/v1/orgs/oakfield/screen", {"text": text}),
        ("/api/v1/orgs/oakfield/drafts", {"account": "@oakfieldcollege", "text": text}),
    ]:
        _error(_post(client, url, body, token_for(bob)), 413, "too_large")


def test_a_draft_tells_its_author_no_directory_facts_but_still_waits_for_moderation(
    client: Client,
    alice: User,
    bob: User,
    account: OfficialAccount,
    token_for: TokenFor,
    directory: dict[str, Person],
) -> None:
    # Dave Dunn (L001) has consent on file; Lena Ward (L002) has none. Bob may see
    # neither: the draft's recorded screen must not name them or say whose consent is
    # on file, yet the draft must not skip moderation because of that.
    body = {"account": "@oakfieldcollege", "text": "Well done Lena Ward on the relay!"}
    out = _post(client, "/api/v1/orgs/oakfield/drafts", body, token_for(bob)).json()
    decision = Decision.objects.get(pk=out["decision_id"])
    assert "L002" not in json.dumps(decision.decision)
    assert "L002" not in json.dumps(out)
    assert out["status"] == "awaiting_moderation"
    # The moderator (alice) reads the screen against the whole directory.
    client.force_login(alice)
    page = client.get(f"/orgs/oakfield/moderation/{out['id']}/").content.decode()
    assert "L002" in page
