"""Creating and revoking API tokens."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils import timezone

from portal.apitokens.models import TOKEN_PREFIX, ApiToken, digest
from portal.audit.actions import write_audit_entry
from portal.types import Actor, User


def create_api_token(*, user: User, name: str, acting_user: Actor) -> tuple[ApiToken, str]:
    """A new token for ``user``. Returns the row and the token itself, which is shown
    once and never stored."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        row = ApiToken.objects.create(user=user, name=name, prefix=token[:10], digest=digest(token))
        write_audit_entry(
            acting_user=acting_user,
            organisation=None,
            verb="apitoken.create",
            target=row,
            detail={"user": user.get_username(), "name": name, "prefix": row.prefix},
        )
    return row, token


def revoke_api_token(*, token: ApiToken, acting_user: Actor) -> None:
    with transaction.atomic():
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=None,
            verb="apitoken.revoke",
            target=token,
            detail={"prefix": token.prefix},
        )
