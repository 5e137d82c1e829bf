"""Importing activity on the accounts (an export from the network or a scheduling tool).

CSV columns: ``account`` (the handle on the register), ``at`` (ISO date and time, or a
date), optional ``id`` (the platform's id: a line imported twice counts once) and
``note``. Each good line is recorded; each bad one is reported with its line and column
and does not stop the others.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import IO

from django.conf import settings
from django.utils import timezone

from portal.errors import Problem
from portal.officialaccounts.actions import record_activity
from portal.officialaccounts.models import ActivitySource, OfficialAccount
from portal.organisations.models import Organisation
from portal.people.csv_import import decode
from portal.types import Actor


@dataclass
class ActivityImportSummary:
    recorded: int = 0
    repeated: int = 0
    problems: list[Problem] = field(default_factory=list)


def _when(text: str) -> datetime:
    text = text.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date and time (YYYY-MM-DD HH:MM)") from None
    if moment.tzinfo is None:
        if len(text) <= 10:
            moment = datetime.combine(moment.date(), time(12, 0))
        moment = timezone.make_aware(moment)
    if moment > timezone.now() + timedelta(days=1) or moment.year < 2000:
        raise ValueError(f"{text!r} is not a plausible time for activity")
    return moment


def import_activity(
    *, organisation: Organisation, file: IO[bytes], acting_user: Actor
) -> ActivityImportSummary:
    summary = ActivityImportSummary()
    data = file.read(settings.POLICYGUARD_CSV_MAX_BYTES + 1)
    if len(data) > settings.POLICYGUARD_CSV_MAX_BYTES:
        summary.problems.append(Problem(1, "", "the file is too large: split it"))
        return summary
    try:
        text = decode(data)
    except Exception as exc:  # Rejected with its own problem
        summary.problems.extend(getattr(exc, "problems", [Problem(1, "", str(exc))]))
        return summary
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = {c.strip().lower() for c in reader.fieldnames or []}
    if not {"account", "at"} <= columns:
        summary.problems.append(Problem(1, "", "the first line must name the columns account, at"))
        return summary
    accounts = {
        a.name.casefold(): a for a in OfficialAccount.objects.filter(organisation=organisation)
    }
    for number, row in enumerate(reader, start=2):
        cells = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        account = accounts.get(cells.get("account", "").casefold())
        if account is None:
            summary.problems.append(
                Problem(
                    number, "account", f"no account {cells.get('account', '')!r} on the register"
                )
            )
            continue
        try:
            at = _when(cells.get("at", ""))
        except ValueError as exc:
            summary.problems.append(Problem(number, "at", str(exc)))
            continue
        activity = record_activity(
            account=account,
            at=at,
            source=ActivitySource.IMPORT,
            acting_user=acting_user,
            note=cells.get("note", ""),
            external_id=cells.get("id", "") or f"{account.pk}:{at.isoformat()}",
        )
        if activity is None:
            summary.repeated += 1
        else:
            summary.recorded += 1
    return summary
