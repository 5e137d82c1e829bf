"""``python -m portal run_worker``: the task worker, with the scheduler beside it.

Runs django-tasks-db's worker (every queue) in this thread and, unless
``--no-scheduler``, a scheduler thread that queues due jobs every
``POLICYGUARD_SCHEDULER_INTERVAL`` seconds. Start as many as the load needs: the
scheduler in each is safe to run side by side (``portal.jobs.scheduler``).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections, connection

from portal.jobs.scheduler import schedule_due_jobs

logger = logging.getLogger("portal.jobs")


def _scheduler_loop(stop: threading.Event, interval: float) -> None:
    while not stop.is_set():
        close_old_connections()
        try:
            schedule_due_jobs()
        except Exception:
            # A database hiccup must not end scheduling for good; the next tick retries.
            logger.exception("the scheduler could not queue due jobs")
        finally:
            connection.close()
        stop.wait(interval)


class Command(BaseCommand):
    help = "Run background tasks and scheduled jobs (the worker and its scheduler)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--no-scheduler", action="store_true", help="only run tasks")
        parser.add_argument(
            "--batch", action="store_true", help="queue due jobs once, run every task, then exit"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        verbosity = int(options.get("verbosity", 1))
        if options["batch"]:
            if not options["no_scheduler"]:
                schedule_due_jobs()
            call_command(
                "db_worker",
                batch=True,
                reload=False,
                queue_name="*",
                startup_delay=False,
                verbosity=verbosity,
            )
            return
        stop = threading.Event()
        if not options["no_scheduler"]:
            interval = float(settings.POLICYGUARD_SCHEDULER_INTERVAL)
            thread = threading.Thread(
                target=_scheduler_loop, args=(stop, interval), name="scheduler", daemon=True
            )
            thread.start()
            self.stdout.write(f"Scheduler: checking for due jobs every {interval:g} s")
        try:
            call_command("db_worker", reload=False, queue_name="*", verbosity=verbosity)
        finally:
            stop.set()
