"""Writing to the audit log. Every other app's actions call :func:`write_audit_entry`
inside their own transaction, so the row exists exactly when the change does."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models

from portal.audit.models import AuditEntry

if TYPE_CHECKING:
    from portal.organisations.models import Organisation
    from portal.types import Actor


def write_audit_entry(
    *,
    acting_user: Actor,
    organisation: Organisation | None,
    verb: str,
    target: models.Model | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Record that ``acting_user`` did ``verb`` to ``target`` (None: a system job did)."""
    actor = acting_user if acting_user is not None and acting_user.is_authenticated else None
    return AuditEntry.objects.create(
        actor=actor,
        actor_name=actor.get_username() if actor is not None else "",
        organisation=organisation,
        organisation_slug=organisation.slug if organisation is not None else "",
        verb=verb,
        object_type=target._meta.label_lower if target is not None else "",
        object_id=str(target.pk) if target is not None else "",
        detail=detail or {},
    )
