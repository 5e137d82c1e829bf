"""``python -m portal import_people ORG FILE``: the CSV import, from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from portal.errors import Rejected
from portal.organisations.models import Organisation
from portal.people.actions import import_people_csv


class Command(BaseCommand):
    help = "Import people from a CSV file into an organisation's directory (all or nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("organisation", help="organisation slug")
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            organisation = Organisation.objects.get(slug=options["organisation"])
        except Organisation.DoesNotExist:
            raise CommandError(f"no organisation {options['organisation']!r}") from None
        try:
            with path.open("rb") as file:
                summary = import_people_csv(
                    organisation=organisation, file=file, acting_user=None, source=str(path)
                )
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}") from None
        except Rejected as exc:
            for problem in exc.problems:
                self.stderr.write(f"{path}: {problem}")
            raise CommandError(f"nothing imported: {len(exc.problems)} problem(s)") from None
        self.stdout.write(
            f"imported {summary.total} people ({summary.created} new, {summary.updated} updated)"
        )
