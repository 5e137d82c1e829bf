"""``python -m portal import_attendance ORG SESSION FILE --user USERNAME``: a session's
attendance from a CSV file (``id``, optional ``status`` and ``note``), as on its page:
all or nothing, every problem with its line; ``--preview`` writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from portal.commandline import (
    checked_member,
    organisation_named,
    read_file,
    report_rejected,
)
from portal.errors import Rejected
from portal.training.attendance_import import import_attendance_csv, preview_attendance
from portal.training.models import TrainingSession
from portal.training.queries import may_record_attendance


class Command(BaseCommand):
    help = "Import a session's attendance from a CSV file (all or nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("organisation", help="organisation slug")
        parser.add_argument("session", type=int, help="the session's id (see `attendance`)")
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--user",
            required=True,
            help="the member recording it: a training manager, an administrator or the "
            "session's tutor",
        )
        parser.add_argument("--preview", action="store_true", help="say what would change")

    def handle(self, *args: Any, **options: Any) -> None:
        organisation = organisation_named(options["organisation"])
        session = TrainingSession.objects.filter(
            organisation=organisation, pk=options["session"]
        ).first()
        if session is None:
            raise CommandError(f"no session {options['session']} in {organisation.slug}")
        user = checked_member(
            organisation,
            options["user"],
            lambda user, access: may_record_attendance(user, access, session),
            "keep this session's register",
        )
        path: Path = options["file"]
        data = read_file(path)
        try:
            if options["preview"]:
                done = preview_attendance(session=session, data=data)
            else:
                done = import_attendance_csv(
                    session=session, data=data, source=str(path), acting_user=user
                )
        except Rejected as exc:
            raise report_rejected(self.stderr, path, exc) from None
        verb = "would import" if options["preview"] else "imported"
        self.stdout.write(
            f"{verb} {done.total} line(s): {len(done.added)} added, {len(done.changed)} "
            f"changed, {len(done.unchanged)} as they were"
            + ("; nothing written" if options["preview"] else "")
        )
