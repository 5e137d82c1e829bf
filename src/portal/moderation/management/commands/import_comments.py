"""``python -m portal import_comments --org SLUG FILE``: screen and queue comments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from portal.errors import Rejected
from portal.moderation.actions import import_comments
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation


class Command(BaseCommand):
    help = (
        "Import comments made to official accounts (JSON lines or an RSS/Atom feed), "
        "screen each and put it in the moderation queue (all or nothing)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="organisation slug")
        parser.add_argument(
            "--account", help="official account name (needed for a feed; a default for lines)"
        )
        parser.add_argument("--format", choices=["jsonl", "feed"], help="default: from the file")
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            organisation = Organisation.objects.get(slug=options["org"])
        except Organisation.DoesNotExist:
            raise CommandError(f"no organisation {options['org']!r}") from None
        account = None
        if options["account"]:
            account = OfficialAccount.objects.filter(
                organisation=organisation, name__iexact=options["account"]
            ).first()
            if account is None:
                names = ", ".join(
                    OfficialAccount.objects.filter(organisation=organisation).values_list(
                        "name", flat=True
                    )
                )
                raise CommandError(
                    f"no official account {options['account']!r} in {organisation.slug} "
                    f"(accounts: {names or 'none'})"
                )
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}") from None
        try:
            summary = import_comments(
                organisation=organisation,
                data=data,
                source=str(path),
                account=account,
                fmt=options["format"],
                acting_user=None,
                channel="task",
            )
        except Rejected as exc:
            for problem in exc.problems:
                self.stderr.write(f"{path}: {problem}")
            raise CommandError(f"nothing imported: {len(exc.problems)} problem(s)") from None
        self.stdout.write(str(summary))
