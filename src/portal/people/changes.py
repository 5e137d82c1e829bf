"""What other apps need to hear when people's affiliations change.

An app that must act on leavers (official accounts: remove their access) registers a
handler in its ``AppConfig.ready``::

    from portal.people.changes import on_affiliations_changed
    on_affiliations_changed(check_leavers)

Handlers are called after the change commits, as ``handler(organisation=...,
people=... or None for "anyone may have changed", acting_user=...)``; a failing handler
is logged and does not undo the change (the daily sweeps catch up).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from django.db import transaction

from portal.organisations.models import Organisation
from portal.types import Actor

logger = logging.getLogger(__name__)
Handler = Callable[..., Any]
_HANDLERS: list[Handler] = []


def on_affiliations_changed(handler: Handler) -> None:
    if handler not in _HANDLERS:
        _HANDLERS.append(handler)


def affiliations_changed(
    *, organisation: Organisation, people: Iterable[Any] | None, acting_user: Actor
) -> None:
    """Tell every handler, once the current transaction commits."""
    chosen = list(people) if people is not None else None

    def run() -> None:
        for handler in list(_HANDLERS):
            try:
                handler(organisation=organisation, people=chosen, acting_user=acting_user)
            except Exception:
                logger.exception("handler %r for changed affiliations failed", handler)

    transaction.on_commit(run)
