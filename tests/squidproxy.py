"""A real Squid for tests: its configuration, the helper installed as Squid runs it, a
test certificate authority made with openssl, origin servers, and clients (plain HTTP,
CONNECT, and TLS through the proxy with Python's ``ssl``).

Used by the web filter's Squid tests and the portal's. Ports are chosen free; nothing
is left running: each server stops when its ``with`` block ends.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

SQUID = shutil.which("squid") or shutil.which("squid", path="/usr/sbin")
CERTGEN = Path("/usr/lib/squid/security_file_certgen")
OPENSSL = shutil.which("openssl")
ROOT = Path(__file__).resolve().parents[1]
AS_ROOT = os.geteuid() == 0


# Ports already handed out by this process: the kernel may offer a port again as soon as
# its probe closes, and two calls in a row then gave a proxy and its origin one port (the
# origin took it, Squid could not, and the client spoke to the origin directly).
_GIVEN: set[int] = set()


def free_port(*hosts: str) -> int:
    """A port free on every one of ``hosts`` (127.0.0.1 when none is given), and never one
    this process has handed out before."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind((hosts[0] if hosts else "127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if port not in _GIVEN and all(_free(host, port) for host in hosts[1:]):
            _GIVEN.add(port)
            return port
    raise RuntimeError("no port is free on all of " + ", ".join(hosts))


def _free(host: str, port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def helper_command() -> str:
    """How Squid starts the helper. Started as root, Squid runs helpers as ``proxy``, so
    the helper is installed as a deployment installs it (scripts/install-helper.sh, what
    ``make install-helper`` runs) and run through its launcher; otherwise Squid keeps
    this user and runs this environment's ``policyguard``."""
    if not AS_ROOT:
        return f"{Path(sys.executable).with_name('policyguard')} squid-helper"
    return f"{_installed_helper()} squid-helper"


@functools.cache
def _installed_helper() -> Path:
    prefix = Path(tempfile.mkdtemp(prefix="policyguard-helper-"))
    prefix.chmod(0o755)
    atexit.register(shutil.rmtree, prefix, True)
    # lazy_loader is copied from the environment running these tests: the checkout's own
    # .venv (the script's default) is not there when another checkout's runs them.
    done = subprocess.run(
        ["bash", str(ROOT / "scripts" / "install-helper.sh"), str(prefix)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "SOURCE_PYTHON": sys.executable},
    )
    if done.returncode:
        pytest.fail(f"install-helper.sh failed:\n{done.stdout}{done.stderr}")
    return prefix / "bin" / "policyguard"


# -- certificates ----------------------------------------------------------------------


@dataclass(frozen=True)
class Certificates:
    """``bump_ca``: the institution's CA, installed on its devices, with which Squid signs
    the certificates of sites it decrypts; ``origin_ca``: the CA of the test sites, whose
    certificate (``origin_cert``, ``origin_key``) names every host in ``names``."""

    folder: Path
    bump_ca: Path
    bump_key: Path
    origin_ca: Path
    origin_cert: Path
    origin_key: Path


def make_certificates(folder: Path, names: Sequence[str]) -> Certificates:
    """A test CA for bumping and one for the sites, made with the openssl command."""
    if OPENSSL is None:
        pytest.skip("openssl is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    ca_extensions = [
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]
    for name, subject in (("bump-ca", "policyguard test bump CA"), ("origin-ca", "test sites CA")):
        _openssl(
            folder,
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            f"{name}.key",
            "-out",
            f"{name}.pem",
            "-days",
            "2",
            "-subj",
            f"/CN={subject}",
            *ca_extensions,
        )
    _openssl(
        folder,
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "origin.key",
        "-out",
        "origin.csr",
        "-subj",
        f"/CN={names[0]}",
    )
    alt = ",".join(f"DNS:{name}" for name in names)
    (folder / "origin.ext").write_text(f"subjectAltName={alt}\nbasicConstraints=CA:FALSE\n")
    _openssl(
        folder,
        "x509",
        "-req",
        "-in",
        "origin.csr",
        "-CA",
        "origin-ca.pem",
        "-CAkey",
        "origin-ca.key",
        "-CAcreateserial",
        "-out",
        "origin.pem",
        "-days",
        "2",
        "-extfile",
        "origin.ext",
    )
    for path in folder.iterdir():
        path.chmod(0o644)  # Squid, as proxy, reads the bump CA's key
    return Certificates(
        folder,
        folder / "bump-ca.pem",
        folder / "bump-ca.key",
        folder / "origin-ca.pem",
        folder / "origin.pem",
        folder / "origin.key",
    )


def _openssl(folder: Path, *args: str) -> None:
    assert OPENSSL is not None
    subprocess.run([OPENSSL, *args], cwd=folder, check=True, capture_output=True)


# -- origin servers ----------------------------------------------------------------------


class _Echo(BaseHTTPRequestHandler):
    """Says which server answered, for which host and path, with which YouTube header."""

    def do_GET(self) -> None:
        address = str(self.server.server_address[0])  # type: ignore[index]
        restrict = self.headers.get("YouTube-Restrict", "-")
        body = f"origin {address} saw {self.headers['Host']}{self.path} restrict={restrict}"
        data = body.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def origins(
    addresses: Sequence[str], port: int, certificates: Certificates | None = None
) -> Iterator[None]:
    """Echo servers on ``port`` of each address (TLS when ``certificates`` are given)."""
    servers = []
    try:
        for address in addresses:
            server = ThreadingHTTPServer((address, port), _Echo)
            if certificates is not None:
                context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                context.load_cert_chain(certificates.origin_cert, certificates.origin_key)
                server.socket = context.wrap_socket(server.socket, server_side=True)
            threading.Thread(target=server.serve_forever, daemon=True).start()
            servers.append(server)
        yield
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


# -- Squid ---------------------------------------------------------------------------------


def squid_config(
    folder: Path,
    port: int,
    *,
    helper: str,
    certificates: Certificates | None = None,
    extra: str = "",
) -> str:
    """A squid.conf on 127.0.0.1:``port`` whose url_rewrite helper is ``helper`` (the
    arguments after ``policyguard squid-helper``), allowing loopback clients; with
    ``certificates`` its port may bump TLS with the test CA (``extra`` says when)."""
    listen = f"http_port 127.0.0.1:{port}"
    tls = ""
    if certificates is not None:
        listen += (
            f" ssl-bump tls-cert={certificates.bump_ca} tls-key={certificates.bump_key}"
            " generate-host-certificates=on dynamic_cert_mem_cache_size=4MB"
        )
        tls = (
            f"sslcrtd_program {CERTGEN} -s {folder}/ssl_db -M 4MB\n"
            "sslcrtd_children 2 startup=1 idle=1\n"
            f"tls_outgoing_options cafile={certificates.origin_ca}\n"
        )
    user = "cache_effective_user proxy\n" if AS_ROOT else ""
    return f"""{listen}
{tls}pid_filename {folder}/squid.pid
cache_log {folder}/cache.log
access_log stdio:{folder}/access.log
hosts_file {folder}/hosts
dns_nameservers 127.0.0.1
cache deny all
cache_mem 8 MB
coredump_dir {folder}
shutdown_lifetime 0 seconds
visible_hostname policyguard-test
{user}url_rewrite_program {helper_command()} {helper}
url_rewrite_children 2 startup=1 idle=1 concurrency=16
url_rewrite_extras "%>a/%>A %un %>rm"
url_rewrite_bypass off
{extra}
acl loopback src 127.0.0.0/8
http_access allow loopback
http_access deny all
"""


@functools.cache
def squid_has_openssl() -> bool:
    """Whether the installed Squid can peek at and bump TLS (Debian's squid-openssl;
    the GnuTLS build, Debian's plain ``squid``, cannot)."""
    if SQUID is None:
        return False
    done = subprocess.run([SQUID, "-v"], capture_output=True, text=True, check=False)
    return "--with-openssl" in done.stdout and CERTGEN.exists()


@contextmanager
def squid(folder: Path, config: str, hosts: Mapping[str, str]) -> Iterator[None]:
    """Run Squid with ``config`` (its port already in it) until the block ends; ``hosts``
    maps names to addresses (Squid's hosts file: no DNS is needed)."""
    if SQUID is None:
        pytest.skip("squid is not installed")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "hosts").write_text("".join(f"{ip} {name}\n" for name, ip in hosts.items()))
    (folder / "squid.conf").write_text(config)
    if "ssl_bump" in config and not squid_has_openssl():
        pytest.fail(
            "this Squid is not built with OpenSSL, so it cannot peek at or bump TLS: "
            "install Debian's squid-openssl (make system-deps; it replaces squid)"
        )
    if "sslcrtd_program" in config:
        subprocess.run(
            [str(CERTGEN), "-c", "-s", str(folder / "ssl_db"), "-M", "4MB"],
            check=True,
            capture_output=True,
        )
    if AS_ROOT:
        for path in [folder, *folder.rglob("*")]:
            shutil.chown(path, "proxy", "proxy")
    port = int(config.split("http_port 127.0.0.1:", 1)[1].split()[0])
    # A service name of its own keeps Squid's shared-memory segments apart from any other.
    service = f"pg{os.getpid()}{hashlib.sha1(str(folder).encode()).hexdigest()[:16]}"
    process = subprocess.Popen(
        [str(SQUID), "-N", "-n", service, "-f", str(folder / "squid.conf")],
        stderr=subprocess.PIPE,
    )
    try:
        _wait_listening(process, folder, port)
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_listening(process: subprocess.Popen[bytes], folder: Path, port: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (folder / "cache.log").read_text() if (folder / "cache.log").exists() else ""
            error = process.stderr.read().decode() if process.stderr else ""
            pytest.fail(f"squid exited: {error}\n{log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail("squid did not start listening within 30 s")


# -- clients ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    status: int
    headers: dict[str, str]
    body: str

    @property
    def location(self) -> str:
        return self.headers.get("location", "")


def _read_all(conn: socket.socket | ssl.SSLSocket) -> bytes:
    chunks = []
    while True:
        try:
            chunk = conn.recv(65536)
        except (ssl.SSLZeroReturnError, ConnectionResetError):
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(data: bytes) -> Reply:
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v for k, _, v in (line.partition(": ") for line in lines[1:])}
    return Reply(int(lines[0].split()[1]), headers, body.decode("latin-1"))


def _request(path_or_url: str, host: str, headers: Mapping[str, str]) -> bytes:
    lines = [f"GET {path_or_url} HTTP/1.1", f"Host: {host}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def http_get(
    proxy: int, url: str, *, client: str = "127.0.0.1", headers: Mapping[str, str] = {}
) -> Reply:
    """A plain-HTTP request for ``url`` through the proxy, from ``client``'s address."""
    host = url.split("://", 1)[1].split("/", 1)[0]
    with socket.create_connection(
        ("127.0.0.1", proxy), timeout=20, source_address=(client, 0)
    ) as conn:
        conn.sendall(_request(url, host, headers))
        return _parse(_read_all(conn))


def connect(proxy: int, authority: str, *, client: str = "127.0.0.1") -> tuple[int, socket.socket]:
    """Send ``CONNECT authority``; (status, the open socket) — close it when done."""
    conn = socket.create_connection(("127.0.0.1", proxy), timeout=20, source_address=(client, 0))
    conn.sendall(f"CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n\r\n".encode())
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return int(data.split()[1]), conn


def https_get(
    proxy: int,
    authority: str,
    path: str = "/",
    *,
    trust: Sequence[Path],
    client: str = "127.0.0.1",
    server_name: str | None = None,
    headers: Mapping[str, str] = {},
) -> Reply:
    """GET ``https://authority/path`` through the proxy as a browser does: CONNECT, then
    TLS (server name ``server_name``, the authority's host by default), trusting only the
    CAs in ``trust``. Raises ProxyRefused when the CONNECT is refused, ssl.SSLError (or
    OSError) when the TLS handshake is."""
    status, conn = connect(proxy, authority, client=client)
    with conn:
        if status != 200:
            raise ProxyRefused(status)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # verifies name and chain
        for authority_ca in trust:
            context.load_verify_locations(authority_ca)
        name = server_name or authority.rsplit(":", 1)[0]
        with context.wrap_socket(conn, server_hostname=name) as tls:
            tls.sendall(_request(path, authority, headers))
            return _parse(_read_all(tls))


class ProxyRefused(Exception):
    """The proxy answered a CONNECT with this status instead of opening the tunnel."""

    def __init__(self, status: int) -> None:
        super().__init__(f"CONNECT refused with {status}")
        self.status = status
