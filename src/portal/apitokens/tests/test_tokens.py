"""API tokens are shown once, stored hashed, and can be revoked."""

from __future__ import annotations

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
