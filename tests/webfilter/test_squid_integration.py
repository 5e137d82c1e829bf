"""End to end: a real Squid on 127.0.0.1 runs the helper against a local origin server.

Clients bind 127.0.0.1 (a learner PC in the fixture pack) or 127.0.0.2 (a staff laptop);
the helper's clock is fixed with ``--at`` so the lunch window is tested without waiting.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.squidproxy import free_port, helper_command

from .conftest import LONDON

SQUID = shutil.which("squid") or shutil.which("squid", path="/usr/sbin")
pytestmark = [pytest.mark.squid, pytest.mark.skipif(SQUID is None, reason="squid is not installed")]
NAMES = ("facebook.test", "casino.test", "nowhere.test", "vpn.test")
SQUID_FOLDERS: dict[str, Path] = {}


class _Origin(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = f"origin saw {self.headers['Host']}{self.path}".encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def origin() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Origin)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()


def _config(folder: Path, port: int, snapshot: Path, at: str) -> str:
    helper = f"{helper_command()} --snapshot {snapshot} --at {at}"
    user = "cache_effective_user proxy\n" if os.geteuid() == 0 else ""
    return f"""http_port 127.0.0.1:{port}
pid_filename {folder}/squid.pid
cache_log {folder}/cache.log
access_log stdio:{folder}/access.log
hosts_file {folder}/hosts
dns_nameservers 127.0.0.1
cache deny all
cache_mem 8 MB
coredump_dir {folder}
shutdown_lifetime 0 seconds
visible_hostname policyguard-test
{user}url_rewrite_program {helper} --log {folder}/decisions.jsonl
url_rewrite_children 2 startup=1 idle=1 concurrency=16
url_rewrite_extras "%>a/%>A %un %>rm"
url_rewrite_bypass off
acl loopback src 127.0.0.0/8
http_access allow loopback
http_access deny all
"""


@pytest.fixture(scope="module")
def squids(snapshot_path: Path) -> Iterator[dict[str, int]]:
    """Two proxies: one whose helper thinks it is 10:00 on a Wednesday, one 12:30."""
    folder = Path(tempfile.mkdtemp(prefix="policyguard-squid-"))
    folder.chmod(0o755)  # Squid drops to its own user when started as root
    snapshot = folder / "college.pgwf"
    shutil.copy(snapshot_path, snapshot)
    running: list[subprocess.Popen[bytes]] = []
    ports: dict[str, int] = {}
    try:
        for name, hour, minute in (("morning", 10, 0), ("lunch", 12, 30)):
            ports[name] = _start(folder / name, snapshot, hour, minute, running)
            SQUID_FOLDERS[name] = folder / name
        yield ports
    finally:
        for process in running:
            process.terminate()
        for process in running:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(folder, ignore_errors=True)


def _start(
    folder: Path, snapshot: Path, hour: int, minute: int, running: list[subprocess.Popen[bytes]]
) -> int:
    folder.mkdir()
    (folder / "hosts").write_text("".join(f"127.0.0.1 {n} www.{n}\n" for n in NAMES))
    port = free_port()
    at = datetime(2025, 3, 12, hour, minute, tzinfo=LONDON).isoformat()
    config = folder / "squid.conf"
    config.write_text(_config(folder, port, snapshot, at))
    if os.geteuid() == 0:
        shutil.chown(folder, "proxy", "proxy")
        for path in folder.iterdir():
            shutil.chown(path, "proxy", "proxy")
    # A service name of its own keeps Squid's shared-memory segments apart from any other.
    service = f"pgtest{os.getpid()}{folder.name}"
    process = subprocess.Popen(
        [str(SQUID), "-N", "-n", service, "-f", str(config)], stderr=subprocess.PIPE
    )
    running.append(process)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (folder / "cache.log").read_text() if (folder / "cache.log").exists() else ""
            pytest.fail(
                f"squid exited: {process.stderr.read().decode() if process.stderr else ''}\n{log}"
            )
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return port
        except OSError:
            time.sleep(0.1)
    pytest.fail("squid did not start listening within 30 s")


def _get(proxy: int, url: str, client: str = "127.0.0.1") -> tuple[int, str, str]:
    with socket.create_connection(
        ("127.0.0.1", proxy), timeout=20, source_address=(client, 0)
    ) as conn:
        host = urlsplit(url).netloc
        conn.sendall(f"GET {url} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = _read_all(conn)
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), headers.get("Location", ""), body.decode("latin-1")


def _read_all(conn: socket.socket) -> bytes:
    chunks = []
    while chunk := conn.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def _connect(proxy: int, authority: str, client: str = "127.0.0.1") -> tuple[int, str]:
    with socket.create_connection(
        ("127.0.0.1", proxy), timeout=20, source_address=(client, 0)
    ) as conn:
        conn.sendall(f"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n\r\n".encode())
        status = conn.recv(4096).decode("latin-1")
        code = int(status.split()[1])
        if code != 200:
            return code, status
        # A tunnel is open: speak plain HTTP through it to the origin.
        conn.sendall(
            f"GET /through HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n".encode()
        )
        return code, _read_all(conn).decode("latin-1")


def test_an_allowed_request_reaches_the_origin(squids: dict[str, int], origin: int) -> None:
    status, _, body = _get(squids["morning"], f"http://nowhere.test:{origin}/page")
    assert status == 200
    assert body == f"origin saw nowhere.test:{origin}/page"


def test_a_blocked_request_is_redirected_to_the_block_page(
    squids: dict[str, int], origin: int
) -> None:
    status, location, _ = _get(squids["morning"], f"http://www.casino.test:{origin}/")
    assert status == 302
    query = parse_qs(urlsplit(location).query)
    assert location.startswith("http://portal.test/blocked?")
    assert (query["category"], query["entry"], query["clauses"]) == (
        ["adult"],
        ["casino.test"],
        ["VTS-20,VTS-25"],
    )


def test_https_connect_is_blocked_or_tunnelled(squids: dict[str, int], origin: int) -> None:
    code, _ = _connect(squids["morning"], f"vpn.test:{origin}")
    assert code == 302
    code, body = _connect(squids["morning"], f"nowhere.test:{origin}")
    assert code == 200
    assert "origin saw" in body


@pytest.mark.skipif(os.geteuid() != 0, reason="Squid changes user only when started as root")
def test_the_installed_helper_runs_as_the_proxy_user(squids: dict[str, int], origin: int) -> None:
    status, _, _ = _get(squids["morning"], f"http://www.casino.test:{origin}/")
    assert status == 302
    log = SQUID_FOLDERS["morning"] / "decisions.jsonl"
    assert log.owner() == "proxy"  # the helper wrote its records as Squid's user
    assert '"category": "adult"' in log.read_text()


def test_staff_social_media_follows_the_lunch_window(squids: dict[str, int], origin: int) -> None:
    url = f"http://facebook.test:{origin}/feed"
    assert _get(squids["morning"], url, client="127.0.0.2")[0] == 302  # staff laptop, 10:00
    assert _get(squids["lunch"], url, client="127.0.0.2")[0] == 200  # staff laptop, 12:30
    status, location, _ = _get(squids["lunch"], url, client="127.0.0.1")  # learner PC at lunch
    assert status == 302
    assert parse_qs(urlsplit(location).query)["clauses"] == ["VTS-10"]
