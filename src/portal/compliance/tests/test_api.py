"""The JSON API for the device checks register (VTS-22) and the review records (the
DfE filtering and monitoring review, VTS-25; the policy's own review, WCUC-03): each for
the role the page is for, imports all or nothing with each problem named by record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from portal.compliance.filtering import run_filter_checks, start_filtering_review
from portal.compliance.models import DeviceCheck
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.types import User

Token = Callable[[User], dict[str, str]]


@pytest.fixture
def teacher(vts: Organisation) -> User:
    user = User.objects.create_user(username="teacher", password="teacher-password")
    set_membership(organisation=vts, user=user, roles=["staff"], acting_user=None)
    return user


@pytest.mark.clause("VTS-22")
def test_device_checks_are_imported_and_listed_by_the_role_that_makes_them(
    client: Any, token_for: Token, vts: Organisation, vts_lead: User, teacher: User
) -> None:
    url = "/api/v1/orgs/vts/devices/checks"
    bad = client.post(
        url,
        {
            "records": [
                {"device": "lab1-pc01", "date": "soon"},
                {"device": "", "date": "2026-11-02"},
            ]
        },
        content_type="application/json",
        **token_for(vts_lead),
    )
    assert bad.status_code == 422
    assert {p["field"] for p in bad.json()["error"]["problems"]} == {
        "records.0.date",
        "records.1.device",
    }
    assert not DeviceCheck.objects.exists()

    records = [
        {"device": "lab1-pc01", "date": "2026-11-02", "location": "Lab 1"},
        {"device": "lab1-pc02", "date": "2026-09-01", "result": "failed", "detail": "expired"},
    ]
    done = client.post(
        url, {"records": records}, content_type="application/json", **token_for(vts_lead)
    )
    assert done.json() == {"total": 2, "written": True}
    devices = client.get("/api/v1/orgs/vts/devices", **token_for(vts_lead)).json()
    assert [(d["name"], d["overdue"], d["failed"]) for d in devices] == [
        ("lab1-pc02", True, True),
        ("lab1-pc01", False, False),
    ]
    checks = client.get(url + "?since=2026-10-01", **token_for(vts_lead)).json()
    assert [(c["device"], c["checked_by"], c["source"]) for c in checks] == [
        ("lab1-pc01", "vts-dsl", "api")
    ]
    # A member of staff who makes no checks: refused, and nothing listed.
    for answer in (
        client.get(url, **token_for(teacher)),
        client.get("/api/v1/orgs/vts/devices", **token_for(teacher)),
    ):
        assert answer.status_code == 403 and answer.json()["error"]["code"] == "forbidden"


@pytest.mark.clause("VTS-25")
def test_a_filtering_review_is_read_with_its_evidence_by_its_reviewers_only(
    client: Any, token_for: Token, vts: Organisation, vts_lead: User, teacher: User
) -> None:
    review = start_filtering_review(organisation=vts, acting_user=vts_lead)
    run_filter_checks(organisation=vts, acting_user=vts_lead)
    listed = client.get("/api/v1/orgs/vts/filtering-reviews", **token_for(vts_lead)).json()
    assert [(r["id"], r["status"], r["started_by"]) for r in listed] == [
        (review.pk, "open", "vts-dsl")
    ]
    detail = client.get(
        f"/api/v1/orgs/vts/filtering-reviews/{review.pk}", **token_for(vts_lead)
    ).json()
    assert any(r["lead"] and r["holders"] == ["vts-dsl"] for r in detail["roles"])
    facebook = next(c for c in detail["checks"] if c["url"] == "https://www.facebook.com/")
    assert (facebook["device"], facebook["expected"], facebook["outcome"]) == (
        "learner_pc",
        "block",
        "block",
    )
    assert detail["checks_snapshot"] == "vts.pgwf" and detail["reports"]["alerts"] == 0
    for path in ("filtering-reviews", f"filtering-reviews/{review.pk}"):
        assert client.get(f"/api/v1/orgs/vts/{path}", **token_for(teacher)).status_code == 403
    assert (
        client.get("/api/v1/orgs/vts/filtering-reviews/999999", **token_for(vts_lead)).status_code
        == 404
    )


@pytest.mark.clause("WCUC-03")
def test_the_policy_reviews_are_for_its_owner_and_administrators(
    client: Any, token_for: Token, oakfield: Organisation, alice: User, bob: User
) -> None:
    from portal.compliance.actions import record_pack_version
    from portal.compliance.queries import review_state
    from portal.conftest import NOW

    record_pack_version(organisation=oakfield, acting_user=None)
    state = review_state(oakfield, today=NOW.date())
    listed = client.get("/api/v1/orgs/oakfield/policy/reviews", **token_for(alice)).json()
    assert state.review is not None
    assert [(r["id"], r["status"], r["version"]) for r in listed] == [
        (state.review.pk, "open", "test.1")
    ]
    assert client.get("/api/v1/orgs/oakfield/policy/reviews", **token_for(bob)).status_code == 403
