"""``python -m portal attendance ORG [SESSION]``: the training sessions, newest first, or
one session's register."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from portal.commandline import organisation_named
from portal.training.models import Attendance, TrainingSession


class Command(BaseCommand):
    help = "List training sessions, or the register of one (by its id)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("organisation", help="organisation slug")
        parser.add_argument("session", nargs="?", type=int, help="a session's id")

    def handle(self, *args: Any, **options: Any) -> None:
        organisation = organisation_named(options["organisation"])
        if options["session"] is None:
            self.stdout.write("id\theld on\tcourse\ttitle\ttutor")
            for s in TrainingSession.objects.filter(organisation=organisation).select_related(
                "tutor"
            ):
                tutor = s.tutor.get_username() if s.tutor else ""
                self.stdout.write(f"{s.pk}\t{s.held_on}\t{s.course}\t{s.title}\t{tutor}")
            return
        session = TrainingSession.objects.filter(
            organisation=organisation, pk=options["session"]
        ).first()
        if session is None:
            raise CommandError(f"no session {options['session']} in {organisation.slug}")
        self.stdout.write(f"{session.title}, {session.held_on}")
        self.stdout.write("id\tname\tstatus\tsource\tconfirmed\tnote")
        for a in Attendance.objects.filter(session=session).select_related("person"):
            self.stdout.write(
                f"{a.person.external_id}\t{a.person.name}\t{a.status}\t{a.source}\t"
                f"{'yes' if a.confirmed else 'no'}\t{a.note}"
            )
