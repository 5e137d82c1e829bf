"""``python -m portal acknowledgements ORG [--pending]``: who must acknowledge which
version of the policy, and who has (every member, with their directory id)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from portal.commandline import organisation_named
from portal.training.queries import everyones_acknowledgements


class Command(BaseCommand):
    help = "List each member's acknowledgement of the policy version they must acknowledge."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("organisation", help="organisation slug")
        parser.add_argument("--pending", action="store_true", help="only those still to do it")

    def handle(self, *args: Any, **options: Any) -> None:
        organisation = organisation_named(options["organisation"])
        now = timezone.now()
        lines = [
            line
            for line in everyones_acknowledgements(organisation)
            if line.pending or not options["pending"]
        ]
        self.stdout.write("username\tdirectory id\tversion\tstate\twhen")
        for line in lines:
            if line.version is None:
                state, when = "not asked", ""
            elif line.acknowledged_at is not None:
                state, when = "acknowledged", line.acknowledged_at.isoformat()
            else:
                state = "overdue" if line.overdue(now) else "pending"
                when = f"due {line.due_at.isoformat()}" if line.due_at else ""
            self.stdout.write(
                f"{line.username}\t{line.person_id}\t{line.version or ''}\t{state}\t{when}"
            )
        pending = sum(1 for line in lines if line.pending)
        self.stdout.write(f"{len(lines)} member(s), {pending} still to acknowledge")
