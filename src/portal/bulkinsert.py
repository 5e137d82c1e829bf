"""Insert many rows of one model fast: ``COPY`` on PostgreSQL, ``bulk_create`` elsewhere.

Django's ``bulk_create`` builds a model instance per row and quotes every value in
Python; for the people import (50,000 rows, each with an affiliation) that was most of
the time. On PostgreSQL the rows go by ``COPY`` into a temporary table and one
``INSERT ... SELECT`` moves them, returning the columns asked for (the new ids):
two round trips, no per-value work in Python beyond the text ``COPY`` sends.

    made = insert_rows(Person, ["organisation_id", "external_id", ...], rows,
                       returning=["external_id", "id"])

Rows are tuples in ``columns`` order (attribute names: ``person_id``, not ``person``);
JSON fields take Python values. Runs inside the caller's transaction; the database's
constraints are checked as for any insert (an ``IntegrityError`` rolls back the batch).

:func:`copy_to_temporary` is the first of those two steps on its own, for statements
that move the rows their own way (the log store's ``ON CONFLICT`` inserts and upserts).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import connection, models

BATCH = 2_000  # rows a statement on other databases (SQLite's limit on parameters)


def insert_rows(
    model: type[models.Model],
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    returning: Sequence[str] = (),
) -> list[tuple[Any, ...]]:
    """Insert ``rows`` (values in ``columns`` order); the ``returning`` columns of each
    row inserted (in no particular order on PostgreSQL), or [] when none are asked."""
    if not rows:
        return []
    if connection.vendor != "postgresql":
        made = model._default_manager.bulk_create(
            [model(**dict(zip(columns, row, strict=True))) for row in rows], batch_size=BATCH
        )
        return [tuple(getattr(obj, name) for name in returning) for obj in made]
    fields = {field.attname: field for field in model._meta.concrete_fields}
    json_at = [n for n, name in enumerate(columns) if isinstance(fields[name], models.JSONField)]
    quoted = ", ".join(connection.ops.quote_name(str(fields[name].column)) for name in columns)
    table = connection.ops.quote_name(model._meta.db_table)

    def sent() -> Iterable[Sequence[Any]]:
        for row in rows:
            if json_at:
                row = list(row)
                for n in json_at:
                    row[n] = json.dumps(row[n])
            yield row

    with connection.cursor() as cursor:
        incoming = copy_to_temporary(cursor, model._meta.db_table, quoted, sent())
        back = ", ".join(connection.ops.quote_name(str(fields[name].column)) for name in returning)
        cursor.execute(
            f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM {incoming}"
            + (f" RETURNING {back}" if returning else "")
        )
        return [tuple(found) for found in cursor.fetchall()] if returning else []


def copy_to_temporary(cursor: Any, table: str, columns: str, rows: Iterable[Sequence[Any]]) -> str:
    """PostgreSQL: ``rows`` by ``COPY`` into an empty temporary table of ``columns`` (SQL,
    quoted where needed) of the table named ``table``; its name, quoted.

    The temporary table's columns have the table's own types; it is emptied at commit
    and before each use, and made once a session (so the same ``table`` must always come
    with the same ``columns``). ``COPY``'s errors are Django's (``DatabaseError``), as
    every other statement's are (a NUL in a text value is refused here)."""
    incoming = connection.ops.quote_name(f"{table}_incoming")
    cursor.execute(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {incoming} ON COMMIT DELETE ROWS "
        f"AS SELECT {columns} FROM {connection.ops.quote_name(table)} WITH NO DATA"
    )
    cursor.execute(f"TRUNCATE {incoming}")
    with (
        connection.wrap_database_errors,
        cursor.copy(f"COPY {incoming} ({columns}) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)
    return incoming
