"""``python -m portal export_weblists --org SLUG OUTDIR``: the organisation's own lists as
custom list files for ``policyguard webfilter compile --list FILE:CATEGORY:TIER``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from portal.monitoring.queries import export_entries
from portal.monitoring.weblists import write_lists
from portal.organisations.models import Organisation


class Command(BaseCommand):
    help = "Write allow.list, deny.list, always_block.list and lists.json into OUTDIR."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="organisation slug")
        parser.add_argument("outdir", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            organisation = Organisation.objects.get(slug=options["org"])
        except Organisation.DoesNotExist:
            raise CommandError(f"no organisation {options['org']!r}") from None
        entries = export_entries(organisation)
        try:
            specs = write_lists(options["outdir"], entries)
        except OSError as exc:
            raise CommandError(f"{options['outdir']}: {exc.strerror or exc}") from None
        for path, category, tier in specs:
            self.stdout.write(f"--list {path}:{category}:{tier}")
        self.stdout.write(f"{len(entries)} entries written to {options['outdir']}")
