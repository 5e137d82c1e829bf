"""Web filter: policyguard's Squid helper against squidGuard, same lists, same 200,000 lines.

Lists: every UT1 category from ../shared/data/ut1 when it is there (it is not committed;
without it only the synthetic list is used, and this says so), plus a synthetic adult
list of 4.6 million names (UT1's own is missing), generated from a fixed seed. Every
category is blocked for everyone in both programs, so both do the same work.

Printed for each program, with the ratio (policyguard / squidGuard, or the other way for
"lower is better" figures so that > 1 always means policyguard is better):

- lines per CPU-second over the whole stream (start-up included);
- peak memory (maximum resident set) while answering the stream;
- snapshot / database build time (wall clock);
- start-up time: spawn to the first answer, median of five.

The stream draws its hosts at random from about 140,000 names, so most hosts come once or
twice (about 90,000 distinct hosts in 200,000 lines): far less repetition than a real
proxy sees, where a few hundred hosts make most requests. The helper keeps answers per
host, so the stream's repeats are counted and printed, and both programs are also run on
a second stream of 200,000 lines in which every host is distinct (no answer can come
from the helper's cache).

Python reads its modules from bytecode compiled beforehand, as an installed package does
(pip compiles it at install), even where PYTHONDONTWRITEBYTECODE is set: the cache lives
in var/bench-webfilter/pycache and is filled by a warm-up start of each command.

squidGuard 1.6 does not read channel-IDs, so both programs get lines without them.
Generated files live in var/bench-webfilter/ and are reused by later runs.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
SHARED_UT1 = ROOT.parent / "shared" / "data" / "ut1" / "blacklists"
WORK = ROOT / "var" / "bench-webfilter"
ADULT_NAMES = 4_600_000
LINES = 200_000
SEED = 4_600_001
CLIENT = "10.10.3.7"
TLDS = ["com"] * 8 + [
    "net",
    "org",
    "xxx",
    "co.uk",
    "de",
    "fr",
    "ru",
    "info",
    "biz",
    "tv",
    "io",
    "nl",
]
SYLLABLES = [a + b for a in "bcdfghjklmnprstvwxz" for b in "aeiouy"] + [
    "sex",
    "cam",
    "hot",
    "xx",
    "tube",
    "porn",
]
# Run policyguard's helper code without the package's __init__ (which loads the whole
# core): what start-up costs once policyguard/__init__.py imports lazily.
LEAN = (
    "import sys, types; p = types.ModuleType('policyguard'); p.__path__ = [sys.argv.pop(1)];"
    "sys.modules['policyguard'] = p; from policyguard.webfilter.squid import squid_helper_main;"
    "sys.exit(squid_helper_main(sys.argv[1:]))"
)


@dataclass
class Run:
    wall: float
    cpu: float
    peak_kib: int


def main() -> int:
    squidguard = shutil.which("squidGuard")
    if squidguard is None:
        print(
            "squidGuard is not installed: run `make system-deps` (deps/apt-packages.txt lists it)"
        )
        return 1
    lists = WORK / "lists"
    categories = _prepare_lists(lists)
    stream = _stream(lists, categories)
    distinct = _distinct_stream(lists, categories)
    snapshot = WORK / "bench.pgwf"
    ours_build = _build_ours(lists, categories, snapshot)
    theirs_build = _build_squidguard(squidguard, lists, categories)
    ours_cmd = [sys.executable, "-m", "policyguard.webfilter.squid", "--snapshot", str(snapshot)]
    lean_cmd = [
        sys.executable,
        "-c",
        LEAN,
        str(ROOT / "src" / "policyguard"),
        "--snapshot",
        str(snapshot),
    ]
    theirs_cmd = [squidguard, "-c", str(WORK / "squidGuard.conf")]
    for command in (ours_cmd, lean_cmd):  # fills the bytecode cache
        _measure(command, None, None)
    ours = _measure(ours_cmd, stream, WORK / "ours.out")
    lean = _measure(lean_cmd, stream, WORK / "lean.out")
    theirs = _measure(theirs_cmd, stream, WORK / "theirs.out")
    lean_distinct = _measure(lean_cmd, distinct, WORK / "lean-distinct.out")
    theirs_distinct = _measure(theirs_cmd, distinct, WORK / "theirs-distinct.out")
    startup = {
        name: _startup(cmd)
        for name, cmd in (("ours", ours_cmd), ("lean", lean_cmd), ("theirs", theirs_cmd))
    }
    _report(
        categories,
        {
            "ours": ours,
            "lean": lean,
            "theirs": theirs,
            "lean_distinct": lean_distinct,
            "theirs_distinct": theirs_distinct,
        },
        ours_build,
        theirs_build,
        startup,
        (_hosts_in(stream), _hosts_in(distinct)),
    )
    return 0


# -- lists ------------------------------------------------------------------------------


def _prepare_lists(lists: Path) -> list[str]:
    """Category folders under ``lists`` (domains, urls); the same files serve both programs."""
    lists.mkdir(parents=True, exist_ok=True)
    categories = []
    if SHARED_UT1.is_dir():
        print(f"lists: UT1 from {SHARED_UT1} plus a synthetic adult list")
        for folder in sorted(p for p in SHARED_UT1.iterdir() if p.is_dir()):
            if folder.name == "adult" or not (folder / "domains").is_file():
                continue
            target = lists / folder.name
            target.mkdir(exist_ok=True)
            for name in ("domains", "urls"):
                if (folder / name).is_file() and not (target / name).exists():
                    shutil.copyfile(folder / name, target / name)
            categories.append(folder.name)
    else:
        print(f"lists: {SHARED_UT1} is not here; using the synthetic adult list only")
    adult = lists / "adult"
    adult.mkdir(exist_ok=True)
    if not (adult / "domains").exists() or _lines(adult / "domains") != ADULT_NAMES:
        started = time.perf_counter()
        temporary = adult / "domains.tmp"
        with temporary.open("w") as handle:
            handle.writelines(f"{name}\n" for name in _synthetic_names(ADULT_NAMES, SEED))
        temporary.replace(adult / "domains")
        seconds = time.perf_counter() - started
        print(f"generated {ADULT_NAMES:,} synthetic adult names in {seconds:.1f} s")
    categories.append("adult")
    return categories


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))


def _synthetic_names(count: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    choice, randint = rng.choice, rng.randint
    for n in range(count):
        word = "".join(choice(SYLLABLES) for _ in range(randint(2, 5)))
        if n % 3 == 0:
            word += f"-{choice(SYLLABLES)}{randint(0, 999)}"
        yield f"{word}.{choice(TLDS)}"


def _stream(lists: Path, categories: list[str]) -> Path:
    """200,000 request lines: listed names, names under them, URL entries, unlisted names."""
    path = WORK / "stream.txt"
    if path.exists() and _lines(path) == LINES:
        return path
    rng = random.Random(SEED + 1)
    listed = _sample_entries(lists, categories, "domains", 60_000, rng)
    urls = _sample_entries(lists, categories, "urls", 10_000, rng)
    unlisted = list(_synthetic_names(60_000, SEED + 2))
    pool = listed + [f"img{rng.randint(1, 9)}.{h}" for h in listed[:20_000]] + unlisted
    with path.open("w") as handle:
        for _ in range(LINES):
            roll = rng.random()
            if roll < 0.1:
                handle.write(f"{rng.choice(pool)}:443 {CLIENT}/- - CONNECT\n")
            elif roll < 0.15 and urls:
                handle.write(
                    f"http://{rng.choice(urls)}/page{rng.randint(1, 99)} {CLIENT}/- - GET\n"
                )
            else:
                page = f"/{rng.choice(SYLLABLES)}/{rng.randint(1, 9999)}.html"
                handle.write(f"http://{rng.choice(pool)}{page} {CLIENT}/- - GET\n")
    return path


def _distinct_stream(lists: Path, categories: list[str]) -> Path:
    """200,000 request lines, each for a host no other line asks for, in the main stream's
    mix: 30% listed names, 30% names under listed ones, 40% unlisted names; a tenth CONNECT.
    (No URL-prefix lines: their hosts are too few to give each line its own.)"""
    path = WORK / "stream-distinct.txt"
    if path.exists() and _lines(path) == LINES:
        return path
    rng = random.Random(SEED + 3)
    listed = list(dict.fromkeys(_sample_entries(lists, categories, "domains", 150_000, rng)))
    direct, under = LINES * 3 // 10, LINES * 3 // 10
    hosts = listed[:direct]
    hosts += [f"w{n}.{listed[(direct + n) % len(listed)]}" for n in range(under)]
    known = set(listed)
    for name in _synthetic_names(4 * LINES, SEED + 4):
        if len(hosts) == LINES:
            break
        if name not in known:
            known.add(name)
            hosts.append(name)
    if len(set(hosts)) != LINES:
        raise RuntimeError("could not make 200,000 distinct hosts")
    rng.shuffle(hosts)
    with path.open("w") as handle:
        for host in hosts:
            if rng.random() < 0.1:
                handle.write(f"{host}:443 {CLIENT}/- - CONNECT\n")
            else:
                page = f"/{rng.choice(SYLLABLES)}/{rng.randint(1, 9999)}.html"
                handle.write(f"http://{host}{page} {CLIENT}/- - GET\n")
    return path


def _hosts_in(stream: Path) -> int:
    """Distinct hosts (as written) among the stream's lines."""
    hosts = set()
    with stream.open() as handle:
        for line in handle:
            url = line.split(" ", 1)[0]
            hosts.add(urlsplit(url if "://" in url else "//" + url).netloc)
    return len(hosts)


def _sample_entries(
    lists: Path, categories: list[str], kind: str, count: int, rng: random.Random
) -> list[str]:
    entries: list[str] = []
    for category in categories:
        path = lists / category / kind
        if path.is_file():
            lines = path.read_text(encoding="utf-8", errors="replace").split()
            entries.extend(rng.sample(lines, min(len(lines), max(50, count // len(categories)))))
    rng.shuffle(entries)
    return entries[:count]


# -- builds -----------------------------------------------------------------------------


def _build_ours(lists: Path, categories: list[str], snapshot: Path) -> Run:
    policy = {
        "rules": [{"categories": categories, "action": "block", "clauses": ["VTS-25"]}],
        "block_page": "http://portal.test/blocked",
    }
    code = (
        "import sys; from pathlib import Path; from policyguard.webfilter.build import ListSpec, "
        "compile_snapshot; from policyguard.webfilter.lists import ListFormat\n"
        f"lists = Path({str(lists)!r}); categories = {categories!r}\n"
        "specs = [ListSpec(lists / c / k, c, ListFormat(k)) for c in categories"
        " for k in ('domains', 'urls') if (lists / c / k).is_file()]\n"
        f"r = compile_snapshot(Path({str(snapshot)!r}), lists=specs, policy={policy!r})\n"
        "print(f'policyguard snapshot: {r.host_keys:,} hosts, {r.url_keys:,} URL prefixes, "
        "{r.bytes / 2**20:.0f} MiB, {len(r.problems)} lines skipped')\n"
    )
    run = _measure([sys.executable, "-c", code], None, WORK / "build.out")
    print((WORK / "build.out").read_text().strip())
    return run


def _build_squidguard(squidguard: str, lists: Path, categories: list[str]) -> Run:
    for db in lists.glob("*/*.db"):
        db.unlink()
    dests = "".join(
        f"dest {c.replace('-', '_')} {{\n  domainlist {c}/domains\n"
        + (f"  urllist {c}/urls\n" if (lists / c / "urls").is_file() else "")
        + "}\n"
        for c in categories
    )
    blocked = " ".join(f"!{c.replace('-', '_')}" for c in categories)
    config = (
        f"dbhome {lists}\nlogdir {WORK}\n{dests}acl {{\n  default {{\n    pass {blocked} all\n"
        "    redirect http://portal.test/blocked?category=%t&url=%u\n  }\n}\n"
    )
    (WORK / "squidGuard.conf").write_text(config)
    return _measure([squidguard, "-c", str(WORK / "squidGuard.conf"), "-C", "all"], None, None)


# -- measuring --------------------------------------------------------------------------


def _measure(command: list[str], stdin: Path | None, stdout: Path | None) -> Run:
    """Wall time, CPU time and peak RSS of one process, as GNU time reports them.

    Not os.wait4 from here: a child forked from this (large) process starts with this
    process's pages counted in its peak RSS until it execs.
    """
    report = WORK / "time.txt"
    timed = ["/usr/bin/time", "-o", str(report), "-f", "%e %U %S %M", *command]
    with (
        stdin.open("rb") if stdin else open(os.devnull, "rb") as source,
        stdout.open("wb") if stdout else open(os.devnull, "wb") as sink,
    ):
        done = subprocess.run(
            timed, stdin=source, stdout=sink, cwd=WORK, env=_environment(), check=False
        )
    if done.returncode:
        raise RuntimeError(f"{command[0]} exited {done.returncode}")
    wall, user, system, peak = report.read_text().split()[-4:]
    return Run(float(wall), float(user) + float(system), int(peak))


def _environment() -> dict[str, str]:
    """Bytecode read from (and written to) a cache of our own, as from an installed package."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    return env


def _startup(command: list[str]) -> float:
    """Median seconds from spawn to the first answer, over five starts."""
    times = []
    line = f"http://example.com/ {CLIENT}/- - GET\n".encode()
    for _ in range(5):
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=WORK, env=_environment()
        )
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(line)
        process.stdin.flush()
        process.stdout.readline()
        times.append(time.perf_counter() - started)
        process.stdin.close()
        process.wait()
    return statistics.median(times)


def _agreement() -> tuple[int, int]:
    ours = (WORK / "ours.out").read_text().splitlines()
    theirs = (WORK / "theirs.out").read_text().splitlines()
    blocked = [("status=302" in a, "rewrite-url" in b) for a, b in zip(ours, theirs, strict=False)]
    return sum(a == b for a, b in blocked), sum(a for a, _ in blocked)


def _report(
    categories: list[str],
    runs: dict[str, Run],
    ours_build: Run,
    theirs_build: Run,
    startup: dict[str, float],
    hosts: tuple[int, int],
) -> None:
    same, blocked = _agreement()
    print(
        f"\n{len(categories)} categories, {LINES:,} lines; policyguard blocked {blocked:,}; "
        f"the two agree on {same:,} lines ({same / LINES:.1%})"
    )
    print(
        f"main stream: {hosts[0]:,} distinct hosts, so at most {1 - hosts[0] / LINES:.0%} of "
        f"lines can be answered from the helper's cache; distinct stream: {hosts[1]:,} hosts"
    )
    ours, lean, theirs = runs["ours"], runs["lean"], runs["theirs"]
    lean_distinct, theirs_distinct = runs["lean_distinct"], runs["theirs_distinct"]
    rows = [
        ("lines per CPU-second", LINES / ours.cpu, LINES / theirs.cpu, "{:,.0f}", True),
        ("  lazy package", LINES / lean.cpu, LINES / theirs.cpu, "{:,.0f}", True),
        (
            "  lazy, distinct hosts",
            LINES / lean_distinct.cpu,
            LINES / theirs_distinct.cpu,
            "{:,.0f}",
            True,
        ),
        ("peak memory (MiB)", ours.peak_kib / 1024, theirs.peak_kib / 1024, "{:.1f}", False),
        ("  lazy package", lean.peak_kib / 1024, theirs.peak_kib / 1024, "{:.1f}", False),
        (
            "  lazy, distinct hosts",
            lean_distinct.peak_kib / 1024,
            theirs_distinct.peak_kib / 1024,
            "{:.1f}",
            False,
        ),
        ("build time (s)", ours_build.wall, theirs_build.wall, "{:.1f}", False),
        ("start-up (s)", startup["ours"], startup["theirs"], "{:.3f}", False),
        ("  lazy package", startup["lean"], startup["theirs"], "{:.3f}", False),
    ]
    print(f"{'figure':<24}{'policyguard':>14}{'squidGuard':>14}{'ratio':>9}")
    for name, mine, other, fmt, higher_better in rows:
        ratio = mine / other if higher_better else other / mine
        print(f"{name:<24}{fmt.format(mine):>14}{fmt.format(other):>14}{ratio:>8.2f}x")
    print("ratio > 1 means policyguard is better (faster, smaller, sooner); 'lazy package' runs")
    print("the same helper without policyguard/__init__.py's eager imports of the whole core")
    peak = max(lean.peak_kib, lean_distinct.peak_kib) / 1024
    targets: list[tuple[str, bool]] = []
    for stream, helper, squidguard in (
        ("main stream", lean, theirs),
        ("distinct hosts", lean_distinct, theirs_distinct),
    ):
        rate = LINES / helper.cpu
        targets.append((f"lines per CPU-second >= 100,000, {stream}", rate >= 100_000))
        targets.append(
            (
                f"lines per CPU-second >= 10x squidGuard, {stream}",
                squidguard.cpu >= 10 * helper.cpu,
            )
        )
    targets += [
        ("start-up <= 0.1 s", startup["lean"] <= 0.1),
        ("peak RSS <= 64 MiB", peak <= 64),
        ("build faster than squidGuard", ours_build.wall < theirs_build.wall),
    ]
    for name, met in targets:
        print(f"target {name} (lazy package): {'met' if met else 'not met'}")


if __name__ == "__main__":
    sys.exit(main())
