"""``python -m portal rebuild_log_rollups --org SLUG``: count an organisation's web-log
rollups in the configured log store again from its stored records. For a store outside
the portal's database (ClickHouse), whose writes are sent after the portal's commit: if
one was refused, this puts the counts right. Run it while nothing ingests for that
organisation; running it twice changes nothing the second time. A store that keeps the
raw records (ClickHouse) first copies those it lacks from the portal's database
(``copy_records``: the records stored before the switch to it), then counts from its own
raw records."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from portal.monitoring.logstore import log_store
from portal.organisations.models import Organisation


class Command(BaseCommand):
    help = "Count an organisation's web-log rollups again from its stored records."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="organisation slug")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            organisation = Organisation.objects.get(slug=options["org"])
        except Organisation.DoesNotExist:
            raise CommandError(f"no organisation {options['org']!r}") from None
        store = log_store()
        rebuild = getattr(store, "rebuild", None)
        if rebuild is None:
            raise CommandError(
                f"POLICYGUARD_LOG_STORE={settings.POLICYGUARD_LOG_STORE}: this store writes "
                "its rollups in the portal's own transaction, so they cannot miss a record"
            )
        copy_records = getattr(store, "copy_records", None)
        copied = None if copy_records is None else copy_records(organisation.pk)
        changed = rebuild(organisation.pk)
        self.stdout.write(f"{organisation.slug}: {changed} rollup rows corrected")
        if copied is not None:
            self.stdout.write(f"{organisation.slug}: {copied} raw records copied")
