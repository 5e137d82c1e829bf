"""Template context for every page: the signed-in user's unread notifications."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from portal.notifications.queries import unread_count


def inbox(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"unread_notifications": unread_count(user)}
