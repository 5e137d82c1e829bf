"""Fixed-window rate limits on an atomic database counter.

    if not allow("reset:alice@example.org", limit=3, per=3600): refuse()

Each call adds one to the count of ``key`` in the current window with a single
``INSERT … ON CONFLICT DO UPDATE … RETURNING`` (SQLite 3.35+ and PostgreSQL), so
parallel requests cannot all read the same count and all pass, as a count-then-insert
check lets them. Written here because the maintained rate-limit library for Django
(django-ratelimit) needs a cache with atomic increments (memcached, Redis); the portal
runs on its database alone.
"""

from __future__ import annotations

import time

from django.db import connection

from portal.accounts.models import RateCount


def allow(key: str, *, limit: int, per: int) -> bool:
    """Count one use of ``key``; whether it is within ``limit`` uses per ``per`` seconds."""
    return hit(key, per=per) <= limit


def hit(key: str, *, per: int) -> int:
    """Count one use of ``key`` in the current window of ``per`` seconds; the count now."""
    period = int(time.time()) // per
    table = connection.ops.quote_name(RateCount._meta.db_table)
    key_column, period_column = (connection.ops.quote_name(c) for c in ("key", "period"))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({key_column}, {period_column}, count) VALUES (%s, %s, 1) "
            f"ON CONFLICT ({key_column}, {period_column}) "
            f"DO UPDATE SET count = {table}.count + 1 RETURNING count",
            [key[:200], period],
        )
        row = cursor.fetchone()
        count = int(row[0])
        if count == 1:  # a new window: the key's older ones are no longer needed
            cursor.execute(
                f"DELETE FROM {table} WHERE {key_column} = %s AND {period_column} < %s",
                [key[:200], period],
            )
    return count
