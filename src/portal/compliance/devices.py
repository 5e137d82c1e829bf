"""The register of device checks (VTS-22: antivirus on the computers learners use): each
check with its device, date, result and who made it, on a form or from a CSV file, and
the devices whose last check is older than the pack's ``device_checks.cycle_days`` (or
that failed it) flagged.

CSV columns (header names case-insensitive, order free): ``device`` and ``date``
(YYYY-MM-DD or DD/MM/YYYY) required, ``result`` (passed, fixed or failed; passed when
left out), ``detail``, ``location``. A device not yet in the register is added. The file
is checked whole first and nothing is written while any line is wrong; a check already
recorded for that device and day is replaced.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from portal.audit.actions import write_audit_entry
from portal.compliance.models import CheckResult, Device, DeviceCheck
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.organisations.models import Organisation
from portal.types import User

COLUMNS = ("device", "date", "result", "detail", "location")
MAX_ROWS = 20_000


@dataclass(frozen=True)
class CheckRow:
    line: int
    device: str
    checked_on: date
    result: str
    detail: str
    location: str | None


def _day(text: str) -> date | None:
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def parse_checks_csv(text: str, *, today: date) -> list[CheckRow]:
    """Checked rows; Rejected listing every problem with its line and column."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None or not any(c.strip() for c in header):
        raise Rejected(
            problems=[Problem(1, "", f"the file is empty; columns: {', '.join(COLUMNS)}")]
        )
    columns = [re.sub(r"[\s-]+", "_", c.strip().lower()) for c in header]
    problems = [
        Problem(1, name or "(empty)", f"unknown column; known: {', '.join(COLUMNS)}")
        for name in columns
        if name not in COLUMNS
    ]
    problems += [
        Problem(1, name, "missing required column")
        for name in ("device", "date")
        if name not in columns
    ]
    if problems:
        raise Rejected(problems=problems)
    rows: list[CheckRow] = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(rows) >= MAX_ROWS:
            problems.append(Problem(line, "", f"more than {MAX_ROWS} rows: split the file"))
            break
        if len(cells) != len(columns):
            problems.append(Problem(line, "", f"{len(cells)} values for {len(columns)} columns"))
            continue
        values = {k: v.strip() for k, v in zip(columns, cells, strict=True)}
        before = len(problems)
        name = values["device"]
        if not name or len(name) > 100:
            problems.append(
                Problem(line, "device", "give the device's name (up to 100 characters)")
            )
        day = _day(values["date"])
        if day is None:
            problems.append(Problem(line, "date", f"{values['date']!r}: write YYYY-MM-DD"))
        elif day > today:
            problems.append(Problem(line, "date", "a check is recorded once it is made"))
        result = (values.get("result") or "passed").lower()
        if result not in CheckResult.values:
            problems.append(Problem(line, "result", f"{result!r}: write passed, fixed or failed"))
        if len(problems) == before and day is not None:
            rows.append(
                CheckRow(
                    line, name, day, result, values.get("detail", "")[:300], values.get("location")
                )
            )
    if problems:
        raise Rejected(problems=problems)
    return rows


def record_checks(
    *, organisation: Organisation, rows: list[CheckRow], source: str, acting_user: User
) -> int:
    """Write the rows (all or nothing); the number recorded."""
    if organisation.pack().device_checks is None:
        raise NotAllowedNow("The pack keeps no register of device checks (device_checks).")
    now = timezone.now()
    with transaction.atomic():
        devices = {d.name: d for d in Device.objects.filter(organisation=organisation)}
        for row in rows:
            device = devices.get(row.device)
            if device is None:
                device = Device.objects.create(
                    organisation=organisation, name=row.device, location=row.location or ""
                )
                devices[row.device] = device
            elif row.location is not None and row.location != device.location:
                device.location = row.location
                device.save(update_fields=["location"])
            DeviceCheck.objects.update_or_create(
                device=device,
                checked_on=row.checked_on,
                defaults={
                    "result": row.result,
                    "detail": row.detail,
                    "checked_by": acting_user,
                    "checked_by_name": acting_user.get_username(),
                    "source": source,
                    "recorded_at": now,
                },
            )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="devices.checks.record",
            target=organisation,
            detail={
                "source": source,
                "rows": len(rows),
                "devices": sorted({r.device for r in rows})[:100],
            },
        )
    return len(rows)


@dataclass(frozen=True)
class DeviceState:
    device: Device
    last: DeviceCheck | None
    due_on: date
    overdue: bool

    @property
    def failed(self) -> bool:
        return self.last is not None and self.last.result == CheckResult.FAILED

    @property
    def flagged(self) -> bool:
        return self.overdue or self.failed


def device_states(organisation: Organisation, *, today: date) -> list[DeviceState]:
    """Every device in use with its last check and when the next is due; flagged first."""
    checks = organisation.pack().device_checks
    cycle = timedelta(days=checks.cycle_days if checks is not None else 30)
    found = []
    for device in Device.objects.filter(organisation=organisation, active=True).prefetch_related(
        "checks"
    ):
        last = max(device.checks.all(), key=lambda c: (c.checked_on, c.pk), default=None)
        due = (last.checked_on if last else timezone.localdate(device.created_at)) + cycle
        found.append(DeviceState(device, last, due, due < today))
    return sorted(found, key=lambda s: (not s.flagged, s.due_on, s.device.name))
