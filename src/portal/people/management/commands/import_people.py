"""``python -m portal import_people ORG FILE``: the CSV import, from the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from portal.errors import Rejected
from portal.organisations.models import Organisation
from portal.people.actions import ImportPreview, import_people_csv, preview_people_csv
from portal.people.csv_import import FIELD_LABELS


class Command(BaseCommand):
    help = (
        "Import people from a CSV file into an organisation's directory (all or nothing). "
        "Only the columns in the file change; an empty cell in one clears that field."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("organisation", help="organisation slug")
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--preview",
            action="store_true",
            help="only say what would be created, updated and cleared; write nothing",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            organisation = Organisation.objects.get(slug=options["organisation"])
        except Organisation.DoesNotExist:
            raise CommandError(f"no organisation {options['organisation']!r}") from None
        try:
            with path.open("rb") as file:
                if options["preview"]:
                    self._preview(preview_people_csv(organisation=organisation, file=file))
                    return
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

    def _preview(self, preview: ImportPreview) -> None:
        self.stdout.write(
            f"would import {preview.total} people ({preview.created} new, "
            f"{preview.updated} updated); nothing written"
        )
        if preview.unchanged:
            unchanged = ", ".join(FIELD_LABELS[f] for f in preview.unchanged)
            self.stdout.write(f"left as they are (no column): {unchanged}")
        for clearing in preview.clearings:
            self.stdout.write(
                f"line {clearing.line}: clears {FIELD_LABELS[clearing.field]} of "
                f"{clearing.person_id}"
            )
