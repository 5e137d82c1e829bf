"""The portal under load: PostgreSQL, gunicorn, one college of 50,000 people.

What it does, as a deployment would (README, "Deploying"):

1. starts a throwaway PostgreSQL (``scripts/with-postgres.sh``) and migrates it;
2. loads one organisation (the VTS pack) through the project's own import paths: 50,000
   people from a CSV file (``import_people_csv``, what the import page and
   ``import_people`` run; timed: people per second), 100,000 web-filter records from a
   JSON-lines file (``ingest_file``, what ``ingest_weblog`` runs) and 2,000 comments to
   an official account, each screened (``import_comments``);
3. serves the portal with gunicorn (``gunicorn portal.wsgi``, 3 workers of 4 threads,
   debug off), as the README says to deploy it;
4. offers each endpoint a fixed load of 10 requests per second for ``SECONDS`` seconds,
   one endpoint at a time: requests leave on schedule whether or not earlier ones have
   answered (an open loop), and each latency counts from the time it was due, so a slow
   server cannot hide its queue;
5. sends decisions to the API from 8 connections at once for ``SECONDS`` seconds: the
   requests per second it sustains.

Targets (issue 11): p95 at most 300 ms for every page and 150 ms for the decisions API,
no errors, at least 200 decisions a second, at least 2,000 people imported a second.

Left out: static files (a reverse proxy serves them), TLS, the Squid helpers, and
several endpoints loaded at once; the load generator shares the machine's two cores with
the server and the database, so the figures are a floor rather than a ceiling.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
# The sizes of issue 11; smaller ones (environment) only to try the benchmark out.
PEOPLE = int(os.environ.get("BENCH_PORTAL_PEOPLE", "50000"))
WEB_RECORDS = int(os.environ.get("BENCH_PORTAL_RECORDS", "100000"))
POSTS = int(os.environ.get("BENCH_PORTAL_POSTS", "2000"))
STUDENT = (
    f"S{min(20_000, (PEOPLE - PEOPLE // 20 - PEOPLE // 10) // 2):05d}"  # the person asked about
)
STAFF = f"T{min(42, PEOPLE // 20 - 1):05d}"  # who asks about them
RATE = 10.0  # requests a second, each endpoint
SECONDS = float(os.environ.get("BENCH_PORTAL_SECONDS", "20"))
PAGE_P95_MS = 300.0
API_P95_MS = 150.0
API_RATE = 200.0
IMPORT_RATE = 2_000.0
INNER = "POLICYGUARD_BENCH_PORTAL_INNER"
ORG = "vts"
LONDON = ZoneInfo("Europe/London")
FIRST = [
    "Amelia",
    "Oliver",
    "Isla",
    "Jack",
    "Ava",
    "Harry",
    "Mia",
    "George",
    "Noah",
    "Leo",
    "Freya",
    "Arlo",
    "Ivy",
    "Theo",
    "Rosie",
    "Alfie",
    "Grace",
    "Oscar",
    "Willow",
    "Finn",
]
LAST = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Patel",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Khan",
    "Lewis",
    "Clarke",
    "Jackson",
    "Wood",
    "Hughes",
    "Begum",
]


def main() -> int:
    if os.environ.get(INNER):
        return _run()
    check = subprocess.run(["bash", "scripts/with-postgres.sh", "--check"], cwd=ROOT)
    if check.returncode != 0:
        print("PostgreSQL server binaries are not installed: portal benchmark skipped")
        return 0
    env = {**os.environ, INNER: "1"}
    command = ["bash", "scripts/with-postgres.sh", sys.executable, "-m", "bench.bench_portal"]
    return subprocess.call(command, cwd=ROOT, env=env)


# Data, generated from fixed seeds ------------------------------------------------------


def people_csv(today: date) -> bytes:
    """50,000 people: staff (line managers among them), students with progress tutors,
    parents of students, some former students; every column of the import used."""
    rng = random.Random(50_000)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "id",
            "name",
            "date_of_birth",
            "kind",
            "start_date",
            "leaving_date",
            "roles",
            "line_manager_id",
            "progress_tutor_id",
            "parent_of",
        ]
    )
    staff = PEOPLE // 20
    parents = PEOPLE // 10
    students = PEOPLE - staff - parents
    for n in range(staff):
        manager = f"T{n // 10 * 10:05d}" if n % 10 else ""
        roles = "dsl" if n == 1 else ("moderator" if n == 2 else "")
        born = date(1960, 1, 1) + timedelta(days=rng.randrange(15_000))
        writer.writerow(
            [f"T{n:05d}", _name(rng), born, "staff", "2015-09-01", "", roles, manager, "", ""]
        )
    for n in range(students):
        born = today - timedelta(days=365 * 16 + rng.randrange(365 * 4))
        left = (today - timedelta(days=rng.randrange(900))) if n % 7 == 0 else ""
        writer.writerow(
            [
                f"S{n:05d}",
                _name(rng),
                born,
                "student",
                "2023-09-01",
                left,
                "",
                "",
                f"T{rng.randrange(staff):05d}",
                "",
            ]
        )
    for n in range(parents):
        born = date(1970, 1, 1) + timedelta(days=rng.randrange(7_000))
        writer.writerow(
            [
                f"P{n:05d}",
                _name(rng),
                born,
                "parent",
                "",
                "",
                "",
                "",
                "",
                f"S{rng.randrange(students):05d}",
            ]
        )
    return out.getvalue().encode()


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}-{rng.randrange(1000)}"


def web_records(path: Path, now: datetime) -> None:
    """100,000 decision records of the Squid helper over two weeks: searches (a few with
    safeguarding terms, one in a thousand raising an alert), blocked pages, plain allows."""
    rng = random.Random(100_000)
    with path.open("w", encoding="utf-8") as handle:
        for n in range(WEB_RECORDS):
            at = now - timedelta(seconds=rng.randrange(14 * 86_400))
            record: dict[str, Any] = {
                "at": at.isoformat(),
                "device": "learner_pc",
                "device_id": f"lab{rng.randrange(20)}-pc{rng.randrange(30):02d}",
                "client_ip": f"10.2.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                "user": f"S{rng.randrange(PEOPLE * 17 // 20):05d}",
                "audience": "learner",
                "url": f"https://site{rng.randrange(5000)}.example.com/page/{n}",
                "outcome": "allow",
            }
            kind = rng.random()
            if kind < 0.3:
                record.update(
                    url=f"https://www.google.co.uk/search?q=topic+{n}",
                    search_site="google",
                    search_term=f"revision topic {n % 997}",
                )
                if n % 1000 == 0:
                    record.update(
                        search_term="how to kms",
                        terms=[{"category": "self_harm", "severity": "high", "term": "kms"}],
                        alert=True,
                    )
            elif kind < 0.4:
                record.update(outcome="block", reason="rule", category="social_networks")
            handle.write(json.dumps(record) + "\n")


def comments(count: int) -> bytes:
    """Comments in the import's JSON-lines format, from our own ordinary college posts."""
    posts = (ROOT / "bench" / "data" / "college_posts.txt").read_text(encoding="utf-8")
    texts = [line.strip() for line in posts.splitlines() if line.strip()]
    lines = []
    for n in range(count):
        lines.append(
            json.dumps(
                {
                    "id": f"c{n}",
                    "author": f"visitor {n % 211}",
                    "text": f"{texts[n % len(texts)]} (reply {n})",
                    "at": f"2026-11-{1 + n % 28:02d}T12:00:00+00:00",
                }
            )
        )
    return ("\n".join(lines) + "\n").encode()


# Loading through the import paths -----------------------------------------------------


@dataclass
class Loaded:
    admin_id: int
    token: str
    person_id: str
    figures: list[str] = field(default_factory=list)
    import_rate: float = 0.0


def _load(work: Path) -> Loaded:
    from django.core.management import call_command
    from django.utils import timezone

    from policyguard import load_bundled
    from portal.apitokens.actions import create_api_token
    from portal.moderation.actions import add_official_account
    from portal.moderation.incoming import import_comments
    from portal.monitoring.actions import ingest_file
    from portal.organisations.actions import create_organisation, set_membership
    from portal.people.actions import import_people_csv
    from portal.types import User

    call_command("migrate", verbosity=0)
    pack = load_bundled(ORG)
    organisation = create_organisation(
        slug=ORG, name=pack.organisation.name, pack_slug=ORG, acting_user=None
    )
    admin = User.objects.create_user(username="bench-admin", password="bench-admin-password")
    set_membership(
        organisation=organisation,
        user=admin,
        roles=["staff", "dsl"],
        is_admin=True,
        acting_user=None,
    )
    _, token = create_api_token(user=admin, name="bench", acting_user=None)
    loaded = Loaded(admin_id=admin.pk, token=token, person_id=STUDENT)

    data = people_csv(timezone.localdate())
    started = time.perf_counter()
    summary = import_people_csv(
        organisation=organisation, file=io.BytesIO(data), acting_user=admin, source="bench.csv"
    )
    took = time.perf_counter() - started
    loaded.import_rate = summary.total / took
    loaded.figures.append(
        f"people import: {summary.total} rows ({len(data) / 1e6:.1f} MB) in {took:.1f} s: "
        f"{loaded.import_rate:,.0f} rows/s (target >= {IMPORT_RATE:,.0f}: "
        f"{'met' if loaded.import_rate >= IMPORT_RATE else 'not met'})"
    )

    log = work / "weblog.jsonl"
    web_records(log, timezone.now())
    started = time.perf_counter()
    report = ingest_file(organisation=organisation, path=log, acting_user=None)
    took = time.perf_counter() - started
    loaded.figures.append(
        f"web log ingest: {report.stored} records in {took:.1f} s "
        f"({report.stored / took:,.0f} records/s; {report.alerts} alerts)"
    )

    account = add_official_account(
        organisation=organisation, name="@VTSCollege", platform="x", acting_user=None
    )
    started = time.perf_counter()
    imported = import_comments(
        organisation=organisation,
        data=comments(POSTS),
        source="bench.jsonl",
        account=account,
        acting_user=None,
    )
    took = time.perf_counter() - started
    loaded.figures.append(f"comments: {imported} in {took:.1f} s")
    return loaded


# The server and the load --------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start_server(port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(
        [
            str(gunicorn),
            "portal.wsgi",
            # Warmed once in the master (portal.warmup), shared by the workers it forks.
            "--preload",
            "--workers",
            "3",
            "--threads",
            "4",
            "--bind",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not start")


@dataclass(frozen=True)
class Endpoint:
    name: str
    path: str
    target_ms: float
    method: str = "GET"
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def p(self, fraction: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000


class Client:
    """One keep-alive connection per thread to the server."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.local = threading.local()

    def request(self, endpoint: Endpoint) -> tuple[int, int]:
        connection = getattr(self.local, "connection", None)
        if connection is not None:
            try:
                return self._send(connection, endpoint)
            except (BrokenPipeError, ConnectionResetError, http.client.RemoteDisconnected):
                # The server closed this idle keep-alive connection (gunicorn waits 2 s)
                # before the request reached it: send it again on a new one, as any
                # HTTP client with a connection pool does.
                connection.close()
        connection = self.local.connection = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=60
        )
        try:
            return self._send(connection, endpoint)
        except (OSError, http.client.HTTPException):
            self.local.connection = None
            connection.close()
            raise

    def _send(self, connection: http.client.HTTPConnection, endpoint: Endpoint) -> tuple[int, int]:
        connection.request(
            endpoint.method,
            endpoint.path,
            body=endpoint.body or None,
            headers=dict(endpoint.headers),
        )
        response = connection.getresponse()
        return response.status, len(response.read())


def offered_load(client: Client, endpoint: Endpoint, rate: float, seconds: float) -> Result:
    """Requests due every 1/rate seconds; each latency from its due time to its answer."""
    result = Result()
    lock = threading.Lock()
    start = time.perf_counter() + 0.1
    count = int(rate * seconds)
    due_times = [start + n / rate for n in range(count)]
    next_index = iter(range(count))

    def worker() -> None:
        while True:
            with lock:
                index = next(next_index, None)
            if index is None:
                return
            due = due_times[index]
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            try:
                status, _ = client.request(endpoint)
            except Exception as exc:
                with lock:
                    result.errors.append(type(exc).__name__)
                continue
            took = time.perf_counter() - due
            with lock:
                result.latencies.append(took)
                if status >= 400:
                    result.errors.append(str(status))

    threads = [threading.Thread(target=worker) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return result


def throughput(
    client: Client, endpoint: Endpoint, connections: int, seconds: float
) -> tuple[float, int]:
    """Answers a second from ``connections`` clients sending back to back; and errors."""
    stop = time.perf_counter() + seconds
    done = [0] * connections
    failed = [0] * connections

    def worker(slot: int) -> None:
        while time.perf_counter() < stop:
            try:
                status, _ = client.request(endpoint)
            except Exception:
                failed[slot] += 1
                continue
            if status < 400:
                done[slot] += 1
            else:
                failed[slot] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done) / (time.perf_counter() - started), sum(failed)


def _session_cookie(user_id: int) -> str:
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from portal.types import User

    user = User.objects.get(pk=user_id)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    # The backend that loads users (django-axes, listed first, only counts failures).
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    # The administrator signed in with a second factor, as the portal requires of them.
    device = TOTPDevice.objects.create(user=user, name="bench authenticator", confirmed=True)
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def _endpoints(loaded: Loaded, cookie: str) -> list[Endpoint]:
    from django.urls import NoReverseMatch, reverse

    page = (("Cookie", cookie),)
    base = f"/orgs/{ORG}"
    found = [
        Endpoint("home", f"{base}/", PAGE_P95_MS, headers=page),
        Endpoint("people list", f"{base}/people/", PAGE_P95_MS, headers=page),
        Endpoint(
            "people search", f"{base}/people/?q=smith&kind=student", PAGE_P95_MS, headers=page
        ),
        Endpoint("people, page 500", f"{base}/people/?page=500", PAGE_P95_MS, headers=page),
        Endpoint("person", f"{base}/people/{loaded.person_id}/", PAGE_P95_MS, headers=page),
        Endpoint("decisions list", f"{base}/decisions/", PAGE_P95_MS, headers=page),
        Endpoint("queue", f"{base}/moderation/", PAGE_P95_MS, headers=page),
        Endpoint("log review", f"{base}/monitoring/review/", PAGE_P95_MS, headers=page),
        Endpoint("alerts", f"{base}/monitoring/alerts/", PAGE_P95_MS, headers=page),
        Endpoint("audit log", f"{base}/audit/", PAGE_P95_MS, headers=page),
    ]
    try:  # the dashboards (issue 11, item 4), once they exist
        dashboard = reverse("dashboards:dashboard", args=[ORG])
        found.insert(1, Endpoint("dashboard", dashboard, PAGE_P95_MS, headers=page))
    except NoReverseMatch:
        print("(no dashboard page yet: not measured)")
    found.append(_decisions_endpoint(loaded))
    return found


def _decisions_endpoint(loaded: Loaded) -> Endpoint:
    event = {
        "kind": "connection",
        "at": "2026-11-21T10:00:00+00:00",
        "actor": STAFF,
        "target": STUDENT,
        "action": "friend_request",
        "platform": "facebook",
    }
    return Endpoint(
        "decisions API",
        f"/api/v1/orgs/{ORG}/decisions",
        API_P95_MS,
        method="POST",
        body=json.dumps(event).encode(),
        headers=(("Authorization", f"Bearer {loaded.token}"), ("Content-Type", "application/json")),
    )


def _run() -> int:
    began = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="policyguard-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "POLICYGUARD_DEBUG": "false",
        "POLICYGUARD_SECRET_KEY": "bench-" + "k" * 60,
        "POLICYGUARD_ALLOWED_HOSTS": "127.0.0.1",
        "POLICYGUARD_DATA_DIR": str(work),
    }
    os.environ.update(env)
    import django

    django.setup()
    print(
        f"data: 1 organisation ({ORG}), {PEOPLE:,} people, {WEB_RECORDS:,} web-log records, "
        f"{POSTS:,} comments; gunicorn 3 workers x 4 threads; {RATE:.0f} req/s per "
        f"endpoint for {SECONDS:.0f} s; load average {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} CPUs"
    )
    if (PEOPLE, WEB_RECORDS, POSTS) != (50_000, 100_000, 2_000):
        print("(smaller than issue 11's data set: a trial run, not the benchmark's figures)")
    loaded = _load(work)
    for line in loaded.figures:
        print(line)
    cookie = _session_cookie(loaded.admin_id)
    from django.db import connections

    connections.close_all()
    port = _free_port()
    server = _start_server(port, env)
    ok = loaded.import_rate >= IMPORT_RATE
    try:
        client = Client(port)
        endpoints = _endpoints(loaded, cookie)
        print(
            f"\n{'endpoint':<18} {'first':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} "
            f"{'target':>8}  {'errors':>6}  size"
        )
        for endpoint in endpoints:
            try:  # the first request (the workers warmed up at start), then five more
                started = time.perf_counter()
                status, size = client.request(endpoint)
                first = (time.perf_counter() - started) * 1000
                for _ in range(5):
                    client.request(endpoint)
            except (OSError, http.client.HTTPException) as exc:
                print(f"{endpoint.name}: first requests failed ({type(exc).__name__})")
                status, size, first = 0, 0, 0.0
            if status != 200:
                print(f"{endpoint.name}: answered {status}, not 200")
            result = offered_load(client, endpoint, RATE, SECONDS)
            met = not result.errors and result.p(0.95) <= endpoint.target_ms and status == 200
            ok = ok and met
            print(
                f"{endpoint.name:<18} {first:6.0f} {result.p(0.5):8.0f} {result.p(0.95):8.0f} "
                f"{result.p(1.0):8.0f} {endpoint.target_ms:8.0f}  {len(result.errors):6d}  "
                f"{size / 1024:.0f} kB  {'met' if met else 'not met'}"
                + (f" ({', '.join(sorted(set(result.errors)))})" if result.errors else "")
            )
        rate, failed = throughput(client, _decisions_endpoint(loaded), 8, SECONDS)
        met = rate >= API_RATE and failed == 0
        ok = ok and met
        print(
            f"\ndecisions API, 8 connections back to back: {rate:,.0f} req/s, {failed} errors "
            f"(target >= {API_RATE:.0f} req/s: {'met' if met else 'not met'}; "
            f"ratio to target {rate / API_RATE:.2f})"
        )
    finally:
        server.terminate()
        server.wait(timeout=30)
    took = time.perf_counter() - began
    print(f"\nall targets {'met' if ok else 'NOT met'} (the run took {took / 60:.1f} minutes)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
