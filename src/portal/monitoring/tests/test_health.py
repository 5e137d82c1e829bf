"""IT's dashboard says how the web filter is doing: the snapshot (built when, from which
pack, with or without the latest list changes) and the Squid helpers' records (when
they last came in, how many were refused); and lists the latest list changes. Nobody
else sees either panel.

Users: ivan (IT manager), alice (administrator), dinah (DSL), bob (staff); see
``conftest.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client, override_settings

from portal.conftest import NOW
from portal.monitoring.actions import add_list_entry, ingest_file, remove_list_entry
from portal.monitoring.health import filter_health
from portal.monitoring.tests.conftest import BLOCKED, record, write_lines
from portal.organisations.models import Organisation
from portal.types import User

DASHBOARD = "/orgs/oakfield/dashboard/"


@pytest.fixture
def snapshots(tmp_path: Path) -> Iterator[Path]:
    with override_settings(SNAPSHOT_DIR=tmp_path / "snapshots"):
        yield tmp_path


def build(tmp_path: Path) -> None:
    ut1 = tmp_path / "ut1" / "blacklists" / "games"
    ut1.mkdir(parents=True, exist_ok=True)
    (ut1 / "domains").write_text("arcade.test\n")
    (ut1 / "usage").write_text("black\n")
    call_command("build_snapshot", "--org", "oakfield", str(tmp_path / "ut1"))


def panel(client: Client, key: str) -> str:
    page = client.get(DASHBOARD).content.decode()
    if f'id="panel-{key}"' not in page:
        return ""
    return page.split(f'id="panel-{key}"', 1)[1].split('<li class="panel', 1)[0]


def problems(organisation: Organisation) -> list[str]:
    return [line.text for line in filter_health(organisation) if line.problem]


def test_a_filter_with_no_snapshot_and_no_records_says_so(
    client: Client, ivan: User, oakfield: Organisation, snapshots: Path
) -> None:
    assert [p.split(":")[0] for p in problems(oakfield)] == [
        "No snapshot built (oakfield.pgwf)",
        "No records from the Squid helpers yet.",
    ]
    client.force_login(ivan)
    page = client.get(DASHBOARD).content.decode()
    assert 'id="panel-monitoringhealth"' in page
    assert "No snapshot built" in page and "needs action" in page


def test_a_healthy_filter_then_each_thing_that_goes_wrong(
    oakfield: Organisation, alice: User, snapshots: Path
) -> None:
    build(snapshots)
    log = write_lines(snapshots / "log.jsonl", [record(), record(**BLOCKED)])
    ingest_file(organisation=oakfield, path=log, acting_user=None)
    assert problems(oakfield) == []
    texts = [line.text for line in filter_health(oakfield)]
    assert texts == ["Snapshot built 0\xa0minutes ago.", "Records last came in 0\xa0minutes ago."]

    # A list edited in the portal is not in the snapshot until it is built again.
    entry = add_list_entry(
        organisation=oakfield, tier="deny", kind="domain", value="games.test", acting_user=alice
    )
    with time_machine.travel(NOW + timedelta(minutes=5), tick=False):
        remove_list_entry(entry=entry, acting_user=alice)
    with time_machine.travel(NOW + timedelta(minutes=10), tick=False):
        assert problems(oakfield) == ["2 list change(s) since the snapshot was built: rebuild it."]
        build(snapshots)
        assert problems(oakfield) == []

    # A helper writing lines the portal cannot read; then a day with nothing at all.
    bad = write_lines(snapshots / "bad.jsonl", [record(url="https://a.test/"), "{not json", {}])
    with time_machine.travel(NOW + timedelta(hours=1), tick=False):
        ingest_file(organisation=oakfield, path=bad, acting_user=None)
    with time_machine.travel(NOW + timedelta(days=2), tick=False):
        assert problems(oakfield) == [
            "Records last came in 1\xa0day, 23\xa0hours ago: check the helpers and the ingestion.",
            "4 problem(s) in the helpers' records in the last 7 days: lines the portal could "
            "not read were left out (each ingestion's report names them).",
        ]
    with time_machine.travel(NOW + timedelta(days=9), tick=False):
        assert problems(oakfield)[0].startswith("Snapshot built 1\xa0week, 1\xa0day ago: rebuild")


def test_a_snapshot_from_an_older_pack_needs_rebuilding(
    oakfield: Organisation, snapshots: Path
) -> None:
    build(snapshots)
    Organisation.objects.filter(pk=oakfield.pk).update(pack_version="test.2")
    oakfield.refresh_from_db()
    assert any("pack version test.1; the pack is now test.2" in p for p in problems(oakfield))


def test_only_it_sees_filter_health_and_the_latest_list_changes(
    client: Client,
    ivan: User,
    alice: User,
    dinah: User,
    bob: User,
    oakfield: Organisation,
    snapshots: Path,
) -> None:
    entry = add_list_entry(
        organisation=oakfield, tier="allow", kind="domain", value="moodle.test", acting_user=ivan
    )
    add_list_entry(
        organisation=oakfield, tier="deny", kind="domain", value="games.test", acting_user=None
    )
    remove_list_entry(entry=entry, acting_user=alice)
    client.force_login(ivan)
    lists = panel(client, "monitoringlists")
    assert lists.index("moodle.test removed from the allow list") < lists.index(
        "games.test added to the deny list"
    )
    assert "by alice" in lists and "by the system" in lists
    for user in (dinah, bob):
        client.force_login(user)
        page = client.get(DASHBOARD).content.decode()
        assert "panel-monitoringhealth" not in page and "moodle.test" not in page, user
