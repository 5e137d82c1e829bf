"""A change to the allow and block lists reaches the proxies with nobody running a
command: the worker publishes the overlay beside the organisation's snapshot, helpers
(a real Squid's included) take it up within a second, and the lists page says when it
is live. The Test a URL page answers as the proxies do, with the reasons.

VTS on its bundled pack, its snapshot built once by the documented command (the
``vts`` and ``vts_dsl`` fixtures of conftest.py); ``sam`` (staff) may not manage it.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client
from tests.squidproxy import SQUID, free_port, http_get, origins, squid, squid_config

from policyguard.webfilter import Snapshot, WebFilter, overlay_path
from portal.monitoring.actions import add_list_entry, decide_unblock, remove_list_entry
from portal.monitoring.models import ListEntry, UnblockRequest, WebListState
from portal.monitoring.snapshots import NO_SNAPSHOT
from portal.organisations.actions import create_organisation
from portal.organisations.models import Organisation
from portal.organisations.snapshots import snapshot_path
from portal.types import User

from .conftest import _member, category_lists

LEARNER_PC, STAFF_LAPTOP = "10.10.4.20", "10.20.1.5"
Commit = Callable[..., Any]


def _verdict(organisation: Organisation, url: str, ip: str = LEARNER_PC) -> tuple[str, str]:
    """What a helper that opens the organisation's snapshot now answers."""
    with Snapshot.open(snapshot_path(organisation)) as snapshot:
        verdict = WebFilter(snapshot).decide(url, client_ip=ip)
    return verdict.outcome, verdict.reason


def _add(
    commit: Commit, organisation: Organisation, user: User, tier: str, value: str
) -> ListEntry:
    with commit(execute=True):  # the publication is queued when the change commits
        return add_list_entry(
            organisation=organisation, tier=tier, kind="domain", value=value, acting_user=user
        )


def test_a_block_entry_goes_live_by_the_worker_alone(
    vts: Organisation,
    vts_dsl: User,
    client: Client,
    django_capture_on_commit_callbacks: Commit,
    run_worker: Callable[[], None],
) -> None:
    assert _verdict(vts, "https://www.bbc.co.uk/news") == ("allow", "uncategorised")
    entry = _add(django_capture_on_commit_callbacks, vts, vts_dsl, "deny", "bbc.co.uk")
    client.force_login(vts_dsl)
    page = client.get("/orgs/vts/monitoring/lists/").content.decode()
    assert "Publishing" in page and "not yet" in page
    run_worker()
    assert _verdict(vts, "https://www.bbc.co.uk/news") == ("block", "deny_list")
    state = WebListState.objects.get(organisation=vts)
    assert state.is_live and state.published_version == entry.list_version == 1
    page = client.get("/orgs/vts/monitoring/lists/").content.decode()
    assert "All changes are live" in page and ">live<" in page
    # Removed, it is gone from the proxies the same way.
    with django_capture_on_commit_callbacks(execute=True):
        remove_list_entry(entry=entry, acting_user=vts_dsl)
    run_worker()
    assert _verdict(vts, "https://www.bbc.co.uk/news") == ("allow", "uncategorised")


def test_an_approved_review_request_goes_live(
    vts: Organisation,
    vts_dsl: User,
    django_capture_on_commit_callbacks: Commit,
    run_worker: Callable[[], None],
) -> None:
    assert _verdict(vts, "https://facebook.com/")[0] == "block"
    request = UnblockRequest.objects.create(
        organisation=vts, url="https://facebook.com/", category="social_networks", message="x"
    )
    with django_capture_on_commit_callbacks(execute=True):
        decide_unblock(
            request=request,
            approve=True,
            note="for the marketing course",
            allow_kind="domain",
            allow_value="facebook.com",
            acting_user=vts_dsl,
        )
    run_worker()
    assert _verdict(vts, "https://facebook.com/") == ("allow", "allow_list")


def test_a_rebuilt_snapshot_holds_the_lists_and_the_overlay_goes(
    vts: Organisation,
    vts_dsl: User,
    tmp_path: Path,
    django_capture_on_commit_callbacks: Commit,
    run_worker: Callable[[], None],
) -> None:
    _add(django_capture_on_commit_callbacks, vts, vts_dsl, "deny", "bbc.co.uk")
    run_worker()
    assert overlay_path(snapshot_path(vts)).exists()
    call_command("build_snapshot", "--org", "vts", str(category_lists(tmp_path / "again")))
    assert not overlay_path(snapshot_path(vts)).exists()
    assert _verdict(vts, "https://bbc.co.uk/") == ("block", "deny_list")


def test_without_a_snapshot_the_page_says_what_to_do(
    db: None,
    snapshots: Path,
    client: Client,
    django_capture_on_commit_callbacks: Commit,
    run_worker: Callable[[], None],
) -> None:
    organisation = create_organisation(slug="vts", name="VTS", pack_slug="vts", acting_user=None)
    user = _member(organisation, "vts-dsl", ["staff", "dsl"])
    _add(django_capture_on_commit_callbacks, organisation, user, "deny", "bbc.co.uk")
    run_worker()
    state = WebListState.objects.get(organisation=organisation)
    assert state.problem == NO_SNAPSHOT.format(slug="vts")
    client.force_login(user)
    page = client.get("/orgs/vts/monitoring/lists/").content.decode()
    assert "No compiled snapshot yet" in page


@pytest.mark.squid
@pytest.mark.skipif(SQUID is None, reason="squid is not installed")
def test_a_running_squid_takes_up_a_change_made_in_the_portal(
    vts: Organisation,
    vts_dsl: User,
    snapshots: Path,
    django_capture_on_commit_callbacks: Commit,
    run_worker: Callable[[], None],
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="policyguard-live-"))
    folder.chmod(0o755)
    snapshot = snapshot_path(vts)
    snapshot.chmod(0o644)
    port, proxy = free_port(), free_port()
    config = squid_config(folder, proxy, helper=f"--snapshot {snapshot}")
    try:
        with origins(["127.0.0.1"], port), squid(folder, config, {"news.test": "127.0.0.1"}):
            url = f"http://news.test:{port}/today"
            assert http_get(proxy, url).status == 200
            _add(django_capture_on_commit_callbacks, vts, vts_dsl, "deny", "news.test")
            run_worker()
            overlay_path(snapshot).chmod(0o644)
            deadline = time.monotonic() + 10  # helpers look at most once a second
            while (reply := http_get(proxy, url)).status == 200 and time.monotonic() < deadline:
                time.sleep(0.3)
            assert reply.status == 302 and "reason=deny_list" in reply.location
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- Test a URL ------------------------------------------------------------------------------


def test_test_a_url_answers_for_any_audience_device_and_time_with_reasons(
    vts: Organisation, vts_dsl: User, client: Client
) -> None:
    client.force_login(vts_dsl)
    base = "/orgs/vts/monitoring/test-url/"
    page = client.get(base).content.decode()
    assert 'name="url"' in page and "learner_pc" in page  # the form, with VTS's devices
    query = {"url": "https://www.facebook.com/groups", "device": "learner_pc", "at": ""}
    learner = client.get(base, {**query, "audience": "learner", "at": "2025-03-12T10:00"})
    text = re.sub(r"\s+", " ", learner.content.decode())
    assert learner.status_code == 200
    assert "block" in text and "social_networks" in text and "VTS-10" in text
    assert "Over HTTPS the proxy does not decrypt" in text  # facebook.com:443 answered too
    at_lunch = client.get(
        base, {**query, "audience": "staff", "device": "staff_laptop", "at": "2025-03-12T12:30"}
    )
    assert "lunch" in at_lunch.content.decode()  # the open window is among the reasons


def test_test_a_url_says_what_is_wrong_with_the_form(
    vts: Organisation, vts_dsl: User, client: Client
) -> None:
    client.force_login(vts_dsl)
    response = client.get(
        "/orgs/vts/monitoring/test-url/", {"url": "", "audience": "nobody", "device": "x"}
    )
    assert response.status_code == 422
    assert "URL: This field is required." in response.content.decode()


def test_test_a_url_is_for_those_who_manage_the_filter(vts: Organisation, client: Client) -> None:
    client.force_login(_member(vts, "sam", ["staff"]))
    assert client.get("/orgs/vts/monitoring/test-url/").status_code == 403
