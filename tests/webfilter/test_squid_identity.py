"""Who made the request: Squid authenticates each user and passes the name to the helper.

A real Squid asks for a user name and password (Basic, checked by Squid's own
``basic_ncsa_auth`` against a password file this test writes with openssl), and gives the
name to the helper with ``url_rewrite_extras "%>a/%>A %un %>rm"``. The helper then
decides by the person's audience (the pack's ``web.users`` patterns) rather than only by
the device, and every record it writes names the user, which the portal joins to people
by their network user name. Deployments use Kerberos or NTLM the same way (README, "Who
made the request"): only the ``auth_param`` lines differ.

Both clients below use the same learner PC (127.0.0.1): the staff member is blocked from
games outside lunch by the staff rule, the learner is only warned.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.squidproxy import (
    OPENSSL,
    SQUID,
    free_port,
    http_get,
    origins,
    squid,
    squid_config,
)

from .conftest import LONDON

pytestmark = [pytest.mark.squid, pytest.mark.skipif(SQUID is None, reason="squid is not installed")]

NCSA = Path("/usr/lib/squid/basic_ncsa_auth")
AT = datetime(2025, 3, 12, 10, 0, tzinfo=LONDON).isoformat()  # a Wednesday morning
PEOPLE = {"s654321": "learner-secret", "staff-jones": "staff-secret"}
AUTH = """auth_param basic program {ncsa} {folder}/passwd
auth_param basic children 2 startup=1 idle=1
auth_param basic realm policyguard test
auth_param basic credentialsttl 1 minute
acl authenticated proxy_auth REQUIRED
http_access deny !authenticated
"""


@pytest.fixture(scope="module")
def proxy(snapshot_path: Path) -> Iterator[tuple[int, Path, int]]:
    """(port, folder) of a Squid that authenticates users, and its origin's port."""
    if not NCSA.exists() or OPENSSL is None:
        pytest.skip("Squid's basic_ncsa_auth or openssl is not installed")
    folder = Path(tempfile.mkdtemp(prefix="policyguard-identity-"))
    folder.chmod(0o755)
    snapshot = folder / "college.pgwf"
    shutil.copy(snapshot_path, snapshot)
    lines = []
    for user, password in PEOPLE.items():
        hashed = subprocess.run(
            [OPENSSL, "passwd", "-apr1", password], capture_output=True, text=True, check=True
        ).stdout.strip()
        lines.append(f"{user}:{hashed}\n")
    (folder / "passwd").write_text("".join(lines))
    port, origin = free_port(), free_port()
    config = squid_config(
        folder,
        port,
        helper=f"--snapshot {snapshot} --at {AT} --log {folder}/decisions.jsonl",
        extra=AUTH.format(ncsa=NCSA, folder=folder),
    )
    try:
        with ExitStack() as stack:
            stack.enter_context(origins(["127.0.0.1"], origin))
            stack.enter_context(squid(folder, config, {"games.test": "127.0.0.1"}))
            yield port, folder, origin
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _as(user: str, password: str) -> dict[str, str]:
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return {"Proxy-Authorization": f"Basic {token}"}


def _records(folder: Path, user: str) -> list[dict[str, object]]:
    """The helper's records for ``user`` (it writes them just after answering)."""
    path = folder / "decisions.jsonl"
    deadline = time.monotonic() + 5
    found: list[dict[str, object]] = []
    while time.monotonic() < deadline and not found:
        if path.exists():
            records = [json.loads(line) for line in path.read_text().splitlines()]
            found = [r for r in records if r["user"] == user]
        time.sleep(0.05)
    return found


def test_no_request_passes_without_a_user(proxy: tuple[int, Path, int]) -> None:
    port, _, origin = proxy
    assert http_get(port, f"http://games.test:{origin}/").status == 407
    wrong = http_get(port, f"http://games.test:{origin}/", headers=_as("s654321", "guess"))
    assert wrong.status == 407


def test_the_signed_in_person_decides_the_audience_and_is_logged(
    proxy: tuple[int, Path, int],
) -> None:
    port, folder, origin = proxy
    url = f"http://games.test:{origin}/play"
    # The same learner PC: staff are blocked from games out of lunch, learners warned.
    staff = http_get(port, url, headers=_as("staff-jones", "staff-secret"))
    assert staff.status == 302
    query = parse_qs(urlsplit(staff.location).query)
    assert query["audience"] == ["staff"] and query["category"] == ["games"]

    learner = http_get(port, url, headers=_as("s654321", "learner-secret"))
    assert learner.status == 200, learner.body

    (staff_record,) = _records(folder, "staff-jones")
    assert (staff_record["audience"], staff_record["outcome"]) == ("staff", "block")
    (learner_record,) = _records(folder, "s654321")
    assert learner_record["audience"] == "learner"
    assert learner_record["outcome"] == "warn"
    assert learner_record["client_ip"] == "127.0.0.1"
    assert learner_record["url"] == url
