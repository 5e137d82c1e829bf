"""``policyguard screen``: screen a post against an organisation's pack.

    policyguard screen --org wcuc "Vote for us, 50% off!"           # decision as JSON
    policyguard screen --org qtsd --format text draft.txt          # spans marked
    echo "..." | policyguard screen --org vts --account personal -

The text comes from the argument, from a file of that name, or from standard input
(``-``). ``--directory`` names a JSON file of people and consents (the same as
``policyguard decide``) so that names in the directory are recognised.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from policyguard.lookups import InMemoryLookups
from policyguard.policy.binding import load_pack
from policyguard.policy.decisions import Decision, Evidence
from policyguard.policy.evaluate import evaluate
from policyguard.policy.events import AccountType, PostEvent
from policyguard.screening.spans import segments


def add_screening_commands(subparsers: Any) -> None:
    """Add ``screen`` to the ``policyguard`` command's subparsers."""
    screen = subparsers.add_parser("screen", help="screen a post against a pack's content rules")
    screen.add_argument("--org", required=True, help="bundled pack slug or pack file")
    screen.add_argument("--account", choices=[a.value for a in AccountType], default="official")
    screen.add_argument("--direction", choices=["outgoing", "incoming"], default="outgoing")
    screen.add_argument("--author", help="directory id of the author")
    screen.add_argument("--directory", help="JSON file of people and consents")
    screen.add_argument("--at", help="when (ISO 8601 with offset); default now")
    screen.add_argument("--format", choices=["json", "text"], default="json")
    screen.add_argument("text", help="the post, a file holding it, or - for standard input")
    screen.set_defaults(handler=run_screen)


def _read_text(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if len(source) < 4096 and "\n" not in source and path.is_file():
        return path.read_text(encoding="utf-8")
    return source


def run_screen(args: argparse.Namespace, out: TextIO) -> int:
    """Screen the post and print the decision; exit 0 whatever the outcome."""
    pack = load_pack(args.org)
    lookups = InMemoryLookups.from_json_file(args.directory) if args.directory else None
    at = datetime.fromisoformat(args.at) if args.at else datetime.now(UTC)
    text = _read_text(args.text)
    event = PostEvent(
        at=at, text=text, author=args.author, account_type=args.account, direction=args.direction
    )
    decision = evaluate(pack, event, lookups)
    if args.format == "json":
        out.write(json.dumps(decision.model_dump(mode="json"), indent=2, ensure_ascii=False))
        out.write("\n")
    else:
        out.write(render_text(decision, text))
    return 0


def render_text(decision: Decision, text: str) -> str:
    """The post with each flagged span marked ``[[...]]{n}`` and the findings listed, each
    with its clauses and the numbered spans it rests on."""
    spans: list[tuple[Evidence, int]] = []
    lines = [
        f"{decision.outcome.value.upper()} ({decision.organisation}, pack {decision.pack_version})",
        "",
    ]
    for finding in decision.findings:
        lines.append(
            f"[{finding.outcome.value}] {', '.join(finding.clauses)} "
            f"({finding.rule}): {finding.explanation}"
        )
        for evidence in finding.evidence:
            if evidence.kind == "text_span" and evidence.start is not None:
                spans.append((evidence, len(spans) + 1))
                lines.append(f"    {{{len(spans)}}} {evidence.value!r}: {evidence.note}")
        for action in finding.actions:
            lines.append(f"    action ({action.role_title or action.role}): {action.description}")
    return "\n".join([*lines[:2], mark_spans(text, spans), "", *lines[2:]]) + "\n"


def mark_spans(text: str, spans: list[tuple[Evidence, int]]) -> str:
    """``text`` with each flagged piece wrapped in ``[[`` ``]]{n}``, ``n`` the numbers of
    the spans covering it (overlapping spans: the shared piece names both, ``{1,2}``)."""
    pieces = segments(text, [(e.start or 0, e.end or 0, number) for e, number in spans])
    return "".join(
        f"[[{piece}]]{{{','.join(map(str, numbers))}}}" if numbers else piece
        for piece, numbers in pieces
    )
