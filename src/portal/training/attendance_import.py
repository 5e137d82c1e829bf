"""A session's attendance from a CSV file, with the people import's rules: the file is
checked whole first and every problem reported with its line and column; nothing is
written while any line is wrong; a preview says what will be added and changed; only the
columns the file has change (a file of ``id`` alone marks people attended and leaves
their notes as they were; an empty ``note`` cell clears the note).

Columns (header names are case-insensitive, spaces count as underscores, order is free):
``id`` (required: the person's directory id), ``status`` (attended, absent or excused;
attended when the file has no such column), ``note``.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from portal.audit.actions import write_audit_entry
from portal.errors import Problem, Rejected
from portal.people.csv_import import decode
from portal.people.models import Person
from portal.training.models import Attendance, AttendanceSource, AttendanceStatus, TrainingSession
from portal.types import User

COLUMNS = ("id", "status", "note")
MAX_ROWS = 20_000
NOTE_LIMIT = 500


@dataclass(frozen=True)
class AttendanceRow:
    line: int
    person_id: str
    status: str
    note: str | None  # None: the file has no note column, leave the note as it is


@dataclass
class AttendancePreview:
    rows: list[AttendanceRow]
    added: list[AttendanceRow] = field(default_factory=list)
    changed: list[AttendanceRow] = field(default_factory=list)
    unchanged: list[AttendanceRow] = field(default_factory=list)
    cleared_notes: list[AttendanceRow] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.rows)


def parse_attendance_csv(text: str, *, known_ids: set[str]) -> list[AttendanceRow]:
    """Checked rows; Rejected listing every problem (line and column) when any is bad."""
    if "\x00" in text:
        raise Rejected(problems=[Problem(1, "", "the file contains NUL bytes: it is not a CSV")])
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[Problem] = []
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise Rejected(problems=[Problem(1, "", f"unreadable header: {exc}")]) from None
    if header is None or not any(cell.strip() for cell in header):
        raise Rejected(
            problems=[
                Problem(
                    1,
                    "",
                    f"the file is empty; the first line names the columns: {', '.join(COLUMNS)}",
                )
            ]
        )
    columns = [re.sub(r"[\s-]+", "_", cell.strip().lower()) for cell in header]
    for name in columns:
        if name not in COLUMNS:
            problems.append(
                Problem(1, name or "(empty)", f"unknown column; known: {', '.join(COLUMNS)}")
            )
    for name in set(columns):
        if columns.count(name) > 1:
            problems.append(Problem(1, name, "this column appears twice; keep one"))
    if "id" not in columns:
        problems.append(Problem(1, "id", "missing required column: the people's directory ids"))
    if problems:
        raise Rejected(problems=problems)
    rows: list[AttendanceRow] = []
    first: dict[str, int] = {}
    while True:
        line = reader.line_num + 1
        try:
            cells = next(reader, None)
        except csv.Error as exc:
            problems.append(Problem(line, "", f"not valid CSV: {exc}"))
            break
        if cells is None:
            break
        if not any(cell.strip() for cell in cells):
            continue
        if len(rows) >= MAX_ROWS:
            problems.append(Problem(line, "", f"more than {MAX_ROWS} rows: split the file"))
            break
        if len(cells) != len(columns):
            problems.append(
                Problem(
                    line, "", f"{len(cells)} values for {len(columns)} columns; check the commas"
                )
            )
            continue
        values = dict(zip(columns, cells, strict=True))
        person_id = values["id"].strip()
        status = values.get("status", "attended").strip().lower()
        note = values["note"].strip() if "note" in values else None
        before = len(problems)
        if not person_id:
            problems.append(Problem(line, "id", "missing: every line needs a directory id"))
        elif person_id not in known_ids:
            problems.append(Problem(line, "id", f"{person_id!r} is not in the directory"))
        elif person_id in first:
            problems.append(
                Problem(line, "id", f"{person_id!r} is already on line {first[person_id]}")
            )
        if status not in AttendanceStatus.values:
            problems.append(
                Problem(line, "status", f"{status!r}: write attended, absent or excused")
            )
        if note is not None and len(note) > NOTE_LIMIT:
            problems.append(Problem(line, "note", f"longer than {NOTE_LIMIT} characters"))
        if len(problems) == before:
            first[person_id] = line
            rows.append(AttendanceRow(line, person_id, status, note))
    if problems:
        raise Rejected(problems=sorted(problems, key=lambda p: p.line or 0))
    return rows


def _read(session: TrainingSession, data: bytes) -> tuple[list[AttendanceRow], dict[str, Person]]:
    text = decode(data)
    known = dict(
        Person.objects.filter(organisation=session.organisation).values_list("external_id", "pk")
    )
    rows = parse_attendance_csv(text, known_ids=set(known))
    people = Person.objects.in_bulk([known[r.person_id] for r in rows])
    return rows, {p.external_id: p for p in people.values()}


def preview_attendance(*, session: TrainingSession, data: bytes) -> AttendancePreview:
    rows, people = _read(session, data)
    existing = {
        a.person_id: a
        for a in Attendance.objects.filter(session=session, person__in=people.values())
    }
    preview = AttendancePreview(rows=rows)
    for row in rows:
        current = existing.get(people[row.person_id].pk)
        if current is None:
            preview.added.append(row)
            continue
        note_changes = row.note is not None and row.note != current.note
        if current.status != row.status or note_changes or not current.confirmed:
            preview.changed.append(row)
        else:
            preview.unchanged.append(row)
        if row.note == "" and current.note:
            preview.cleared_notes.append(row)
    return preview


def import_attendance_csv(
    *, session: TrainingSession, data: bytes, source: str = "", acting_user: User
) -> AttendancePreview:
    """Write the file's attendance, all or nothing (checked again: the directory may
    have changed since the preview). What was done, as the preview said it."""
    preview = preview_attendance(session=session, data=data)
    _, people = _read(session, data)
    now = timezone.now()
    with transaction.atomic():
        for row in preview.added + preview.changed:
            defaults: dict[str, object] = {
                "status": row.status,
                "source": AttendanceSource.IMPORT,
                "confirmed": True,
                "confirmed_by": acting_user,
                "confirmed_at": now,
                "recorded_at": now,
            }
            if row.note is not None:
                defaults["note"] = row.note
            Attendance.objects.update_or_create(
                session=session, person=people[row.person_id], defaults=defaults
            )
        write_audit_entry(
            acting_user=acting_user,
            organisation=session.organisation,
            verb="training.attendance.import",
            target=session,
            detail={
                "source": source[:200],
                "rows": preview.total,
                "added": len(preview.added),
                "changed": len(preview.changed),
                "unchanged": len(preview.unchanged),
            },
        )
    return preview
