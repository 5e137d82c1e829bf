"""A throwaway ClickHouse server for tests and the benchmark, as
``scripts/with-postgres.sh`` is for PostgreSQL: Debian's ``clickhouse-server``
(deps/apt-packages.txt) started on free loopback ports with its data in a temporary
folder, stopped and removed after."""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Debian's package installs /usr/sbin/clickhouse-server; newer upstream packages a single
# ``clickhouse`` binary that takes ``server`` as its first argument.
_CANDIDATES: tuple[tuple[str, ...], ...] = (
    ("clickhouse-server",),
    ("/usr/sbin/clickhouse-server",),
    ("/usr/bin/clickhouse-server",),
    ("clickhouse", "server"),
)

_CONFIG = """<?xml version="1.0"?>
<yandex>
  <logger>
    <level>warning</level>
    <log>{root}/server.log</log>
    <errorlog>{root}/error.log</errorlog>
    <console>0</console>
  </logger>
  <listen_host>127.0.0.1</listen_host>
  <tcp_port>{port}</tcp_port>
  <path>{root}/data/</path>
  <tmp_path>{root}/tmp/</tmp_path>
  <user_files_path>{root}/user_files/</user_files_path>
  <format_schema_path>{root}/format_schemas/</format_schema_path>
  <users_config>{root}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <mark_cache_size>67108864</mark_cache_size>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <max_concurrent_queries>20</max_concurrent_queries>
</yandex>
"""

_USERS = """<?xml version="1.0"?>
<yandex>
  <profiles><default><max_threads>2</max_threads></default></profiles>
  <quotas><default/></quotas>
  <users>
    <default>
      <password></password>
      <networks><ip>127.0.0.1</ip></networks>
      <profile>default</profile>
      <quota>default</quota>
    </default>
  </users>
</yandex>
"""


def server_command() -> tuple[str, ...] | None:
    """The command that starts a ClickHouse server here, or None where none is installed."""
    for candidate in _CANDIDATES:
        found = shutil.which(candidate[0])
        if found:
            return (found, *candidate[1:])
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _answers(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


@contextmanager
def clickhouse_server(*, timeout: float = 60.0) -> Iterator[str]:
    """Start a server; yield its URL (``clickhouse://default@127.0.0.1:PORT/default``)."""
    command = server_command()
    if command is None:
        raise RuntimeError("no ClickHouse server installed (Debian package clickhouse-server)")
    root = Path(tempfile.mkdtemp(prefix="policyguard-clickhouse."))
    try:
        port = _free_port()
        (root / "config.xml").write_text(_CONFIG.format(root=root, port=port))
        (root / "users.xml").write_text(_USERS)
        with (root / "console.log").open("wb") as console:
            process = subprocess.Popen(
                [*command, f"--config-file={root / 'config.xml'}"],
                stdout=console,
                stderr=subprocess.STDOUT,
                cwd=root,
            )
        try:
            deadline = time.monotonic() + timeout
            while not _answers(port):
                if process.poll() is not None or time.monotonic() > deadline:
                    log = root / "error.log"
                    detail = log.read_text()[-2000:] if log.exists() else ""
                    raise RuntimeError(f"ClickHouse did not start on port {port}: {detail}")
                time.sleep(0.05)
            yield f"clickhouse://default@127.0.0.1:{port}/default"
        finally:
            # Thrown away with its folder: no clean shutdown to wait for (some ten seconds).
            process.kill()
            process.wait()
    finally:
        shutil.rmtree(root, ignore_errors=True)
