"""Web filter: ``policyguard squid-helper`` against squidGuard on the shared request stream.

The workload is the one ``../shared/bench/README.md`` describes, made by its own scripts:
every black UT1 category as shipped (59, reading ``usage`` as the stream's generator
does), *with their expressions*, plus a synthetic ``adult/domains`` of 4.6 million names
(``gen_adult_synth.py``), and 200,000 request lines (``gen_requests.py --n 200000
--seed 1``: half CONNECT, URL-list entries with their paths, clients in three networks,
user names on most lines). Both programs block every
black category for everyone, so they do the same work and their answers can be compared.

Both run as deployed:

- ours is built with ``policyguard webfilter compile --pack bench-pack.yaml --ut1 ...``
  (the VTS pack with a ``web:`` section for this stream: devices by network, audiences
  by user name, safe search, search terms, logging) and answers through
  ``PREFIX/bin/policyguard squid-helper --snapshot ... --log ...``, the command the
  README puts in squid.conf, writing its decision records: the helper installed by
  ``scripts/install-helper.sh`` (``make install-helper``) under var/bench-webfilter/helper,
  on the system's Python with compiled bytecode, as Squid's own user runs it (the
  project's .venv, where a shell may forbid writing bytecode, is not what Squid runs);
- squidGuard 1.6 (Debian's) is built with ``squidGuard -C all`` and answers with
  ``squidGuard -c ...``, its log off.

Figures (CPU figures are user+sys seconds of the process, as the issue measures them, so
a busy machine moves them little; each stream run and start-up is repeated and printed
as min / median, and targets are judged on the median):

- lines per CPU-second over the whole stream, start-up included (target >= 10x squidGuard);
- start-up: spawn to the first answer (CPU seconds, target <= 0.1 s; wall time printed too);
- peak RSS over the stream (target <= 64 MiB; a shared, memory-mapped snapshot counts in
  full in every helper's RSS although the page cache holds it once);
- build: CPU seconds (target: less than squidGuard's) and peak RSS (target <= 256 MiB).

What the workload leaves out: concurrency channel-IDs (squidGuard cannot read them);
several helpers sharing one snapshot; a day's repetition of hosts (the stream has 66,717
distinct authorities in 200,000 lines, far fewer repeats than a real proxy); schedule
windows (none of the stream's rules depends on the time); evasion forms beyond the
stream's own (the property tests and tests/webfilter cover those).

``BENCH_WEBFILTER_REPEATS`` (default 3) sets the repetitions; ``POLICYGUARD_SHARED`` the
shared folder when it is neither beside the checkout nor beside its parent folder.
Generated files live in var/bench-webfilter/ and are reused while their inputs are
unchanged.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Beside the checkout (/work/main -> /work/shared), or beside its folder for a worktree
# one level further down (/work/wt/NAME -> /work/shared).
SHARED = Path(
    os.environ.get("POLICYGUARD_SHARED")
    or next(
        (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()),
        ROOT.parent / "shared",
    )
)
SHARED_UT1 = SHARED / "data" / "ut1" / "blacklists"
GENERATORS = SHARED / "bench"
WORK = ROOT / "var" / "bench-webfilter"
LINES = 200_000
ADULT_NAMES = 4_600_000
STARTS = 11
VTS = ROOT / "src" / "policyguard" / "packs" / "bundled" / "vts.yaml"
MIB = 1024


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_kib: int


def main() -> int:
    if not SHARED_UT1.is_dir() or not (GENERATORS / "gen_requests.py").is_file():
        print(f"{SHARED_UT1} or {GENERATORS} is not here: the web-filter benchmark needs them")
        return 0
    squidguard = shutil.which("squidGuard") or shutil.which("squidGuard", path="/usr/bin")
    policyguard = Path(sys.executable).with_name("policyguard")
    if squidguard is None or not policyguard.exists():
        print("squidGuard or policyguard is not installed: run `make install`")
        return 1
    repeats = int(os.environ.get("BENCH_WEBFILTER_REPEATS", "3"))
    WORK.mkdir(parents=True, exist_ok=True)
    lists, stream = _workload()
    categories = _black_categories(lists)
    pack = _bench_pack(categories)
    snapshot, decisions = WORK / "bench.pgwf", WORK / "decisions.jsonl"
    config = _squidguard_config(lists, categories)
    ours_build = _measure(
        [
            str(policyguard),
            "webfilter",
            "compile",
            "--pack",
            str(pack),
            "--ut1",
            str(lists),
            "--categories",
            ",".join(categories),
            "-o",
            str(snapshot),
        ],
        None,
        WORK / "build.out",
    )
    print((WORK / "build.out").read_text().strip())
    for db in lists.glob("*/*.db"):
        db.unlink()
    theirs_build = _measure([squidguard, "-c", str(config), "-C", "all"], None, None)
    helper = _installed_helper()
    ours_command = [
        str(helper),
        "squid-helper",
        "--snapshot",
        str(snapshot),
        "--log",
        str(decisions),
    ]
    theirs_command = [squidguard, "-c", str(config)]
    ours, theirs = [], []
    for _ in range(repeats):
        decisions.unlink(missing_ok=True)
        ours.append(_measure(ours_command, stream, WORK / "ours.out"))
        theirs.append(_measure(theirs_command, stream, WORK / "theirs.out"))
    starts = {
        "ours": _startups(ours_command, STARTS),
        "theirs": _startups(theirs_command, STARTS),
    }
    _report(categories, stream, ours, theirs, ours_build, theirs_build, starts, decisions)
    return 0


# -- the workload ------------------------------------------------------------------------


def _workload() -> tuple[Path, Path]:
    """UT1 with the synthetic adult list, and the request stream, made as the shared
    README says (reused when already made)."""
    lists = WORK / "lists"
    adult = lists / "adult" / "domains"
    if not adult.exists() or _lines(adult) != ADULT_NAMES:
        shutil.rmtree(lists, ignore_errors=True)
        shutil.copytree(SHARED_UT1, lists, symlinks=True)
        for path in lists.rglob("*"):
            if not path.is_symlink():
                path.chmod(0o755 if path.is_dir() else 0o644)
        started = time.perf_counter()
        _run([sys.executable, str(GENERATORS / "gen_adult_synth.py"), str(adult)])
        print(f"generated the synthetic adult list in {time.perf_counter() - started:.0f} s")
    stream = WORK / "requests.txt"
    if not stream.exists() or _lines(stream) != LINES:
        _run(
            [
                sys.executable,
                str(GENERATORS / "gen_requests.py"),
                "--ut1",
                str(lists),
                "--n",
                str(LINES),
                "--out",
                str(stream),
                "--seed",
                "1",
            ]
        )
    return lists, stream


def _installed_helper() -> Path:
    """The helper as Squid runs it: installed by ``scripts/install-helper.sh`` (what
    ``make install-helper`` runs) under var/bench-webfilter/helper, on the system's
    Python with its bytecode compiled, started by the launcher the README's squid.conf
    names. Installed afresh each run, so it is this checkout's code."""
    prefix = WORK / "helper"
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "install-helper.sh"), str(prefix)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return prefix / "bin" / "policyguard"


def _run(command: Sequence[str]) -> None:
    subprocess.run(command, check=True, cwd=WORK, stdout=subprocess.DEVNULL)


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _black_categories(lists: Path) -> list[str]:
    """UT1's block lists: categories whose ``usage`` starts with ``black`` (as the stream's
    generator counts them)."""
    found = []
    for folder in sorted(p for p in lists.iterdir() if p.is_dir()):
        usage = folder / "usage"
        words = usage.read_text(errors="replace").split() if usage.is_file() else []
        if words[:1] == ["black"]:
            found.append(folder.name)
    return found


def _bench_pack(categories: list[str]) -> Path:
    """The VTS pack with a ``web:`` section for the stream's networks and user names."""
    text = VTS.read_text(encoding="utf-8")
    head = text[: text.index("\nweb:")]
    web = f"""
web:
  block_page: http://portal.test/blocked
  default_device: byod
  devices:
    staff_pc: {{networks: [10.1.0.0/16], audience: staff}}
    learner_pc: {{networks: [10.2.0.0/16], audience: learner}}
    guest_wifi: {{networks: [10.3.0.0/16], audience: guest}}
  users:
    - {{pattern: "^staff[0-9]+$", audience: staff}}
    - {{pattern: "^s[0-9]{{6}}$", audience: learner}}
  rules:
    - {{categories: [{", ".join(categories)}], action: block, clauses: [VTS-20, VTS-25]}}
  safe_search: {{clauses: [VTS-25]}}
  search_terms: {{clauses: [VTS-24, VTS-26], alert_role: dsl}}
  logging: {{clauses: [VTS-24, VTS-26]}}
"""
    path = WORK / "bench-pack.yaml"
    path.write_text(head + web, encoding="utf-8")
    return path


def _squidguard_config(lists: Path, categories: list[str]) -> Path:
    dests = []
    for category in categories:
        name = category.replace("-", "_")
        lines = [f"dest {name} {{"]
        for kind, keyword in (
            ("domains", "domainlist"),
            ("urls", "urllist"),
            ("expressions", "expressionlist"),
        ):
            path = lists / category / kind
            if path.is_file() and path.stat().st_size:
                lines.append(f"  {keyword} {category}/{kind}")
        dests.append("\n".join([*lines, "}"]))
    blocked = " ".join(f"!{c.replace('-', '_')}" for c in categories)
    config = WORK / "squidGuard.conf"
    config.write_text(
        f"dbhome {lists}\nlogdir {WORK}\n"
        + "\n".join(dests)
        + f"\nacl {{\n  default {{\n    pass {blocked} all\n"
        "    redirect http://portal.test/blocked?category=%t&url=%u\n  }\n}\n"
    )
    return config


# -- measuring ---------------------------------------------------------------------------


def _measure(command: list[str], stdin: Path | None, stdout: Path | None) -> Run:
    """Wall time, CPU time (user+sys) and peak RSS of one process, from GNU time.

    Not os.wait4 from here: a child forked from this process starts with this
    process's pages counted in its peak RSS until it execs."""
    report = WORK / "time.txt"
    timed = ["/usr/bin/time", "-o", str(report), "-f", "%e %U %S %M", *command]
    with (
        stdin.open("rb") if stdin else open(os.devnull, "rb") as source,
        stdout.open("wb") if stdout else open(os.devnull, "wb") as sink,
    ):
        done = subprocess.run(timed, stdin=source, stdout=sink, cwd=WORK, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(command[:3])} exited {done.returncode}")
    wall, user, system, peak = report.read_text().split()[-4:]
    return Run(float(wall), float(user) + float(system), int(peak))


def _startups(command: list[str], count: int) -> tuple[list[float], list[float]]:
    """(wall, CPU) seconds from spawn to the first answer, ``count`` times: the process
    answers one line and is then told the input has ended, so its CPU time is that of
    starting and answering once (and exiting)."""
    walls, cpus = [], []
    line = b"http://example.com/ 10.2.3.4/- s000001 GET myip=10.0.0.254 myport=3128\n"
    for _ in range(count):
        started = time.perf_counter()
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=WORK)
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(line)
        process.stdin.flush()
        process.stdout.readline()
        walls.append(time.perf_counter() - started)
        process.stdin.close()
        _, _, usage = os.wait4(process.pid, 0)
        process.returncode = 0
        process.stdout.close()
        cpus.append(usage.ru_utime + usage.ru_stime)
    return walls, cpus


# -- the report --------------------------------------------------------------------------


def _blocked(path: Path) -> list[bool]:
    return ["status=302" in line or "blocked?" in line for line in path.read_text().splitlines()]


def _spread(values: Sequence[float], fmt: str) -> str:
    return f"{fmt.format(min(values))} / {fmt.format(statistics.median(values))}"


def _report(
    categories: list[str],
    stream: Path,
    ours: list[Run],
    theirs: list[Run],
    ours_build: Run,
    theirs_build: Run,
    starts: dict[str, tuple[list[float], list[float]]],
    decisions: Path,
) -> None:
    mine, other = _blocked(WORK / "ours.out"), _blocked(WORK / "theirs.out")
    same = sum(a == b for a, b in zip(mine, other, strict=True))
    records = _lines(decisions)
    load = os.getloadavg()[0]
    print(
        f"\n{len(categories)} black UT1 categories with their expressions + "
        f"{ADULT_NAMES:,} synthetic adult names; {LINES:,} lines from {stream.name}"
    )
    print(
        f"policyguard blocked {sum(mine):,} lines, squidGuard {sum(other):,}; they agree on "
        f"{same:,} ({same / LINES:.1%}); policyguard wrote {records:,} decision records"
    )
    print(f"{len(ours)} runs each, min / median; machine load {load:.1f} on {os.cpu_count()} CPUs")
    rates = [LINES / r.cpu for r in ours], [LINES / r.cpu for r in theirs]
    rate, anchor = statistics.median(rates[0]), statistics.median(rates[1])
    peak = statistics.median(r.peak_kib for r in ours) / MIB
    their_peak = statistics.median(r.peak_kib for r in theirs) / MIB
    start_cpu = statistics.median(starts["ours"][1])
    rows = [
        (
            "lines per CPU-second",
            _spread(rates[0], "{:,.0f}"),
            _spread(rates[1], "{:,.0f}"),
            f"{rate / anchor:.1f}x",
            ">= 10x squidGuard",
            rate >= 10 * anchor,
        ),
        (
            "start-up, CPU s",
            _spread(starts["ours"][1], "{:.3f}"),
            _spread(starts["theirs"][1], "{:.3f}"),
            "",
            "<= 0.1 s",
            start_cpu <= 0.1,
        ),
        (
            "start-up, wall s",
            _spread(starts["ours"][0], "{:.3f}"),
            _spread(starts["theirs"][0], "{:.3f}"),
            "",
            "(printed only)",
            None,
        ),
        (
            "peak RSS, MiB",
            _spread([r.peak_kib / MIB for r in ours], "{:.1f}"),
            _spread([r.peak_kib / MIB for r in theirs], "{:.1f}"),
            f"{their_peak / peak:.2f}x",
            "<= 64 MiB",
            peak <= 64,
        ),
        (
            "build, CPU s",
            f"{ours_build.cpu:.1f}",
            f"{theirs_build.cpu:.1f}",
            f"{theirs_build.cpu / ours_build.cpu:.2f}x",
            "< squidGuard",
            ours_build.cpu < theirs_build.cpu,
        ),
        (
            "build, wall s",
            f"{ours_build.wall:.1f}",
            f"{theirs_build.wall:.1f}",
            "",
            "(printed only)",
            None,
        ),
        (
            "build peak RSS, MiB",
            f"{ours_build.peak_kib / MIB:.0f}",
            f"{theirs_build.peak_kib / MIB:.0f}",
            "",
            "<= 256 MiB",
            ours_build.peak_kib / MIB <= 256,
        ),
    ]
    print(
        f"\n{'figure':<22}{'policyguard':>20}{'squidGuard':>20}{'ratio':>8}  {'target':<18}result"
    )
    for name, ours_text, theirs_text, ratio, target, met in rows:
        result = "" if met is None else ("met" if met else "NOT MET")
        print(f"{name:<22}{ours_text:>20}{theirs_text:>20}{ratio:>8}  {target:<18}{result}")
    print(
        "ratio > 1: policyguard is better (faster, smaller). Command measured: "
        f"{WORK / 'helper' / 'bin' / 'policyguard'} squid-helper --snapshot bench.pgwf "
        "--log decisions.jsonl < requests.txt (installed by scripts/install-helper.sh, as "
        "make install-helper installs it for Squid)"
    )


if __name__ == "__main__":
    sys.exit(main())
