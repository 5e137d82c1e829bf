"""Finding the user behind a bearer token."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from portal.apitokens.models import ApiToken, digest
from portal.types import User

# Writing last_used_at on every request would make each API call a write; once a minute
# is precise enough to see which tokens are still in use.
_TOUCH_EVERY = timedelta(minutes=1)


def user_for_token(token: str) -> User | None:
    """The active user whose unrevoked token this is, or None."""
    if not token or len(token) > 200:
        return None
    row = (
        ApiToken.objects.select_related("user")
        .filter(digest=digest(token), revoked_at__isnull=True)
        .first()
    )
    if row is None or not row.user.is_active:
        return None
    now = timezone.now()
    if row.last_used_at is None or now - row.last_used_at > _TOUCH_EVERY:
        ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
    return row.user
