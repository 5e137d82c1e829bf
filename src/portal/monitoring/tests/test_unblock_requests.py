from __future__ import annotations

import pytest
from django.test import Client

from portal.audit.models import AuditEntry
from portal.errors import NotAllowedNow as MonitoringError
from portal.monitoring.actions import decide_unblock, request_unblock
from portal.monitoring.models import ListEntry, UnblockRequest
from portal.organisations.models import Organisation
from portal.types import User


def _request(
    organisation: Organisation, url: str = "https://news.example.com/story"
) -> UnblockRequest:
    return request_unblock(
        organisation=organisation,
        url=url,
        category="news",
        entry="example.com",
        reason="rule",
        clauses=["OAK-01"],
        message="coursework",
        acting_user=None,
    )


def test_it_lists_requests_for_the_it_manager_only(
    client: Client,
    oakfield: Organisation,
    ivan: User,
    alice: User,
    bob: User,
    dinah: User,
    dave: User,
    charlie: User,
) -> None:
    _request(oakfield)
    url = "/orgs/oakfield/monitoring/requests/"
    client.force_login(ivan)
    page = client.get(url)
    assert page.status_code == 200 and "https://news.example.com/story" in page.content.decode()
    client.force_login(alice)  # administrator
    assert client.get(url).status_code == 200
    for user in (bob, dinah, dave):  # staff, the DSL (Oakfield gives filtering to IT), student
        client.force_login(user)
        assert client.get(url).status_code == 403
    client.force_login(charlie)  # another organisation's DSL: Oakfield does not exist
    assert client.get(url).status_code == 404


def test_it_approves_with_an_allow_entry(
    client: Client, oakfield: Organisation, ivan: User
) -> None:
    request = _request(oakfield)
    client.force_login(ivan)
    response = client.post(
        f"/orgs/oakfield/monitoring/requests/{request.pk}/decide/",
        {
            "verdict": "approve",
            "note": "fine",
            "allow_kind": "domain",
            "allow_value": "WWW.News.Example.COM.",
        },
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "approved" and request.decided_by == ivan
    assert request.allow_entry is not None
    assert request.allow_entry.value == "news.example.com" and request.allow_entry.tier == "allow"
    verbs = set(AuditEntry.objects.values_list("verb", flat=True))
    assert {"monitoring.unblock.approved", "monitoring.list.add"} <= verbs


def test_it_refuses_and_cannot_decide_twice(oakfield: Organisation, ivan: User) -> None:
    request = _request(oakfield)
    decide_unblock(request=request, approve=False, note="no", acting_user=ivan)
    with pytest.raises(MonitoringError, match="refused already"):
        decide_unblock(request=request, approve=True, note="yes", acting_user=ivan)


def test_it_keeps_the_request_open_when_the_allow_entry_is_refused(
    client: Client, oakfield: Organisation, ivan: User
) -> None:
    ListEntry.objects.create(
        organisation=oakfield, tier="always_block", kind="domain", value="bad.test"
    )
    request = _request(oakfield, "http://www.bad.test/page")
    client.force_login(ivan)
    response = client.post(
        f"/orgs/oakfield/monitoring/requests/{request.pk}/decide/",
        {"verdict": "approve", "allow_kind": "domain", "allow_value": "bad.test"},
        follow=True,
    )
    assert "illegal content can never be allowed" in response.content.decode()
    request.refresh_from_db()
    assert request.status == "open"
    assert not ListEntry.objects.filter(tier="allow").exists()
