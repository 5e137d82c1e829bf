"""``python -m portal device_checks ORG``: the register of device checks (VTS-22), each
device with its last check and when the next is due, flagged ones first."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from portal.commandline import organisation_named
from portal.compliance.devices import device_states


class Command(BaseCommand):
    help = "List each device with its last check and when the next is due."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("organisation", help="organisation slug")

    def handle(self, *args: Any, **options: Any) -> None:
        organisation = organisation_named(options["organisation"])
        states = device_states(organisation, today=timezone.localdate())
        self.stdout.write("device\tlocation\tlast check\tresult\tdue\tflag")
        for s in states:
            flag = "failed" if s.failed else "overdue" if s.overdue else ""
            last = s.last.checked_on.isoformat() if s.last else "never"
            result = s.last.result if s.last else ""
            self.stdout.write(
                f"{s.device.name}\t{s.device.location}\t{last}\t{result}\t{s.due_on}\t{flag}"
            )
        flagged = sum(1 for s in states if s.flagged)
        self.stdout.write(f"{len(states)} device(s), {flagged} flagged")
