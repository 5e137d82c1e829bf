"""``policyguard``: the command line. Thin: it parses arguments and calls the core.

The top of the core's layers: it may import any of them, and none imports it. Each
area's commands are a module here (``screen``, ``webfilter``).

Exit status: 0 done, 2 bad input (a pack, an event, a file), 1 anything unexpected.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from policyguard.cli.screen import add_screening_commands
from policyguard.cli.webfilter import add_webfilter_commands
from policyguard.errors import (
    DirectoryError,
    EventError,
    InputError,
    PackError,
    PolicyguardError,
    Problem,
)
from policyguard.lookups import InMemoryLookups, Lookups
from policyguard.packs.compliance import defaults_left, guidance_placements
from policyguard.packs.coverage import clause_coverage
from policyguard.packs.loader import bundled_slugs
from policyguard.packs.schema import ClauseKind, Pack
from policyguard.policy.binding import bound_rules, load_pack, load_pack_file
from policyguard.policy.decisions import Decision
from policyguard.policy.evaluate import evaluate, parse_event
from policyguard.policy.events import EVENT_ADAPTER
from policyguard.policy.registry import registered_rules


def _read_input(source: str, stdin: TextIO) -> str:
    if source == "-":
        return stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{source}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise EventError(source=source, problems=[Problem("", "not UTF-8 text")]) from None


def _print_json(data: Any, out: TextIO) -> None:
    out.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def cmd_pack_validate(args: argparse.Namespace, out: TextIO) -> int:
    pack = load_pack_file(args.file)
    out.write(
        f"{args.file}: valid pack for {pack.organisation.name} "
        f"({len(pack.clauses)} clauses, {len(pack.rules)} rule bindings)\n"
    )
    for clause_id in pack.unenforced_rule_clauses():
        out.write(f"  note: {clause_id} is a rule clause that no rule binding enforces yet\n")
    for index, bound in enumerate(bound_rules(pack)):
        for note in bound.spec.binding_notes(bound.params):
            out.write(f"  note: rules[{index}] ({bound.binding.rule}): {note}\n")
    return 0


def pack_summary(pack: Pack, today: date) -> dict[str, Any]:
    """A pack as shown by ``pack show --json``: the pack plus computed review status."""
    data = pack.model_dump(mode="json")
    data["web"] = pack.web_section()
    data["review_status"] = {
        "next_review": str(pack.review.next_review) if pack.review.next_review else None,
        "overdue": pack.review.is_overdue(today),
        "days_overdue": pack.review.days_overdue(today),
        "as_of": str(today),
    }
    data["unenforced_rule_clauses"] = pack.unenforced_rule_clauses()
    data["manual_clauses"] = {
        c.id: {
            "role": c.manual.role,
            "role_title": pack.role_title(c.manual.role),
            "why": c.manual.why,
        }
        for c in pack.clauses
        if c.manual is not None
    }
    data["carried_out_by"] = {
        row.clause.id: [{"kind": m.kind, "name": m.name, "detail": m.detail} for m in row.means]
        for row in clause_coverage(pack)
    }
    data["retention"]["effective"] = {
        p.kind: {
            "period": p.describe(),
            "days": p.days,
            "months": p.months,
            "action": p.action,
            "reason": p.reason,
            "default": p.default,
        }
        for p in pack.retention.all_periods()
    }
    data["guidance_placements"] = {
        clause: {"shown_at": [str(m) for m in moments], "default": default}
        for clause, (moments, default) in guidance_placements(pack).items()
    }
    data["defaults"] = compliance_defaults(pack)
    return data


def compliance_defaults(pack: Pack) -> list[str]:
    """Dotted names of the training, review and device-check settings left to defaults."""
    left = [f"training.{n}" for n in defaults_left(pack.training)]
    left += [f"review.{n}" for n in defaults_left(pack.review) if n.split(".")[0] in _REVIEW_OWN]
    if pack.device_checks is not None:
        left += [f"device_checks.{n}" for n in defaults_left(pack.device_checks)]
    return left


_REVIEW_OWN = ("remind_days_before", "filtering")


def _write_compliance(pack: Pack, out: TextIO) -> None:
    """The training, review, device-check and retention settings, defaults marked."""
    left = set(compliance_defaults(pack))

    def mark(name: str) -> str:
        return " (default)" if name in left else ""

    training = pack.training
    ack = training.acknowledgement
    out.write("\nAcknowledging the policy (a setting marked default is ours: set your own):\n")
    out.write(
        f"  asked of {', '.join(ack.audiences)}{mark('training.acknowledgement.audiences')}; "
        f"within {ack.due_days} days{mark('training.acknowledgement.due_days')}; reminded "
        f"every {ack.remind_every_days} days{mark('training.acknowledgement.remind_every_days')}"
        f"; managers confirm for their team: {'yes' if ack.team_confirmation else 'no'}"
        f"{mark('training.acknowledgement.team_confirmation')}\n"
    )
    managers = ", ".join(pack.role_title(r) for r in training.manager_roles(pack)) or "none"
    out.write(f"  training records kept by: {managers}{mark('training.managers')}\n")
    if training.courses:
        out.write("\nCourses:\n")
        for key, course in training.courses.items():
            every = f"every {course.cycle_months} months" if course.cycle_months else "once"
            out.write(
                f"  {key:<28} {course.title}: {', '.join(course.attendees)}, {every}, first "
                f"within {course.due_within_days} days ({', '.join(course.clauses) or 'no clause'})"
                "\n"
            )
    placements = guidance_placements(pack)
    if placements:
        out.write("\nGuidance shown at (and always in the staff guide):\n")
        for clause, (moments, default) in placements.items():
            where = ", ".join(moments) or "the staff guide only"
            out.write(f"  {clause:<28} {where}{' (default, from its topics)' if default else ''}\n")
    review = pack.review
    filtering = review.filtering
    out.write(
        f"\nPolicy review reminder: {review.remind_days_before} days before it is due"
        f"{mark('review.remind_days_before')}\n"
        f"Filtering and monitoring review: led by {pack.role_title(filtering.lead_role(pack))}"
        f"{mark('review.filtering.role')}, every {filtering.cycle_months} months"
        f"{mark('review.filtering.cycle_months')}, {len(filtering.checks)} test URLs\n"
    )
    if pack.device_checks is not None:
        checks = pack.device_checks
        out.write(
            f"Device checks: {checks.what}, by {pack.role_title(checks.role)}, every "
            f"{checks.cycle_days} days{mark('device_checks.cycle_days')}\n"
        )
    out.write("\nRetention (records under legal hold or in an open case are never purged):\n")
    for period in pack.retention.all_periods():
        out.write(f"  {period.kind:<28} {period.describe()}, then {period.action}\n")
        out.write(f"  {'':<28} why: {period.reason}\n")


def cmd_pack_show(args: argparse.Namespace, out: TextIO) -> int:
    pack = load_pack(args.org)
    today = date.fromisoformat(args.today) if args.today else date.today()
    if args.json:
        _print_json(pack_summary(pack, today), out)
        return 0
    org, review = pack.organisation, pack.review
    out.write(f"{org.name} ({org.slug}) — {pack.document.title}, pack {pack.version}\n")
    due = review.next_review
    status = "no review date on record"
    if due is not None:
        status = f"next review {due}"
        if review.is_overdue(today):
            status += f" — OVERDUE by {review.days_overdue(today)} days"
    out.write(f"Owner: {pack.role_title(review.owner)}; approved {review.approved_on}; {status}\n")
    out.write("\nRoles:\n")
    for key, role in pack.roles.items():
        out.write(f"  {key:<28} {role.title}\n")
    if pack.schedules:
        out.write("\nSchedules (a time marked default is not in the document: set your own):\n")
        for name, windows in pack.schedules.items():
            out.write(f"  {name:<28} {'; '.join(w.describe() for w in windows)}\n")
    if pack.purposes:
        out.write("\nPurposes (media events and consents name these keys):\n")
        for key, purpose in pack.purposes.items():
            out.write(f"  {key:<28} {purpose.title}\n")
    _write_compliance(pack, out)
    for kind in ClauseKind:
        clauses = [c for c in pack.clauses if c.kind == kind]
        if not clauses:
            continue
        out.write(f"\n{kind.value.capitalize()} clauses ({len(clauses)}):\n")
        for clause in clauses:
            rules = ", ".join(sorted({b.rule for b in pack.enforcing(clause.id)}))
            out.write(f"  {clause.id:<9} [{clause.section}] {clause.summary}\n")
            if rules:
                out.write(f"  {'':<9} enforced by: {rules}\n")
            if clause.manual is not None:
                who = pack.role_title(clause.manual.role)
                out.write(f"  {'':<9} by a person ({who}): {clause.manual.why}\n")
    unenforced = pack.unenforced_rule_clauses()
    if unenforced:
        out.write(f"\nRule clauses nothing carries out yet: {', '.join(unenforced)}\n")
    return 0


def _lookups(args: argparse.Namespace, snapshot: object | None) -> Lookups:
    if args.directory:
        directory = InMemoryLookups.from_json_file(args.directory)
        directory.web_snapshot = snapshot
        return directory
    return InMemoryLookups(web_snapshot=snapshot)


def cmd_decide(args: argparse.Namespace, out: TextIO) -> int:
    pack = load_pack(args.org)
    event = parse_event(_read_input(args.event, sys.stdin))
    if not args.snapshot:
        decision = evaluate(pack, event, _lookups(args, None))
    else:
        from policyguard.webfilter.snapshot import Snapshot

        with Snapshot.open(args.snapshot) as snapshot:
            decision = evaluate(pack, event, _lookups(args, snapshot))
    _write_decision(decision, args.format, out)
    return 0


def _write_decision(decision: Decision, fmt: str, out: TextIO) -> None:
    if fmt == "text":
        out.write(decision.explain() + "\n")
    else:
        _print_json(decision.model_dump(mode="json"), out)


def cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    schemas = {
        "event": EVENT_ADAPTER.json_schema(),
        "decision": Decision.model_json_schema(),
        "pack": Pack.model_json_schema(),
    }
    _print_json(schemas if args.which == "all" else schemas[args.which], out)
    return 0


def cmd_rules(args: argparse.Namespace, out: TextIO) -> int:
    for spec in registered_rules():
        out.write(f"{spec.name:<36} {','.join(sorted(spec.events)):<15} {spec.summary}\n")
        if args.verbose:
            fields = spec.params.model_json_schema().get("properties", {})
            for name, info in fields.items():
                out.write(f"    {name}: {info.get('description', '')}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policyguard",
        description="Carry out a college's social media and internet policy.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    pack = commands.add_parser("pack", help="validate or show policy packs")
    pack_commands = pack.add_subparsers(dest="pack_command", required=True, metavar="ACTION")
    validate = pack_commands.add_parser("validate", help="check a pack file")
    validate.add_argument("file")
    validate.set_defaults(handler=cmd_pack_validate)
    show = pack_commands.add_parser("show", help="show a pack")
    show.add_argument("org", help=f"bundled slug ({', '.join(bundled_slugs())}) or a file")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument("--today", help="date for the overdue check (YYYY-MM-DD)")
    show.set_defaults(handler=cmd_pack_show)

    decide = commands.add_parser("decide", help="decide on one event (JSON)")
    decide.add_argument("--org", required=True, help="bundled pack slug or pack file")
    decide.add_argument("--directory", help="JSON file of people and consents")
    decide.add_argument(
        "--snapshot",
        help="compiled web-filter snapshot (webfilter compile): web requests are categorised "
        "by its lists, exactly as the Squid helper does",
    )
    decide.add_argument("--format", choices=["json", "text"], default="json")
    decide.add_argument("event", help="event file, or - for standard input")
    decide.set_defaults(handler=cmd_decide)

    schema = commands.add_parser("schema", help="print JSON Schemas")
    schema.add_argument(
        "which", nargs="?", default="all", choices=["all", "event", "decision", "pack"]
    )
    schema.set_defaults(handler=cmd_schema)

    rules = commands.add_parser("rules", help="list the rules a pack can bind")
    rules.add_argument("-v", "--verbose", action="store_true", help="show parameters")
    rules.set_defaults(handler=cmd_rules)

    add_screening_commands(commands)
    add_webfilter_commands(commands)
    return parser


_LABELS = {
    PackError: "invalid pack",
    EventError: "invalid event",
    DirectoryError: "invalid directory",
}


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        code: int = args.handler(args, out)
        return code
    except (PackError, EventError, DirectoryError) as exc:
        label = _LABELS[type(exc)]
        sys.stderr.write(f"policyguard: {label}:\n{exc}\n")
        return 2
    except PolicyguardError as exc:
        sys.stderr.write(f"policyguard: {exc}\n")
        return 2
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); nothing left to say to it.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
