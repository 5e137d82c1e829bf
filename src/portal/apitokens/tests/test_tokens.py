"""API tokens are shown once, stored hashed, and can be revoked."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import CommandError, call_command

from portal.apitokens.actions import create_api_token, revoke_api_token
from portal.apitokens.models import ApiToken, digest
from portal.apitokens.queries import user_for_token
from portal.audit.models import AuditEntry
from portal.types import User


def test_it_stores_only_a_hash(alice: User) -> None:
    row, token = create_api_token(user=alice, name="ci", acting_user=alice)
    assert token.startswith("pg_") and len(token) > 40
    assert token not in {row.digest, row.prefix}
    assert row.digest == digest(token)
    assert user_for_token(token) == alice
    assert AuditEntry.objects.filter(verb="apitoken.create", actor=alice).exists()


def test_it_records_when_a_token_was_last_used(alice: User) -> None:
    row, token = create_api_token(user=alice, name="ci", acting_user=alice)
    user_for_token(token)
    row.refresh_from_db()
    assert row.last_used_at is not None


def test_revoked_tokens_and_inactive_users_are_refused(alice: User) -> None:
    row, token = create_api_token(user=alice, name="ci", acting_user=alice)
    _, other = create_api_token(user=alice, name="ci2", acting_user=alice)
    revoke_api_token(token=row, acting_user=alice)
    assert user_for_token(token) is None
    alice.is_active = False
    alice.save(update_fields=["is_active"])
    assert user_for_token(other) is None
    assert user_for_token("") is None


def test_the_command_prints_a_working_token(
    alice: User, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("create_api_token", "alice", "--name", "script")
    token = capsys.readouterr().out.strip()
    assert user_for_token(token) == alice
    assert ApiToken.objects.get(name="script").user == alice
    with pytest.raises(CommandError, match="no user 'zed'"):
        call_command("create_api_token", "zed")


def test_a_token_is_written_at_most_once_a_minute(alice: User) -> None:
    # Every API call once wrote a row; on SQLite that made reads wait on an import.
    from datetime import timedelta

    import time_machine
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from portal.conftest import NOW

    _, token = create_api_token(user=alice, name="t", acting_user=None)
    user_for_token(token)
    with CaptureQueriesContext(connection) as queries:
        for _ in range(5):
            user_for_token(token)
    assert not [q for q in queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    with (
        time_machine.travel(NOW + timedelta(minutes=2), tick=False),
        CaptureQueriesContext(connection) as later,
    ):
        user_for_token(token)
    assert len([q for q in later if q["sql"].lstrip().upper().startswith("UPDATE")]) == 1


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path: Any, django_db_blocker: Any) -> None:
    # An API call failed with "database is locked" while an import ran on SQLite.
    from django.db.backends.sqlite3.base import DatabaseWrapper

    from portal import settings as portal_settings

    config = dict(portal_settings.DATABASES["default"])
    if config["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("the embedded SQLite configuration only")
    config.update(NAME=str(tmp_path / "wal.sqlite3"), TIME_ZONE=None, CONN_MAX_AGE=0)
    config.setdefault("CONN_HEALTH_CHECKS", False)
    config.setdefault("AUTOCOMMIT", True)
    config.setdefault("ATOMIC_REQUESTS", False)
    wrapper = DatabaseWrapper(config)
    with django_db_blocker.unblock():
        with wrapper.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0] == "wal"
            cursor.execute("PRAGMA busy_timeout")
            assert cursor.fetchone()[0] >= 5000
        wrapper.close()
