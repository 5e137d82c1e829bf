from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import time_machine
from django.test import Client

from portal.audit.models import AuditEntry
from portal.conftest import NOW
from portal.monitoring.models import UnblockRequest
from portal.organisations.models import Organisation


def _params(**overrides: str) -> dict[str, str]:
    params = {
        "url": "https://www.instagram.com/explore",
        "outcome": "block",
        "reason": "rule",
        "category": "social_networks",
        "entry": "instagram.com",
        "clauses": "OAK-01,ZZZ-99",
        "rule": "0",
        "org": "oakfield",
        "audience": "learner",
        "device": "learner_pc",
        "at": "2026-11-21T09:59:00Z",
    }
    params.update(overrides)
    return params


def test_it_shows_what_was_blocked_and_the_clause_summaries(
    client: Client, oakfield: Organisation
) -> None:
    # Anyone, signed in or not: learners on a filtered PC are not signed in.
    response = client.get("/blocked?" + urlencode(_params()))
    assert response.status_code == 200
    page = response.content.decode()
    assert "https://www.instagram.com/explore" in page
    assert "social_networks" in page and "instagram.com" in page
    assert "The organisation&#x27;s policy blocks this category here." in page
    assert "Staff keep no social media contact with current students." in page  # OAK-01
    assert "ZZZ-99" in page and "not in the policy this portal knows" in page
    assert "Ask for a review" in page
    assert response["Cache-Control"] == "no-store"


def test_it_shows_an_unknown_organisation_plainly(client: Client, db: None) -> None:
    response = client.get("/blocked?" + urlencode(_params(org="nowhere")))
    assert response.status_code == 200
    page = response.content.decode()
    assert "nowhere" in page and "is not known here" in page
    assert "Ask for a review" not in page  # nobody to send it to


def test_it_escapes_hostile_parameters(client: Client, oakfield: Organisation) -> None:
    hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    response = client.get(
        "/blocked?"
        + urlencode(
            _params(
                url="http://x.test/" + hostile,
                entry=hostile,
                category=hostile,
                reason=hostile,
                org=hostile,
                clauses=hostile + ",OAK-01",
            )
        )
    )
    page = response.content.decode()
    assert "<script>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # A clause ID that is not one is dropped, not echoed.
    assert "onerror" not in page.split("<h2>Why</h2>")[1].split("</ul>")[0]


def test_it_leaks_nothing_about_other_organisations(
    client: Client, oakfield: Organisation, elmbrook: Organisation
) -> None:
    # An Oakfield clause asked for on Elmbrook's page: Elmbrook's pack does not have it.
    page = client.get("/blocked?" + urlencode(_params(org="elmbrook"))).content.decode()
    assert "Staff keep no social media contact" not in page


def test_it_records_a_review_request_for_the_filtering_role(
    client: Client, oakfield: Organisation
) -> None:
    data = {
        **_params(),
        "clauses": "OAK-01",
        "message": "I need it for my media studies project.",
        "requester_name": "Dave",
        "requester_email": "",
    }
    response = client.post("/blocked", data)
    assert response.status_code == 302 and response["Location"] == "/blocked/requested"
    request = UnblockRequest.objects.get()
    assert request.organisation == oakfield
    assert request.url == "https://www.instagram.com/explore"
    assert request.clauses == ["OAK-01"]
    assert request.routed_roles == ["it_manager"]  # Oakfield's pack has an IT manager
    assert request.status == "open"
    audit = AuditEntry.objects.get(verb="monitoring.unblock.request")
    assert audit.actor is None and audit.organisation == oakfield


def test_it_routes_to_the_dsl_where_the_pack_has_no_it_role(
    client: Client, elmbrook: Organisation
) -> None:
    client.post("/blocked", {**_params(org="elmbrook", clauses=""), "message": "coursework"})
    assert UnblockRequest.objects.get().routed_roles == ["dsl"]


def test_it_refuses_a_request_without_a_reason_or_for_an_unknown_organisation(
    client: Client, oakfield: Organisation
) -> None:
    assert client.post("/blocked", {**_params(), "message": ""}).status_code == 422
    assert client.post("/blocked", {**_params(org="nowhere"), "message": "x"}).status_code == 422
    assert not UnblockRequest.objects.exists()


def _ask(client: Client, ip: str, url: str = "https://www.instagram.com/explore") -> int:
    data = {**_params(url=url), "message": "coursework"}
    return client.post("/blocked", data, REMOTE_ADDR=ip).status_code


def test_asking_again_for_an_open_request_records_nothing_new(
    client: Client, oakfield: Organisation
) -> None:
    assert _ask(client, "10.0.0.5") == 302
    assert _ask(client, "10.0.0.5") == 302
    assert UnblockRequest.objects.get().requester_ip == "10.0.0.5"
    assert AuditEntry.objects.filter(verb="monitoring.unblock.request").count() == 1
    # Someone else asking for the same page is a request of their own.
    assert _ask(client, "10.0.0.6") == 302
    assert UnblockRequest.objects.count() == 2


def test_one_address_gets_a_limited_number_of_requests_an_hour(
    client: Client, oakfield: Organisation, settings: Any
) -> None:
    settings.POLICYGUARD_UNBLOCK_REQUESTS_PER_HOUR = 3
    for n in range(3):
        assert _ask(client, "10.0.0.7", f"https://example.org/{n}") == 302
    response = client.post(
        "/blocked",
        {**_params(url="https://example.org/3"), "message": "coursework"},
        REMOTE_ADDR="10.0.0.7",
    )
    assert response.status_code == 429
    assert "Too many review requests" in response.content.decode()
    assert UnblockRequest.objects.count() == 3
    assert _ask(client, "10.0.0.8", "https://example.org/3") == 302  # another computer
    with time_machine.travel(NOW + timedelta(hours=1, seconds=1), tick=False):
        assert _ask(client, "10.0.0.7", "https://example.org/3") == 302


def test_behind_a_proxy_the_configured_header_names_the_client(
    client: Client, oakfield: Organisation, settings: Any
) -> None:
    settings.POLICYGUARD_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    client.post(
        "/blocked",
        {**_params(), "message": "coursework"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_REAL_IP="192.0.2.10",
    )
    assert UnblockRequest.objects.get().requester_ip == "192.0.2.10"
    # A header that is not an address counts as no address, never as text to store.
    client.post(
        "/blocked",
        {**_params(url="https://example.org/x"), "message": "coursework"},
        HTTP_X_REAL_IP="<script>",
    )
    assert UnblockRequest.objects.filter(requester_ip=None).count() == 1


def test_a_block_no_clause_asks_for_is_the_institutions_own_choice(
    client: Client, oakfield: Organisation
) -> None:
    response = client.get("/blocked?" + urlencode(_params(clauses="", category="gambling")))
    page = " ".join(response.content.decode().split())
    assert "No clause of Oakfield College's policy asks for this block" in page
    assert "the institution's own choice" in page
