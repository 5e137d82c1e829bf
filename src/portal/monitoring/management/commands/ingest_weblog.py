"""``python -m portal ingest_weblog --org SLUG FILE``: store the web filter's decision log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from portal.monitoring.actions import INGESTING, ingest_file
from portal.monitoring.locks import advisory_lock
from portal.monitoring.logstore import log_store
from portal.organisations.models import Organisation


class Command(BaseCommand):
    help = (
        "Store the Squid helper's decision records (JSON lines). Good lines are stored and "
        "bad ones printed with their line number and field; the exit status is then 1. "
        "Lines stored before are skipped, so a file can be ingested again safely. With "
        "the ClickHouse log store, ingestion is one at a time per organisation (duplicates "
        "are found in what the store holds): a second ingest_weblog for the same "
        "organisation says so and waits for the first; run one per organisation, and "
        "several organisations side by side."
    )

    # Django's system checks load every URL configuration and view (a third of a
    # second a run); a proxy's log arrives every few minutes and needs none of them.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="organisation slug")
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            organisation = Organisation.objects.get(slug=options["org"])
        except Organisation.DoesNotExist:
            raise CommandError(f"no organisation {options['org']!r}") from None
        if not log_store().keeps_raw_records:
            with advisory_lock(INGESTING, organisation.pk, wait=False) as free:
                pass
            if not free:
                self.stderr.write(
                    f"another ingestion of {organisation.slug} is running: waiting for it to "
                    "finish (with the ClickHouse log store, one ingestion at a time per "
                    "organisation)"
                )
        try:
            report = ingest_file(organisation=organisation, path=path, acting_user=None)
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror or exc}") from None
        for problem in report.problems:
            self.stderr.write(problem.render(str(path)))
        self.stdout.write(str(report))
        if report.problems:
            raise CommandError(
                f"{len(report.problems)} bad line(s) not stored; fix them and ingest the file "
                "again (stored lines are skipped)",
                returncode=1,
            )
