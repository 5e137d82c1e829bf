"""DNS exports: written for one profile, accepted by unbound-checkconf, served on loopback."""

from __future__ import annotations

import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from policyguard.webfilter.dns import export_dns

from .conftest import FIXTURES, LISTS

UNBOUND = shutil.which("unbound", path="/usr/sbin:/usr/bin")
CHECKCONF = shutil.which("unbound-checkconf", path="/usr/sbin:/usr/bin")
needs_unbound = pytest.mark.skipif(
    UNBOUND is None or CHECKCONF is None, reason="unbound is not installed"
)


def _export(folder: Path, fmt: str, policy: dict[str, Any], **options: Any) -> str:
    path = folder / f"export.{fmt}"
    export_dns(path, fmt=fmt, policy=policy, ut1=FIXTURES / "ut1", lists=LISTS, **options)
    return path.read_text()


def test_the_learner_export_blocks_what_learner_pcs_block(
    tmp_path: Path, policy: dict[str, Any]
) -> None:
    text = _export(tmp_path, "unbound", policy)
    for blocked in ("facebook.test", "casino.test", "illegal.test", "vpn.test", "denied.test"):
        assert f'local-zone: "{blocked}." always_nxdomain' in text
    assert "games.test" not in text  # warned, not blocked
    assert "college.test" not in text  # a white list
    assert 'local-zone: "allowed-social.facebook.test." transparent' in text
    assert 'local-data: "www.google.com. CNAME forcesafesearch.google.com."' in text
    assert "hosting.test" not in text  # URL prefixes cannot be DNS entries


def test_the_staff_export_leaves_social_media_to_the_proxy(
    tmp_path: Path, policy: dict[str, Any]
) -> None:
    text = _export(tmp_path, "hosts", policy, device="staff_laptop", audience="staff")
    assert "0.0.0.0 casino.test\n0.0.0.0 www.casino.test\n" in text
    # Outside lunch staff social media is blocked; the export is that strictest state.
    assert "0.0.0.0 facebook.test\n" in text


def test_the_rpz_zone_blocks_names_and_everything_under_them(
    tmp_path: Path, policy: dict[str, Any]
) -> None:
    text = _export(tmp_path, "rpz", policy, redirect="portal.test")
    assert "casino.test CNAME portal.test.\n*.casino.test CNAME portal.test.\n" in text
    assert "allowed-social.facebook.test CNAME rpz-passthru.\n" in text


# -- a real Unbound on loopback ---------------------------------------------------------


def _query(port: int, name: str) -> tuple[int, list[str]]:
    """(rcode, A records) for ``name`` from the resolver on 127.0.0.1:``port``."""
    question = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    packet = (
        struct.pack(">HHHHHH", 0x5047, 0x0100, 1, 0, 0, 0) + question + struct.pack(">HH", 1, 1)
    )
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(5)
        sock.sendto(packet, ("127.0.0.1", port))
        reply = sock.recv(4096)
    rcode = reply[3] & 0x0F
    answers = struct.unpack(">H", reply[6:8])[0]
    offset = 12 + len(question) + 4
    addresses = []
    for _ in range(answers):
        offset += 2 if reply[offset] & 0xC0 == 0xC0 else len(question)  # compressed name
        kind, _, _, length = struct.unpack(">HHIH", reply[offset : offset + 10])
        offset += 10
        if kind == 1:
            addresses.append(socket.inet_ntoa(reply[offset : offset + length]))
        offset += length
    return rcode, addresses


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def resolvers(policy: dict[str, Any]) -> Iterator[dict[str, int]]:
    """Unbound twice: with the local-zone export included, and with the RPZ zone loaded."""
    folder = Path(tempfile.mkdtemp(prefix="policyguard-unbound-"))
    folder.chmod(0o755)
    running: list[subprocess.Popen[bytes]] = []
    ports = {}
    try:
        for fmt in ("unbound", "rpz"):
            _export(folder, fmt, policy)
            ports[fmt] = _free_udp_port()
            config = folder / f"{fmt}.conf"
            config.write_text(_unbound_config(folder, fmt, ports[fmt]))
            check = subprocess.run(
                [str(CHECKCONF), str(config)], capture_output=True, text=True, check=False
            )
            assert check.returncode == 0, check.stdout + check.stderr
            running.append(
                subprocess.Popen([str(UNBOUND), "-d", "-c", str(config)], stderr=subprocess.PIPE)
            )
        for port in ports.values():
            _wait_for(port)
        yield ports
    finally:
        for process in running:
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(folder, ignore_errors=True)


TEST_ZONE = """$ORIGIN test.
$TTL 300
@ SOA localhost. hostmaster.localhost. 1 3600 600 86400 300
@ NS localhost.
nowhere A 127.0.0.8
casino A 127.0.0.7
deep.sub.casino A 127.0.0.7
illegal A 127.0.0.6
games A 127.0.0.5
"""


def _unbound_config(folder: Path, fmt: str, port: int) -> str:
    user = 'username: ""\n' if os.geteuid() == 0 else ""
    common = f"""server:
  interface: 127.0.0.1
  port: {port}
  do-ip6: no
  chroot: ""
  {user}directory: "{folder}"
  pidfile: "{folder}/{fmt}.pid"
  use-syslog: no
  logfile: ""
  verbosity: 0
  do-not-query-localhost: no
  # Unbound answers NXDOMAIN for all of test. by default (RFC 6761); serve the names from
  # an authoritative zone instead, so that an NXDOMAIN can only come from the export.
  local-zone: "test." nodefault
"""
    (folder / "test.zone").write_text(TEST_ZONE)
    zone = f"""auth-zone:
  name: "test."
  zonefile: "{folder}/test.zone"
  for-upstream: yes
  for-downstream: no
"""
    if fmt == "unbound":
        return common + f'  include: "{folder}/export.unbound"\n' + zone
    return (
        common
        + f"""  module-config: "respip validator iterator"
{zone}rpz:
  name: "policyguard.rpz."
  zonefile: "{folder}/export.rpz"
"""
    )


def _wait_for(port: int) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            _query(port, "nowhere.test")
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"unbound did not answer on port {port}")


@pytest.mark.unbound
@needs_unbound
@pytest.mark.parametrize("fmt", ["unbound", "rpz"])
def test_unbound_serves_the_export(resolvers: dict[str, int], fmt: str) -> None:
    port = resolvers[fmt]
    NXDOMAIN = 3
    assert _query(port, "casino.test")[0] == NXDOMAIN
    assert _query(port, "deep.sub.casino.test")[0] == NXDOMAIN
    assert _query(port, "illegal.test")[0] == NXDOMAIN
    assert _query(port, "nowhere.test") == (0, ["127.0.0.8"])
    assert _query(port, "games.test") == (0, ["127.0.0.5"])  # warned for learners: not in DNS
