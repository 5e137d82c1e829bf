"""Moving OfficialAccount out of the moderation app keeps every account and every post."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

# Only the moving model's migrations are undone and redone (everything else stays).
BEFORE = [("moderation", "0001_initial")]
AFTER = [("officialaccounts", "0002_register"), ("moderation", "0002_official_account_moves")]


@pytest.mark.django_db(transaction=True)
def test_it_keeps_accounts_and_their_posts_when_the_model_moves() -> None:
    old = MigrationExecutor(connection).migrate(BEFORE).apps
    org = old.get_model("organisations", "Organisation").objects.create(
        slug="oak", name="Oak", pack_slug="oakfield"
    )
    account = old.get_model("moderation", "OfficialAccount").objects.create(
        organisation=org, name="@Oak", platform="x"
    )
    old.get_model("moderation", "Post").objects.create(
        organisation=org,
        account=account,
        direction="outgoing",
        text="Hello",
        status="approved",
        outcome="allow",
    )

    new = MigrationExecutor(connection).migrate(AFTER).apps
    moved = new.get_model("officialaccounts", "OfficialAccount").objects.get()
    assert (moved.pk, moved.name, moved.platform) == (account.pk, "@Oak", "x")
    assert moved.status == "approved" and moved.account_type == "official"
    post = new.get_model("moderation", "Post").objects.get()
    assert post.account_id == moved.pk
    assert "officialaccounts_officialaccount" in connection.introspection.table_names()
    assert "moderation_officialaccount" not in connection.introspection.table_names()

    # Back to the latest state for the tests that follow.
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
