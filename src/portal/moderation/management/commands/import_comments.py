"""``python -m portal import_comments --org SLUG FILE``: screen and queue comments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.urls import reverse

from portal.errors import Rejected
from portal.jobs.actions import start_work
from portal.moderation.incoming import check_comments, import_comments
from portal.moderation.jobs import COMMENT_IMPORT
from portal.notifications.actions import absolute
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation


class Command(BaseCommand):
    help = (
        "Import comments made to official accounts (JSON lines or an RSS/Atom feed), "
        "screen each and put it in the moderation queue. Bad lines are reported and left "
        "out (exit status 1); the others are imported. Comments imported before are "
        "skipped, so a corrected file can be imported again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="organisation slug")
        parser.add_argument(
            "--account", help="official account name (needed for a feed; a default for lines)"
        )
        parser.add_argument("--format", choices=["jsonl", "feed"], help="default: from the file")
        parser.add_argument(
            "--background",
            action="store_true",
            help="hand the import to the task worker and print the page that shows its "
            "progress (administrators see it); default: import here, printing progress",
        )
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            organisation = Organisation.objects.get(slug=options["org"])
        except Organisation.DoesNotExist:
            raise CommandError(f"no organisation {options['org']!r}") from None
        account = self._account(organisation, options["account"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}") from None
        try:
            if options["background"]:
                check_comments(
                    organisation=organisation,
                    data=data,
                    source=str(path),
                    account=account,
                    fmt=options["format"],
                )
                work = start_work(
                    organisation=organisation,
                    kind=COMMENT_IMPORT,
                    title=f"Importing comments from {path.name}",
                    payload=data,
                    options={
                        "source": str(path),
                        "account": account.pk if account else None,
                        "format": options["format"],
                    },
                    acting_user=None,
                )
                page = reverse("jobs:work", args=[organisation.slug, work.pk])
                self.stdout.write(f"queued for the worker: {absolute(page)}")
                return
            summary = import_comments(
                organisation=organisation,
                data=data,
                source=str(path),
                account=account,
                fmt=options["format"],
                acting_user=None,
                channel="task",
                progress=lambda done, total: self.stderr.write(
                    f"screened {done} of {total}", ending="\r" if done < total else "\n"
                ),
            )
        except Rejected as exc:
            for problem in exc.problems:
                self.stderr.write(f"{path}: {problem}")
            raise CommandError(f"nothing imported: {len(exc.problems)} problem(s)") from None
        self.stdout.write(str(summary))
        for problem in summary.problems:
            self.stderr.write(f"{path}: {problem}")
        if summary.problems:
            raise CommandError(
                f"{len(summary.problems)} comment(s) left out: correct them and import the "
                "file again (the others are in and will be skipped)"
            )

    def _account(self, organisation: Organisation, name: str | None) -> OfficialAccount | None:
        if not name:
            return None
        account = OfficialAccount.objects.filter(
            organisation=organisation, name__iexact=name
        ).first()
        if account is None:
            names = ", ".join(
                OfficialAccount.objects.filter(organisation=organisation).values_list(
                    "name", flat=True
                )
            )
            raise CommandError(
                f"no official account {name!r} in {organisation.slug} (accounts: {names or 'none'})"
            )
        return account
