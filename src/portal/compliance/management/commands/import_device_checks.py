"""``python -m portal import_device_checks ORG FILE --user USERNAME``: device checks from
a CSV file (``device``, ``date``, optional ``result``, ``detail``, ``location``), as on
the register's page: all or nothing, every problem with its line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.utils import timezone

from portal.commandline import (
    checked_member,
    organisation_named,
    read_file,
    report_rejected,
)
from portal.compliance.devices import parse_checks_csv, record_checks
from portal.compliance.queries import may_keep_device_register
from portal.errors import Rejected
from portal.people.csv_import import decode


class Command(BaseCommand):
    help = "Record device checks from a CSV file (all or nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("organisation", help="organisation slug")
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--user", required=True, help="who made the checks: the pack's device_checks.role"
        )
        parser.add_argument("--preview", action="store_true", help="check only; write nothing")

    def handle(self, *args: Any, **options: Any) -> None:
        organisation = organisation_named(options["organisation"])
        user = checked_member(
            organisation,
            options["user"],
            lambda user, access: may_keep_device_register(access),
            "keep the register of device checks",
        )
        path: Path = options["file"]
        try:
            rows = parse_checks_csv(decode(read_file(path)), today=timezone.localdate())
        except Rejected as exc:
            raise report_rejected(self.stderr, path, exc) from None
        if options["preview"]:
            self.stdout.write(f"would record {len(rows)} check(s); nothing written")
            return
        count = record_checks(
            organisation=organisation, rows=rows, source="import", acting_user=user
        )
        self.stdout.write(f"recorded {count} check(s)")
