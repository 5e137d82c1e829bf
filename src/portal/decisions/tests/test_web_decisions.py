"""A web request asked of the portal is decided over the organisation's compiled snapshot,
the file its Squid helpers read: the same outcome, category, entry and clauses as the
helper's filter gives (tests/policy/test_web_doors.py shows the helper's replies are that
filter's verdicts)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from policyguard.webfilter import Snapshot, WebFilter
from portal.conftest import NOW
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.models import Organisation
from portal.organisations.snapshots import current_snapshot, snapshot_path
from portal.types import User

TokenFor = Callable[[User], dict[str, str]]
LEARNER_PC, STAFF_LAPTOP = "10.10.4.20", "10.20.1.5"


@pytest.fixture
def vts(db: None, tmp_path: Path) -> Organisation:
    """VTS on its bundled pack, with a snapshot built by the documented command."""
    organisation = create_organisation(slug="vts", name="VTS", pack_slug="vts", acting_user=None)
    ut1 = tmp_path / "ut1" / "blacklists"
    for category, hosts in {
        "social_networks": "instagram.com\nfacebook.com\n",
        "adult": "adult.example\n",
    }.items():
        (ut1 / category).mkdir(parents=True)
        (ut1 / category / "domains").write_text(hosts)
        (ut1 / category / "usage").write_text("black\n")
    call_command("build_snapshot", "--org", "vts", str(tmp_path / "ut1"))
    return organisation


@pytest.fixture
def admin(vts: Organisation) -> User:
    user = User.objects.create_user("vts-admin")
    set_membership(organisation=vts, user=user, roles=["staff"], is_admin=True, acting_user=None)
    return user


def _ask(client: Client, headers: dict[str, str], url: str, ip: str, audience: str) -> dict:  # type: ignore[type-arg]
    event = {
        "kind": "web_request",
        "at": NOW.isoformat(),
        "url": url,
        "audience": audience,
        "client_ip": ip,
    }
    response = client.post(
        "/api/v1/orgs/vts/decisions",
        data=json.dumps(event),
        content_type="application/json",
        **headers,  # type: ignore[arg-type]
    )
    assert response.status_code == 200, response.content
    decision: dict = response.json()  # type: ignore[type-arg]
    return decision


@pytest.mark.clause("VTS-10", "VTS-20", "VTS-23")
@pytest.mark.parametrize(
    ("url", "ip", "audience"),
    [
        ("https://www.instagram.com/", LEARNER_PC, "learner"),
        ("https://www.instagram.com/", STAFF_LAPTOP, "staff"),
        ("http://adult.example/x", STAFF_LAPTOP, "staff"),
        ("https://www.bbc.co.uk/news", LEARNER_PC, "learner"),
    ],
)
def test_the_api_decides_as_the_helper_over_the_same_file(
    client: Client, admin: User, token_for: TokenFor, url: str, ip: str, audience: str
) -> None:
    path = snapshot_path(Organisation.objects.get(slug="vts"))
    with Snapshot.open(path) as snapshot:
        verdict = WebFilter(snapshot).decide(url, client_ip=ip, at=NOW.timestamp())
    decision = _ask(client, token_for(admin), url, ip, audience)
    assert (decision["outcome"] == "block") == (verdict.outcome == "block")
    findings = [f for f in decision["findings"] if f["rule"] == "web_filter.categories"]
    if verdict.outcome == "allow" and not verdict.category:
        assert findings == []
        return
    [finding] = findings
    assert finding["clauses"] == list(verdict.clauses)
    assert finding["evidence"][0]["value"] == verdict.entry
    assert finding["evidence"][-1]["value"] == "vts.pgwf"


def test_instagram_on_a_learner_pc_is_blocked_not_allowed(
    client: Client, admin: User, token_for: TokenFor
) -> None:
    decision = _ask(client, token_for(admin), "https://www.instagram.com/", LEARNER_PC, "learner")
    assert decision["outcome"] == "block"
    assert [f["clauses"] for f in decision["findings"]] == [["VTS-10"]]


def test_without_a_built_snapshot_the_decision_says_it_could_not_categorise(
    client: Client, admin: User, token_for: TokenFor, vts: Organisation
) -> None:
    snapshot_path(vts).unlink()
    assert current_snapshot(vts) is None
    decision = _ask(client, token_for(admin), "https://www.instagram.com/", LEARNER_PC, "learner")
    assert decision["outcome"] == "review"
    assert "was not categorised" in decision["findings"][0]["explanation"]


def test_a_rebuilt_snapshot_is_read_again(vts: Organisation, tmp_path: Path) -> None:
    first = current_snapshot(vts)
    assert first is not None and current_snapshot(vts) is first
    call_command("build_snapshot", "--org", "vts", str(tmp_path / "ut1"))
    assert current_snapshot(vts) is not first
