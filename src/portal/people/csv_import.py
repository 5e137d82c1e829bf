"""Reading a people CSV into checked rows, or the list of every problem in it.

This module touches no database: the caller passes the ids already in the directory and
the role keys the organisation knows, so every check here is a plain function test.

Columns (header names are case-insensitive; spaces count as underscores; order is free):

=================  ========  =======================================================
column             required  meaning
=================  ========  =======================================================
id                 yes       the institution's own id for the person (unique)
name               yes       full name
date_of_birth      no        YYYY-MM-DD or DD/MM/YYYY
kind               no        one affiliation: staff, student, applicant, parent,
                             contractor, volunteer, assessor, partner, governor, guest
start_date         no        when that affiliation started
leaving_date       no        when it ended or will end (the person is affiliated up
                             to the day before)
affiliations       no        more affiliations, separated by ``;``, each
                             ``kind:start:leaving`` with either date left empty,
                             e.g. ``applicant:2023-01-09:2023-09-04; student:2023-09-04:``
roles              no        pack role keys separated by ``;`` (e.g. ``dsl; staff``)
line_manager_id    no        id of the line manager (in this file or the directory)
progress_tutor_id  no        id of the progress tutor (in this file or the directory)
network_username   no        the user name the web filter logs for them (e.g. s654321),
                             so an alert names the person; unique in the directory
parent_of          no        ids of people this person is a parent of, ``;``-separated
guardian_of        no        likewise for guardians
carer_of           no        likewise for carers
family_of          no        immediate family other than parents (sibling, spouse…)
family_friend_of   no        a family friend of these people
=================  ========  =======================================================

The file must be UTF-8 (a byte-order mark is fine: Excel's "CSV UTF-8" writes one).

A person whose id is already in the directory is updated, and only in the columns the
file has: a file of ``id,name`` renames people and leaves their dates of birth, roles,
managers, tutors, affiliations and relations as they were. An empty cell in a column the
file has clears that field for that person (the preview lists each one). Affiliations
are one field, given by ``kind``/``start_date``/``leaving_date`` and ``affiliations``
together; each relation column (``parent_of``...) replaces that kind of relation only.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from policyguard import AffiliationKind, RelationKind
from portal.errors import Problem, Rejected

REQUIRED = ("id", "name")
RELATION_COLUMNS = tuple(kind.value for kind in RelationKind)
COLUMNS = (
    *REQUIRED,
    "date_of_birth",
    "kind",
    "start_date",
    "leaving_date",
    "affiliations",
    "roles",
    "line_manager_id",
    "progress_tutor_id",
    "network_username",
    *RELATION_COLUMNS,
)
MAX_ROWS = 100_000
_ID = re.compile(r"^[^\s;,:]{1,64}$")
_KINDS = ", ".join(k.value for k in AffiliationKind)
Report = Callable[[str, str], None]


@dataclass(frozen=True)
class AffiliationRow:
    kind: AffiliationKind
    start: date | None
    end: date | None


AFFILIATION_COLUMNS = ("kind", "start_date", "leaving_date", "affiliations")
# The fields of a person a file may leave out, each with the columns that give it.
FIELDS: dict[str, tuple[str, ...]] = {
    "date_of_birth": ("date_of_birth",),
    "roles": ("roles",),
    "line_manager": ("line_manager_id",),
    "progress_tutor": ("progress_tutor_id",),
    "network_username": ("network_username",),
    "affiliations": AFFILIATION_COLUMNS,
    **{column: (column,) for column in RELATION_COLUMNS},
}


FIELD_LABELS = {
    "date_of_birth": "date of birth",
    "roles": "roles",
    "line_manager": "line manager",
    "progress_tutor": "progress tutor",
    "network_username": "network username",
    "affiliations": "affiliations (kind, dates)",
    **{column: f"{column.replace('_', ' ')} relations" for column in RELATION_COLUMNS},
}


@dataclass
class PersonRow:
    """One person of the file. ``given`` names the fields (keys of ``FIELDS``) the file
    has a column for; the others must be left as they are."""

    line: int
    id: str
    name: str
    date_of_birth: date | None = None
    affiliations: list[AffiliationRow] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    line_manager_id: str | None = None
    progress_tutor_id: str | None = None
    network_username: str = ""
    relations: list[tuple[RelationKind, str]] = field(default_factory=list)
    given: frozenset[str] = frozenset(FIELDS)

    def relation_kinds_given(self) -> list[RelationKind]:
        return [RelationKind(c) for c in RELATION_COLUMNS if c in self.given]


def decode(data: bytes) -> str:
    """The file's text; Rejected when it is not UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise Rejected(
            problems=[
                Problem(
                    line,
                    "",
                    f"the file is not UTF-8 text (byte {exc.start + 1}); in Excel choose "
                    "Save As > 'CSV UTF-8 (Comma delimited)' and upload that file",
                )
            ],
            code="invalid_file",
        ) from None


def given_fields(columns: Collection[str]) -> frozenset[str]:
    """The person fields a file with these columns sets (empty cells included)."""
    return frozenset(f for f, sources in FIELDS.items() if any(c in columns for c in sources))


def parse_people_csv(
    text: str,
    *,
    existing_ids: Collection[str],
    known_roles: Collection[str],
    today: date,
    existing_managers: Mapping[str, str] | None = None,
) -> list[PersonRow]:
    """Checked rows of ``text``; Rejected listing every problem when any row is bad.

    ``existing_managers``: the directory's line manager of each person (id to id), so a
    chain of line managers that would loop back through the directory is refused too.
    """
    if "\x00" in text:
        raise Rejected(
            problems=[Problem(1, "", "the file contains NUL bytes: it is not a CSV")],
            code="invalid_file",
        )
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    problems: list[Problem] = []
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise Rejected(
            problems=[Problem(1, "", f"unreadable header: {exc}")], code="invalid_file"
        ) from None
    if header is None or not any(cell.strip() for cell in header):
        raise Rejected(
            problems=[
                Problem(
                    1,
                    "",
                    f"the file is empty; the first line must name the columns: "
                    f"{', '.join(COLUMNS)}",
                )
            ],
            code="invalid_file",
        )
    columns = _check_header(header, problems)
    if problems:
        raise Rejected(problems=problems, code="invalid_file")
    given = given_fields(columns)
    rows: list[PersonRow] = []
    line = 1
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader, None)
        except csv.Error as exc:
            problems.append(Problem(start, "", f"not valid CSV: {exc}"))
            break
        if cells is None:
            break
        line = start
        if not any(cell.strip() for cell in cells):
            continue  # blank lines (often at the end of an export) carry nothing
        if len(rows) >= MAX_ROWS:
            problems.append(Problem(line, "", f"more than {MAX_ROWS} rows: split the file"))
            break
        if len(cells) != len(columns):
            problems.append(
                Problem(
                    line,
                    "",
                    f"{len(cells)} values for {len(columns)} columns; check the commas "
                    "and quotes on this line",
                )
            )
            continue
        values = dict(zip(columns, cells, strict=True))
        row = _parse_row(line, values, known_roles, today, problems)
        if row is not None:
            row.given = given
            rows.append(row)
    _check_references(rows, existing_ids, problems)
    if "line_manager" in given:
        _check_manager_cycles(rows, existing_managers or {}, problems)
    if problems:
        raise Rejected(problems=sorted(problems, key=lambda p: p.line or 0), code="invalid_file")
    return rows


def _check_header(header: list[str], problems: list[Problem]) -> list[str]:
    columns = [re.sub(r"[\s-]+", "_", cell.strip().lower()) for cell in header]
    seen: set[str] = set()
    for name in columns:
        if name in seen:
            problems.append(Problem(1, name, "this column appears twice; keep one"))
        seen.add(name)
    unknown = [c for c in columns if c not in COLUMNS]
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        problems.append(
            Problem(
                1,
                ", ".join(missing),
                "missing required column(s); the first line must be a header such as "
                "'id,name,date_of_birth,kind,start_date,leaving_date'",
            )
        )
    for name in unknown:
        problems.append(
            Problem(1, name or "(empty)", f"unknown column; known columns: {', '.join(COLUMNS)}")
        )
    return columns


def _parse_row(
    line: int,
    values: dict[str, str],
    known_roles: Collection[str],
    today: date,
    problems: list[Problem],
) -> PersonRow | None:
    before = len(problems)

    def bad(column: str, message: str) -> None:
        problems.append(Problem(line, column, message))

    person_id = values["id"].strip()
    if not person_id:
        bad("id", "missing: every person needs an id")
    elif not _ID.match(person_id):
        bad("id", "use up to 64 characters without spaces, commas, colons or semicolons")
    name = " ".join(values["name"].split())
    if not name:
        bad("name", "missing: every person needs a name")
    elif len(name) > 200:
        bad("name", "longer than 200 characters")
    born = _date(values.get("date_of_birth", ""), "date_of_birth", bad)
    if born is not None and not date(1900, 1, 1) <= born <= today:
        bad("date_of_birth", f"{born} is not a plausible date of birth")
    affiliations = _affiliations(values, bad)
    roles = _split(values.get("roles", ""))
    for role in roles:
        if role not in known_roles:
            bad("roles", f"unknown role {role!r}; known roles: {', '.join(sorted(known_roles))}")
    username = values.get("network_username", "").strip()
    if len(username) > 150 or any(c.isspace() for c in username):
        bad("network_username", "use up to 150 characters without spaces")
    relations: list[tuple[RelationKind, str]] = []
    for column in RELATION_COLUMNS:
        relations.extend((RelationKind(column), other) for other in _split(values.get(column, "")))
    if len(problems) > before:
        return None
    return PersonRow(
        line=line,
        id=person_id,
        name=name,
        date_of_birth=born,
        affiliations=affiliations,
        roles=roles,
        line_manager_id=values.get("line_manager_id", "").strip() or None,
        progress_tutor_id=values.get("progress_tutor_id", "").strip() or None,
        network_username=username,
        relations=relations,
    )


def _split(value: str) -> list[str]:
    if ";" not in value:  # most cells: empty, or one value
        value = value.strip()
        return [value] if value else []
    return list(dict.fromkeys(part.strip() for part in value.split(";") if part.strip()))


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_UK_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def _date(value: str, column: str, bad: Report) -> date | None:
    value = value.strip()
    if not value:
        return None
    if iso := _ISO_DATE.match(value):
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    elif uk := _UK_DATE.match(value):
        year, month, day = int(uk[3]), int(uk[2]), int(uk[1])
    else:
        bad(column, f"{value!r} is not a date; write YYYY-MM-DD (or DD/MM/YYYY)")
        return None
    try:
        parsed = date(year, month, day)
    except ValueError as exc:
        bad(column, f"{value!r} is no such day ({exc})")
        return None
    if not 1900 <= parsed.year <= 2200:
        bad(column, f"{value!r} is out of range: give a date from 1900 to 2200")
        return None
    return parsed


def _affiliation(
    kind: str,
    start: str,
    end: str,
    columns: tuple[str, str, str],
    bad: Report,
) -> AffiliationRow | None:
    """``columns``: where the kind, the start and the leaving date were written."""
    kind_column, start_column, end_column = columns
    try:
        parsed_kind = AffiliationKind(kind.strip().lower())
    except ValueError:
        bad(kind_column, f"unknown kind {kind.strip()!r}; use one of {_KINDS}")
        return None
    begun = _date(start, start_column, bad)
    ended = _date(end, end_column, bad)
    if begun is not None and ended is not None and ended <= begun:
        bad(end_column, f"leaving date {ended} is not after the start {begun}")
        return None
    return AffiliationRow(parsed_kind, begun, ended)


def _affiliations(values: dict[str, str], bad: Report) -> list[AffiliationRow]:
    found: list[AffiliationRow] = []
    kind = values.get("kind", "").strip()
    if kind:
        one = _affiliation(
            kind,
            values.get("start_date", ""),
            values.get("leaving_date", ""),
            ("kind", "start_date", "leaving_date"),
            bad,
        )
        found.extend([one] if one else [])
    elif values.get("start_date", "").strip() or values.get("leaving_date", "").strip():
        bad("kind", "start_date or leaving_date given without a kind")
    for entry in _split(values.get("affiliations", "")):
        parts = [p.strip() for p in entry.split(":")]
        if len(parts) > 3:
            bad("affiliations", f"{entry!r}: write kind:start:leaving (dates may be empty)")
            continue
        parts += [""] * (3 - len(parts))
        one = _affiliation(parts[0], parts[1], parts[2], ("affiliations",) * 3, bad)
        found.extend([one] if one else [])
    return found


def _check_references(
    rows: Iterable[PersonRow], existing_ids: Collection[str], problems: list[Problem]
) -> None:
    rows = list(rows)
    first_line: dict[str, int] = {}
    for row in rows:
        if row.id in first_line:
            problems.append(
                Problem(row.line, "id", f"{row.id!r} is already on line {first_line[row.id]}")
            )
        else:
            first_line[row.id] = row.line
    known = set(existing_ids) | set(first_line)
    for row in rows:
        references = [
            ("line_manager_id", row.line_manager_id),
            ("progress_tutor_id", row.progress_tutor_id),
            *((kind.value, other) for kind, other in row.relations),
        ]
        for column, other in references:
            if other is None:
                continue
            if other == row.id:
                problems.append(Problem(row.line, column, "a person cannot refer to themself"))
            elif other not in known:
                problems.append(
                    Problem(
                        row.line,
                        column,
                        f"no person with id {other!r} in this file or the directory",
                    )
                )


def _check_manager_cycles(
    rows: list[PersonRow], existing_managers: Mapping[str, str], problems: list[Problem]
) -> None:
    """Refuse line managers that loop (A manages B, B manages A), through the file and
    the directory together: a loop has no one at its top to whom a disclosure goes."""
    managers = dict(existing_managers)
    for row in rows:
        if row.line_manager_id is None:
            managers.pop(row.id, None)
        else:
            managers[row.id] = row.line_manager_id
    for row in rows:
        seen = [row.id]
        current = managers.get(row.id)
        while current is not None and current not in seen:
            seen.append(current)
            current = managers.get(current)
        if current == row.id and len(seen) > 1:
            chain = " -> ".join([*seen, row.id])
            problems.append(
                Problem(row.line, "line_manager_id", f"line managers go round in a loop: {chain}")
            )
