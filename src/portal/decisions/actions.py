"""Asking the core for a decision and recording it."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from django.db import transaction

import policyguard as core
from policyguard import evaluate, parse_event
from portal.audit.actions import write_audit_entry
from portal.decisions.models import Decision, Obligation
from portal.duties.actions import open_duties_for_decision
from portal.organisations.models import Organisation
from portal.organisations.queries import Access
from portal.people.queries import DatabaseLookups, nameable_by
from portal.types import Actor

# The fields of the core's events that name a person (``PersonRef``), at any depth.
_PERSON_FIELDS = frozenset(
    {
        "actor",
        "target",
        "author",
        "owner",
        "reporter",
        "subject",
        "requested_by",
        "approved_by",
        "person",
        "user",
        "people_shown",
    }
)


def named_ids(data: Any) -> set[str]:
    """Directory ids an event names (people given inline are not looked up)."""
    found: set[str] = set()
    if isinstance(data, Mapping):
        for key, value in data.items():
            if key in _PERSON_FIELDS:
                values = value if isinstance(value, list) else [value]
                found.update(v for v in values if isinstance(v, str))
            found |= named_ids(value)
    elif isinstance(data, list):
        for item in data:
            found |= named_ids(item)
    return found


def decide_event(
    *,
    organisation: Organisation,
    event: Mapping[str, Any] | str | bytes,
    acting_user: Actor,
    channel: str = "api",
    asked_by: Access | None = None,
    handled_by_workflow: Collection[str] = (),
    lookups: DatabaseLookups | None = None,
) -> tuple[Decision, core.Decision]:
    """Evaluate ``event`` (the CLI's JSON contract) under the organisation's pack, with the
    organisation's directory for people given by id, and record the decision.

    ``asked_by``: the asking member's access, when a member asks a question of their own
    (the API, the ask page): the event may then name by id only the people they may see
    and themselves (``portal.people.queries.nameable_by``).

    Each action becomes a duty (``portal.duties``), except those whose code is in
    ``handled_by_workflow``: work the calling workflow tracks itself (the moderation
    queue is the moderator's "moderate_post"), which would otherwise be asked twice.

    ``lookups``: the directory to decide with, for a caller deciding many events in a
    row (the comment import's batch): its people and names are read once for all of
    them. It must be ``DatabaseLookups(organisation)`` over the whole directory, since
    ``asked_by`` narrows what a fresh one may name.

    Raises ``policyguard.errors.EventError`` (nothing recorded) when the event is invalid
    or names a person the directory does not hold (or, for ``asked_by``, does not show
    them: the same error, so an id cannot be probed).
    """
    parsed = parse_event(event)
    if lookups is not None and (
        asked_by is not None
        or lookups.nameable is not None
        or lookups.organisation.pk != organisation.pk
    ):
        raise ValueError("lookups is for the whole directory of the same organisation")
    if lookups is None:
        nameable = None
        if asked_by is not None:
            if acting_user is None:
                raise ValueError("asked_by needs the acting user")
            nameable = nameable_by(acting_user, asked_by)
        # Web requests (and links in posts) are decided over the organisation's compiled
        # snapshot, the file its Squid helpers read (DatabaseLookups.web_snapshot).
        lookups = DatabaseLookups(organisation, nameable=nameable)
    lookups.prime(named_ids(parsed.model_dump()))
    decision = evaluate(organisation.pack(), parsed, lookups)
    requester = acting_user if acting_user is not None and acting_user.is_authenticated else None
    with transaction.atomic():
        record = Decision.objects.create(
            organisation=organisation,
            event_kind=decision.event_kind,
            outcome=decision.outcome.value,
            clauses=decision.clauses,
            pack_version=decision.pack_version,
            event=parsed.model_dump(mode="json"),
            decision=decision.model_dump(mode="json"),
            requested_by=requester,
            channel=channel,
        )
        if decision.actions:  # most decisions ask nothing of anyone: no query then
            Obligation.objects.bulk_create(
                Obligation(
                    decision=record,
                    role=action.role,
                    person_external_id=action.person_id or "",
                    code=action.code,
                    description=action.description,
                    urgency=action.urgency,
                )
                for action in decision.actions
            )
            # Each action becomes a duty with an owner, a due time and a status.
            open_duties_for_decision(
                record=record, acting_user=acting_user, except_codes=handled_by_workflow
            )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="decision.record",
            target=record,
            detail={
                "event_kind": decision.event_kind,
                "outcome": decision.outcome.value,
                "clauses": decision.clauses,
                "channel": channel,
            },
        )
    return record, decision
