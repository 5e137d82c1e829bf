"""Do two revisions decide the same? A check for refactors (issue 10: "behaviour is
unchanged").

    .venv/bin/python scripts/same_decisions.py REV_A REV_B [--web REQUESTS --ut1 DIR]

Each revision is checked out (``git worktree add --detach``) in a temporary folder and
run with its own ``src`` first on ``PYTHONPATH`` (this checkout's virtual environment
supplies the dependencies). Then:

- every post of ``bench/data/college_posts.txt``, plus the first 600 OLID tweets and 400
  Jigsaw comments when ``../shared/data/screening`` is there, is decided as an official
  post under each of the five bundled packs; a decision is its outcome, its clauses and
  each rule's outcome;
- with ``--web``, each revision compiles the ``vts`` and ``wcuc`` snapshots from the
  UT1 folder and runs its Squid helper over the request lines; the answers (the block
  page's time stamp aside) and the decision log (its ``at`` aside) are compared.

It prints the number of decisions compared, how many differ and, for those, which rules
changed; exit status 1 when any differ.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "screening"
PACKS = ["vts", "learning-institute", "nclt", "wcuc", "qtsd"]

# Run inside each revision: only the public API that every revision since the packs
# existed has (load_bundled, evaluate).
_DECIDE = r"""
import json, sys
from policyguard import evaluate, load_bundled
texts = json.load(open(sys.argv[1]))
for slug in json.loads(sys.argv[2]):
    pack = load_bundled(slug)
    for text in texts:
        event = {"kind": "post", "at": "2026-11-18T10:00:00+00:00", "text": text,
                 "account_type": "official"}
        d = evaluate(pack, event)
        print(json.dumps([slug, str(d.outcome),
                          sorted({c for f in d.findings for c in f.clauses}),
                          sorted({f"{f.rule}:{f.outcome}" for f in d.findings})]))
"""

_CLI = (
    "import sys, importlib.util as u;"
    "m = 'policyguard.launch' if u.find_spec('policyguard.launch') else 'policyguard.cli';"
    "sys.argv[0] = 'policyguard'; sys.exit(__import__(m, fromlist=['main']).main())"
)


def corpus() -> list[str]:
    texts = [t.strip() for t in (ROOT / "bench/data/college_posts.txt").read_text().splitlines()]
    texts = [t for t in texts if t]
    olid = SHARED / "olid-train" / "olid-training-v1.0.tsv"
    if olid.exists():
        rows = olid.read_text(encoding="utf-8").splitlines()[1:601]
        texts += [row.split("\t")[1] for row in rows]
    jigsaw = SHARED / "jigsaw-toxic" / "jigsaw_toxic_robtest.csv"
    if jigsaw.exists():
        import csv

        with jigsaw.open(encoding="utf-8") as f:
            for n, row in enumerate(csv.DictReader(f)):
                if n == 400:
                    break
                texts.append(row["text"][:2000])
    return texts


def differences(before: list[str], after: list[str]) -> tuple[int, Counter[str]]:
    """How many decision lines differ, and which rules' findings changed in them."""
    if len(before) != len(after):
        raise SystemExit(f"not the same number of decisions: {len(before)} and {len(after)}")
    changed: Counter[str] = Counter()
    differ = 0
    for a, b in zip(before, after, strict=True):
        if a == b:
            continue
        differ += 1
        rules_a, rules_b = set(json.loads(a)[3]), set(json.loads(b)[3])
        for found in rules_a ^ rules_b:
            changed[found.split(":")[0]] += 1
        if rules_a == rules_b:
            changed["(outcome or clauses only)"] += 1
    return differ, changed


def _checkout(rev: str, into: Path) -> Path:
    where = into / rev.replace("/", "_")
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(where), rev], check=True
    )
    return where


def _env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree / "src")}


def _decide(tree: Path, texts_file: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _DECIDE, str(texts_file), json.dumps(PACKS)],
        env=_env(tree),
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.splitlines()


def _web(tree: Path, work: Path, requests: Path, ut1: Path) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for pack in ("vts", "wcuc"):
        snap, log = work / f"{pack}.pgwf", work / f"{pack}.jsonl"
        cli = [sys.executable, "-c", _CLI]
        subprocess.run(
            [*cli, "webfilter", "compile", "--pack", pack, "--ut1", str(ut1), "-o", str(snap)],
            env=_env(tree),
            check=True,
            capture_output=True,
        )
        with requests.open("rb") as lines:
            answers = subprocess.run(
                [*cli, "squid-helper", "--snapshot", str(snap), "--log", str(log)],
                env=_env(tree),
                stdin=lines,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        found[f"{pack} answers"] = [re.sub(r"&at=\S*", "", a) for a in answers.splitlines()]
        records = [json.loads(r) for r in log.read_text().splitlines()]
        found[f"{pack} log"] = [
            json.dumps({k: v for k, v in r.items() if k != "at"}, sort_keys=True) for r in records
        ]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--web", type=Path, help="Squid helper request lines")
    parser.add_argument("--ut1", type=Path, help="UT1 blacklists folder (with --web)")
    args = parser.parse_args(argv)
    if bool(args.web) != bool(args.ut1):
        parser.error("--web and --ut1 go together")
    texts = corpus()
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        texts_file = base / "texts.json"
        texts_file.write_text(json.dumps(texts))
        trees = [_checkout(rev, base) for rev in (args.before, args.after)]
        try:
            decided = [_decide(tree, texts_file) for tree in trees]
            differ, changed = differences(*decided)
            print(f"posts: {len(decided[0])} decisions ({len(texts)} texts x {len(PACKS)} packs)")
            print(f"  differ: {differ}" + (f" {dict(changed)}" if differ else ""))
            same = same and not differ
            if args.web:
                web = []
                for n, tree in enumerate(trees):
                    work = base / f"web{n}"
                    work.mkdir()
                    web.append(_web(tree, work, args.web, args.ut1))
                for name in web[0]:
                    a, b = web[0][name], web[1][name]
                    differ_web = sum(x != y for x, y in zip(a, b, strict=False))
                    differ_web += abs(len(a) - len(b))
                    print(f"web {name}: {len(a)} lines, differ: {differ_web}")
                    same = same and not differ_web
        finally:
            for tree in trees:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                    check=False,
                )
    print("same decisions" if same else "decisions differ")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
