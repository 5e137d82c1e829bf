"""``python -m portal reviews ORG``: the policy's reviews and the filtering and
monitoring reviews, newest first, with who did each and its outcome."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from portal.commandline import organisation_named
from portal.compliance.models import FilteringReview, PolicyReview


class Command(BaseCommand):
    help = "List the policy's reviews and the filtering and monitoring reviews."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("organisation", help="organisation slug")

    def handle(self, *args: Any, **options: Any) -> None:
        organisation = organisation_named(options["organisation"])
        self.stdout.write("Policy reviews\nid\tversion\tstatus\tdue\treviewed\tby\toutcome")
        for r in PolicyReview.objects.filter(organisation=organisation).select_related(
            "pack_version", "reviewer"
        ):
            by = r.reviewer.get_username() if r.reviewer else ""
            self.stdout.write(
                f"{r.pk}\t{r.pack_version.version}\t{r.status}\t{r.due_on or ''}\t"
                f"{r.reviewed_on or ''}\t{by}\t{r.outcome}"
            )
        self.stdout.write(
            "Filtering and monitoring reviews\nid\tstatus\tdue\tcompleted\tby\tchecks"
        )
        for f in FilteringReview.objects.filter(organisation=organisation).select_related(
            "completed_by", "check_run"
        ):
            by = f.completed_by.get_username() if f.completed_by else ""
            run = f.check_run
            checks = f"{run.passed} of {run.total} as expected" if run else "not run"
            done = f.completed_at.date().isoformat() if f.completed_at else ""
            self.stdout.write(f"{f.pk}\t{f.status}\t{f.due_on}\t{done}\t{by}\t{checks}")
