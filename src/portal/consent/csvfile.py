"""Reading a consent CSV into checked rows and per-row problems (no database here).

Columns (case-insensitive; spaces count as underscores; order is free):

===================  ========  =====================================================
column               required  meaning
===================  ========  =====================================================
person_id            yes       the directory id of the person shown
given_by             yes       ``parent`` (a parent, carer or guardian) or ``self``
given_on             yes       the day it was given (YYYY-MM-DD or DD/MM/YYYY)
given_by_person_id   no        the directory id of the parent or carer who gave it
media                no        ``image; video; lesson_recording`` (empty: all three)
purposes             no        keys of the pack's purposes, e.g. ``educational_activity``
withdrawn_on         no        the day it was withdrawn (empty: not withdrawn)
===================  ========  =====================================================

A row is one consent, known by (person, given by, given on): a row for a consent already
recorded updates it, in the columns the file has only; a column the file lacks leaves
what is recorded as it is. A bad row is reported with its line and column and skipped;
the good rows are still recorded. Control characters are taken out of every cell.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from policyguard import clean_text
from portal.errors import Problem, Rejected
from portal.people.csv_import import decode

REQUIRED = ("person_id", "given_by", "given_on")
OPTIONAL = ("given_by_person_id", "media", "purposes", "withdrawn_on")
COLUMNS = (*REQUIRED, *OPTIONAL)
MEDIA = ("image", "video", "lesson_recording")
MAX_ROWS = 100_000
_GIVERS = {"parent": "parent", "carer": "parent", "guardian": "parent", "self": "self"}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_UK = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass
class ConsentRow:
    line: int
    person_id: str
    given_by: str
    given_on: date
    given_by_person_id: str = ""
    media: list[str] = field(default_factory=lambda: list(MEDIA))
    purposes: list[str] = field(default_factory=list)
    withdrawn_on: date | None = None


@dataclass
class ParsedFile:
    columns: frozenset[str]
    rows: list[ConsentRow]
    problems: list[Problem]


def _date(value: str) -> date:
    if match := _ISO.match(value):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _UK.match(value):
        year, month, day = int(match[3]), int(match[2]), int(match[1])
    else:
        raise ValueError(f"{value!r} is not a date; write YYYY-MM-DD (or DD/MM/YYYY)")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{value!r} is no such day ({exc})") from None


def _split(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;,]", value) if part.strip()]


def _header(row: list[str]) -> list[str]:
    columns = [clean_text(c).strip().lower().replace(" ", "_") for c in row]
    missing = [c for c in REQUIRED if c not in columns]
    unknown = [c for c in columns if c and c not in COLUMNS]
    problems = []
    if missing:
        problems.append(
            Problem(1, ", ".join(missing), "missing column; the first line names the columns")
        )
    if unknown:
        problems.append(
            Problem(1, ", ".join(unknown), f"unknown column; the columns are {', '.join(COLUMNS)}")
        )
    if problems:
        raise Rejected(problems=problems, code="invalid_file")
    return columns


def parse_consents_csv(data: bytes, *, purposes: Collection[str], today: date) -> ParsedFile:
    """The rows of ``data`` that are sound, and a problem for each one that is not.
    Raises ``Rejected`` (nothing to record) when the file itself is unreadable or its
    header lacks a required column."""
    reader = csv.reader(io.StringIO(decode(data), newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise Rejected(
            problems=[Problem(1, "", "the file is empty")], code="invalid_file"
        ) from None
    except csv.Error as exc:
        raise Rejected(problems=[Problem(1, "", str(exc))], code="invalid_file") from None
    columns = _header(header)
    rows: list[ConsentRow] = []
    problems: list[Problem] = []
    try:
        for number, cells in enumerate(reader, start=2):
            if number > MAX_ROWS + 1:
                problems.append(Problem(number, "", f"more than {MAX_ROWS} rows: split the file"))
                break
            if not any(c.strip() for c in cells):
                continue
            values = {c: clean_text(v).strip() for c, v in zip(columns, cells, strict=False)}
            row, row_problems = _row(number, values, columns, purposes, today)
            problems.extend(row_problems)
            if row is not None:
                rows.append(row)
    except csv.Error as exc:
        problems.append(Problem(reader.line_num, "", f"the CSV cannot be read from here: {exc}"))
    return ParsedFile(frozenset(c for c in columns if c), rows, problems)


def _row(
    line: int,
    values: dict[str, str],
    columns: list[str],
    purposes: Collection[str],
    today: date,
) -> tuple[ConsentRow | None, list[Problem]]:
    problems: list[Problem] = []

    def bad(column: str, message: str) -> None:
        problems.append(Problem(line, column, message))

    person_id = values.get("person_id", "")
    if not person_id:
        bad("person_id", "empty: give the person's directory id")
    giver = _GIVERS.get(values.get("given_by", "").lower())
    if giver is None:
        bad("given_by", f"{values.get('given_by', '')!r}: write parent or self")
    given_on = withdrawn_on = None
    try:
        given_on = _date(values.get("given_on", ""))
    except ValueError as exc:
        bad("given_on", str(exc))
    if given_on is not None and given_on > today:
        bad("given_on", f"{given_on} is in the future")
    if values.get("withdrawn_on"):
        try:
            withdrawn_on = _date(values["withdrawn_on"])
        except ValueError as exc:
            bad("withdrawn_on", str(exc))
        if withdrawn_on is not None and given_on is not None and withdrawn_on < given_on:
            bad("withdrawn_on", "before the consent was given")
    media = _split(values.get("media", "")) or list(MEDIA)
    for kind in media:
        if kind not in MEDIA:
            bad("media", f"{kind!r} is not one of {', '.join(MEDIA)}")
    chosen = _split(values.get("purposes", ""))
    for key in chosen:
        if key not in purposes:
            bad("purposes", f"{key!r} is not one of {', '.join(purposes) or 'none'}")
    if problems or giver is None or given_on is None:
        return None, problems
    row = ConsentRow(
        line=line,
        person_id=person_id,
        given_by=giver,
        given_on=given_on,
        given_by_person_id=values.get("given_by_person_id", ""),
        media=sorted(set(media), key=MEDIA.index),
        purposes=list(dict.fromkeys(chosen)),
        withdrawn_on=withdrawn_on,
    )
    return row, []
