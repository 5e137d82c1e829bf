"""Type names shared by the apps.

The portal uses Django's own ``User`` model; ``Actor`` is whoever performs an action:
a signed-in user, an anonymous request, or None for the system (commands, demo data).
"""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User

Actor = User | AnonymousUser | None
Viewer = User | AnonymousUser

__all__ = ["Actor", "AnonymousUser", "User", "Viewer"]
