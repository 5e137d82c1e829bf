"""Web-filter commands for ``policyguard``: ``squid-helper`` and ``webfilter ...``.

    policyguard squid-helper --snapshot org.pgwf [--log decisions.jsonl]
    policyguard webfilter compile --pack vts --ut1 ut1/ [--list FILE:CATEGORY[:TIER]] -o org.pgwf
    policyguard webfilter export --pack vts --ut1 ut1/ --format rpz -o policy.rpz
    policyguard webfilter check URL --snapshot org.pgwf [--ip 10.1.2.3] [--user s123] [--json]

Handlers take (args, out) and return the exit status: 0 done, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from policyguard.webfilter.lists import ListFormat, Tier

__all__ = ["add_webfilter_commands"]

_PROBLEMS_SHOWN = 20


def add_webfilter_commands(subparsers: Any) -> None:
    """Register ``squid-helper`` and ``webfilter {compile,export,check}``."""
    from policyguard.webfilter.squid import add_helper_arguments

    helper = subparsers.add_parser("squid-helper", help="Squid url_rewrite helper (stdin/stdout)")
    add_helper_arguments(helper)
    helper.set_defaults(handler=_cmd_helper)

    web = subparsers.add_parser("webfilter", help="compile, export and check web-filter lists")
    actions = web.add_subparsers(dest="webfilter_command", required=True, metavar="ACTION")
    compile_ = actions.add_parser("compile", help="compile lists and the pack's web policy")
    _add_source_arguments(compile_)
    compile_.add_argument("-o", "--output", required=True, help="snapshot file to write")
    compile_.set_defaults(handler=_cmd_compile)

    export = actions.add_parser("export", help="export blocked hosts for DNS")
    _add_source_arguments(export)
    export.add_argument("--format", choices=["rpz", "unbound", "hosts"], required=True)
    export.add_argument("--device", default="learner_pc", help="device class to export for")
    export.add_argument("--audience", default="learner", choices=["learner", "staff", "guest"])
    export.add_argument("--redirect", default="", help="host name blocked names point to")
    export.add_argument("-o", "--output", required=True, help="file to write")
    export.set_defaults(handler=_cmd_export)

    check = actions.add_parser("check", help="decide on one URL and explain why")
    check.add_argument("url")
    check.add_argument("--snapshot", required=True)
    check.add_argument("--ip", default="", help="client address (chooses the device class)")
    check.add_argument("--user", default="", help="user name (chooses the audience)")
    check.add_argument("--at", help="ISO 8601 time (default now)")
    check.add_argument("--json", action="store_true", help="print the Decision as JSON")
    check.set_defaults(handler=_cmd_check)


def _add_source_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pack", help="bundled pack slug or pack file (its web: section)")
    parser.add_argument("--ut1", type=Path, help="UT1 folder (blacklists/<category>/...)")
    parser.add_argument("--categories", help="UT1 categories to import, comma-separated")
    parser.add_argument(
        "--list",
        action="append",
        default=[],
        metavar="FILE:CATEGORY[:TIER[:FORMAT]]",
        help="a list file; TIER category|always_block|allow|deny, FORMAT custom|hosts|domains|urls",
    )


def _cmd_helper(args: argparse.Namespace, out: TextIO) -> int:
    from policyguard.webfilter.squid import run_helper

    return run_helper(args.snapshot, log_path=args.log, at=args.at, tls=args.tls)


def _list_spec(text: str) -> Any:
    from policyguard.webfilter.build import ListSpec
    from policyguard.webfilter.errors import ListError

    parts = text.split(":")
    if len(parts) < 2 or not parts[0] or not parts[1]:
        raise ListError(f"--list {text!r}: give FILE:CATEGORY[:TIER[:FORMAT]]")
    try:
        tier = Tier(parts[2]) if len(parts) > 2 else Tier.CATEGORY
        fmt = ListFormat(parts[3]) if len(parts) > 3 else ListFormat.CUSTOM
    except ValueError as exc:
        raise ListError(f"--list {text!r}: {exc}") from None
    return ListSpec(Path(parts[0]), parts[1], fmt, tier)


def _policy(args: argparse.Namespace) -> dict[str, Any] | None:
    if not args.pack:
        return None
    from policyguard.policy.binding import load_pack
    from policyguard.webfilter.policy import policy_from_pack

    return policy_from_pack(load_pack(args.pack))


def _cmd_compile(args: argparse.Namespace, out: TextIO) -> int:
    from policyguard.webfilter.build import compile_snapshot

    categories = args.categories.split(",") if args.categories else None
    report = compile_snapshot(
        Path(args.output),
        ut1=args.ut1,
        ut1_categories=categories,
        lists=[_list_spec(text) for text in args.list],
        policy=_policy(args),
    )
    for problem in report.problems[:_PROBLEMS_SHOWN]:
        sys.stderr.write(problem.render() + "\n")
    if len(report.problems) > _PROBLEMS_SHOWN:
        sys.stderr.write(f"... and {len(report.problems) - _PROBLEMS_SHOWN} more lines skipped\n")
    out.write(
        f"{report.path}: {report.host_keys} hosts, {report.url_keys} URL prefixes, "
        f"{report.categories} categories, {report.bytes} bytes in {report.seconds:.2f} s; "
        f"{len(report.problems)} lines skipped\n"
    )
    return 0


def _cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from policyguard.webfilter.dns import export_dns

    report = export_dns(
        Path(args.output),
        fmt=args.format,
        ut1=args.ut1,
        ut1_categories=args.categories.split(",") if args.categories else None,
        lists=[_list_spec(text) for text in args.list],
        policy=_policy(args) or {},
        device=args.device,
        audience=args.audience,
        redirect=args.redirect,
    )
    out.write(
        f"{args.output}: {report.blocked} blocked names, {report.allowed} allowed, "
        f"{report.rewritten} safe-search names; {report.skipped_urls} URL prefixes "
        "left out (DNS sees only names)\n"
    )
    return 0


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from policyguard.policy.verdicts import verdict_decision
    from policyguard.webfilter.engine import WebFilter
    from policyguard.webfilter.snapshot import Snapshot

    at = datetime.fromisoformat(args.at).timestamp() if args.at else None
    with Snapshot.open(args.snapshot) as snapshot:
        web = WebFilter(snapshot)
        verdict = web.decide(args.url, client_ip=args.ip, user=args.user, at=at)
        search = web.policy.get("search_terms") or {}
        routes = search.get("alert_routes") or {}
        alerted = routes.get(verdict.audience, search.get("alert_role", "dsl"))
        decision = verdict_decision(
            verdict,
            organisation=web.policy.get("organisation", ""),
            pack_version=web.policy.get("pack_version", ""),
            search_clauses=list(search.get("clauses", [])),
            alert_role=alerted,
            alert_role_title=(web.policy.get("role_titles") or {}).get(alerted, ""),
        )
    if args.json:
        out.write(json.dumps(decision.model_dump(mode="json"), indent=2) + "\n")
    else:
        out.write(decision.explain() + "\n")
        if verdict.rewrite:
            out.write(f"  safe search: fetched as {verdict.rewrite}\n")
    return 0
