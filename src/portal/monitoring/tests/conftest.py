"""Fixtures for the monitoring tests, on top of ``portal/conftest.py``.

``oakfield`` is overridden: the same test pack plus an ``it_manager`` and an
``office_manager`` role and a ``web:`` section naming ``dsl`` as the alert role, so
review requests go to IT and the log review has its VTS-26 reviewer. Elmbrook keeps
its pack, which has no IT role: its requests go to the DSL.

Who may see what (besides the users of ``portal/conftest.py``):

- alice (Oakfield administrator): everything of Oakfield's web filtering.
- ivan (Oakfield IT manager): review requests and lists; log review; no alerts.
- olive (Oakfield office manager): log review only.
- dinah (Oakfield DSL, e-mail dinah@oakfield.test): alerts and log review; not the
  lists or requests, which Oakfield gives to IT. Receives the monitoring report.
- paula (Oakfield principal, the leadership role the pack's ``web.logging.report_to``
  names): the monitoring report with alert counts, never who raised alerts.
- bob (Oakfield staff) and dave (Oakfield student): none of it (403).
- charlie (Elmbrook DSL): Elmbrook's alerts and requests; Oakfield is a 404.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.core.management import call_command

from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.models import Organisation
from portal.testing import pack_text
from portal.types import User


def monitored_pack() -> str:
    pack: dict[str, Any] = yaml.safe_load(pack_text("oakfield"))
    pack["roles"]["it_manager"] = {"title": "IT Manager"}
    pack["roles"]["office_manager"] = {"title": "Office Manager"}
    pack["roles"]["principal"] = {"title": "Principal"}
    pack["web"] = {
        "search_terms": {"clauses": ["OAK-01"], "alert_role": "dsl"},
        "logging": {"clauses": ["OAK-01"], "report_to": ["principal"]},
    }
    return yaml.safe_dump(pack, sort_keys=False)


@pytest.fixture
def oakfield(db: None) -> Organisation:
    return create_organisation(
        slug="oakfield",
        name="Oakfield College",
        pack_slug="oakfield",
        pack_yaml=monitored_pack(),
        acting_user=None,
    )


def _member(organisation: Organisation, username: str, roles: list[str]) -> User:
    user = User.objects.create_user(
        username=username,
        password=f"{username}-password",
        email=f"{username}@{organisation.slug}.test",
    )
    set_membership(organisation=organisation, user=user, roles=roles, acting_user=None)
    return user


@pytest.fixture
def ivan(oakfield: Organisation) -> User:
    return _member(oakfield, "ivan", ["staff", "it_manager"])


@pytest.fixture
def olive(oakfield: Organisation) -> User:
    return _member(oakfield, "olive", ["staff", "office_manager"])


@pytest.fixture
def dinah(oakfield: Organisation) -> User:
    return _member(oakfield, "dinah", ["staff", "dsl"])


@pytest.fixture
def paula(oakfield: Organisation) -> User:
    return _member(oakfield, "paula", ["staff", "principal"])


def record(**overrides: Any) -> dict[str, Any]:
    """A decision record as the Squid helper writes it; ``overrides`` change fields."""
    data: dict[str, Any] = {
        "at": "2026-11-21T09:30:00Z",
        "device": "learner_pc",
        "device_id": "lab1-pc07",
        "client_ip": "10.10.1.7",
        "user": "s123456",
        "audience": "learner",
        "url": "https://www.google.co.uk/search?q=revision+timetable",
        "outcome": "allow",
        "reason": "uncategorised",
        "category": "",
        "entry": "",
        "clauses": [],
        "search_site": "google",
        "search_term": "revision timetable",
        "terms": [],
        "alert": False,
    }
    data.update(overrides)
    return data


ALERT = {
    "url": "https://www.bing.com/search?q=how+to+kms",
    "search_site": "bing",
    "search_term": "how to kms",
    "terms": [
        {"category": "bullying", "severity": "low", "term": "loser"},
        {"category": "self_harm", "severity": "high", "term": "kill myself"},
    ],
    "alert": True,
}
BLOCKED = {
    "url": "https://www.instagram.com/",
    "outcome": "block",
    "reason": "rule",
    "category": "social_networks",
    "entry": "instagram.com",
    "clauses": ["OAK-01"],
    "search_site": "",
    "search_term": "",
}


def write_lines(path: Path, lines: list[Any]) -> Path:
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


# -- VTS with a compiled snapshot (live lists, Test a URL) --------------------------------


@pytest.fixture
def snapshots(settings: Any) -> Iterator[Path]:
    """A snapshot folder of the test's own, readable by Squid's user."""
    folder = Path(tempfile.mkdtemp(prefix="policyguard-snapshots-"))
    folder.chmod(0o755)
    settings.SNAPSHOT_DIR = folder
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def category_lists(folder: Path) -> Path:
    """A small UT1-style folder: facebook.com social networking, adult.test adult."""
    ut1 = folder / "ut1" / "blacklists"
    for category, hosts in {"social_networks": "facebook.com\n", "adult": "adult.test\n"}.items():
        (ut1 / category).mkdir(parents=True)
        (ut1 / category / "domains").write_text(hosts)
        (ut1 / category / "usage").write_text("black\n")
    return folder / "ut1"


@pytest.fixture
def vts(db: None, snapshots: Path, tmp_path: Path) -> Organisation:
    """VTS on its bundled pack, its snapshot built once by the documented command."""
    organisation = create_organisation(slug="vts", name="VTS", pack_slug="vts", acting_user=None)
    call_command("build_snapshot", "--org", "vts", str(category_lists(tmp_path)))
    return organisation


@pytest.fixture
def vts_dsl(vts: Organisation) -> User:
    """VTS's DSL, who manages its filter (VTS has no IT role)."""
    return _member(vts, "vts-dsl", ["staff", "dsl"])


# -- The log store on each engine ---------------------------------------------------------


@pytest.fixture(scope="session")
def clickhouse_url() -> Iterator[str]:
    """A throwaway ClickHouse server for the session (``portal.testing.clickhouse``);
    the tests that need one skip, saying why, where Debian's clickhouse-server is not
    installed (``make install`` installs it)."""
    from portal.testing.clickhouse import clickhouse_server, server_command

    if server_command() is None:
        pytest.skip("clickhouse-server is not installed (deps/apt-packages.txt: make install)")
    with clickhouse_server() as url:
        yield url


@pytest.fixture(params=["database", "clickhouse"])
def store_engine(request: pytest.FixtureRequest, settings: Any) -> Iterator[str]:
    """Runs a test once on each log store: the portal's database, then ClickHouse (a
    database of the test's own on the session's server, dropped after)."""
    if request.param == "database":
        settings.POLICYGUARD_LOG_STORE = "portal.monitoring.logstore.DatabaseLogStore"
        yield request.param
        return
    import uuid

    from portal.monitoring.clickhouse_store import ClickHouseLogStore

    server: str = request.getfixturevalue("clickhouse_url")
    url = server.rsplit("/", 1)[0] + f"/test_{uuid.uuid4().hex[:12]}"
    settings.POLICYGUARD_LOG_STORE = "portal.monitoring.clickhouse_store.ClickHouseLogStore"
    settings.POLICYGUARD_CLICKHOUSE_URL = url
    yield request.param
    ClickHouseLogStore(url).drop()
