"""``python -m portal build_snapshot --org SLUG [--output FILE] [UT1 ...]``: one snapshot
file from UT1 folders, the pack's ``web:`` policy and the portal's own lists; by default
the organisation's own (``POLICYGUARD_SNAPSHOT_DIR/<slug>.pgwf``), over which the portal
decides web requests as the Squid helpers do."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from policyguard.webfilter import WebFilterError
from portal.monitoring.snapshots import build_organisation_snapshot
from portal.organisations.models import Organisation
from portal.organisations.snapshots import snapshot_path


class Command(BaseCommand):
    help = (
        "Compile UT1 category folders (given as arguments) with the organisation's web "
        "policy and the lists edited in the portal into one snapshot for the Squid helper."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="organisation slug")
        parser.add_argument(
            "--output",
            type=Path,
            help="snapshot file to write (default: the organisation's, which decisions use)",
        )
        parser.add_argument("ut1", type=Path, nargs="*", help="UT1 folders (blacklists/...)")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            organisation = Organisation.objects.get(slug=options["org"])
        except Organisation.DoesNotExist:
            raise CommandError(f"no organisation {options['org']!r}") from None
        output = options["output"] or snapshot_path(organisation)
        output.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix="policyguard-lists-") as folder:
            try:
                report = build_organisation_snapshot(
                    organisation, output, ut1=options["ut1"], work=Path(folder)
                )
            except WebFilterError as exc:
                raise CommandError(str(exc)) from None
        for problem in report.problems[:20]:
            self.stderr.write(problem.render())
        self.stdout.write(
            f"{report.path}: {report.host_keys} hosts, {report.url_keys} URL prefixes, "
            f"{report.categories} categories; {len(report.problems)} lines skipped"
        )
