"""Locks between processes for the log store's writes that its engine cannot make exact
by itself (ClickHouse has no transactions and no unique keys).

``advisory_lock(*parts)`` holds a PostgreSQL advisory lock named by ``parts`` (say the
organisation, learner and day of a "mark reviewed"). Outside a transaction it is a
session lock, held until the block ends, so it also covers what the block's transaction
sends to ClickHouse when it commits (``on_commit``); inside an outer transaction it is a
transaction lock, released when that commits. On SQLite (one writer; ``make run``) it
takes nothing: the portal on SQLite is one process.

``writing_to_store(*parts)`` is what a writer to the ClickHouse store's raw tables holds:
its own lock of ``parts`` and ``STORE_WRITES`` shared, so that retention, which rewrites
whole partitions (``ClickHouseLogStore``: ``REPLACE PARTITION``), can hold
``STORE_WRITES`` alone and know no insert lands in a partition it is rewriting.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import DatabaseError, connection

logger = logging.getLogger(__name__)
STORE_WRITES = "monitoring.store.writes"


def lock_key(*parts: object) -> int:
    """The advisory lock's 64-bit key of ``parts``."""
    text = "\x1f".join(str(part) for part in parts).encode()
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big", signed=True)


@contextmanager
def advisory_lock(*parts: object, wait: bool = True, shared: bool = False) -> Iterator[bool]:
    """Hold the lock of ``parts`` for the block; yields whether it was taken (always,
    when ``wait``; with ``wait=False`` only if nobody else holds it). ``shared``: with
    other shared holders, not with an exclusive one."""
    if connection.vendor != "postgresql":
        yield True
        return
    key = lock_key(*parts)
    session = not connection.in_atomic_block
    scope = "" if session else "_xact"
    mode = "_shared" if shared else ""
    with connection.cursor() as cursor:
        if wait:
            cursor.execute(f"SELECT pg_advisory{scope}_lock{mode}(%s)", [key])
            taken = True
        else:
            cursor.execute(f"SELECT pg_try_advisory{scope}_lock{mode}(%s)", [key])
            row = cursor.fetchone()
            taken = bool(row and row[0])
    try:
        yield taken
    finally:
        if taken and session:
            try:
                with connection.cursor() as cursor:
                    cursor.execute(f"SELECT pg_advisory_unlock{mode}(%s)", [key])
            except DatabaseError:
                # The connection is gone or broken: PostgreSQL frees its locks with it.
                logger.warning("advisory lock %s not released; it goes with the connection", key)


@contextmanager
def writing_to_store(*parts: object) -> Iterator[None]:
    """A writer's locks (module docstring): ``parts``, then ``STORE_WRITES`` shared."""
    with advisory_lock(*parts), advisory_lock(STORE_WRITES, shared=True):
        yield
