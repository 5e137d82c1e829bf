"""Writes for the consent register: record, withdraw, import a CSV.

Each runs in one transaction with an audit row. Takedown requests are in
``portal.consent.takedown``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from portal.audit.actions import write_audit_entry
from portal.consent.csvfile import MEDIA, ConsentRow, parse_consents_csv
from portal.consent.queries import channel_uses
from portal.errors import NotAllowedNow, Problem, Rejected
from portal.organisations.models import Organisation
from portal.people.actions import record_consent
from portal.people.models import Consent, Person
from portal.types import Actor

REASON_LIMIT = 500
# The reason a takedown gives the consent it withdraws ("takedown request #12").
TAKEDOWN_REASON = "takedown request #"


def _uses(organisation: Organisation, purposes: list[str]) -> list[str]:
    """What a consent for ``purposes`` grants: the uses the pack's media rules ask every
    consent for (publishing on the official accounts), then the purposes."""
    return list(dict.fromkeys([*channel_uses(organisation.pack()), *purposes]))


def purposes_of(consent: Consent) -> list[str]:
    """The purposes a consent names (its uses, less the channel uses)."""
    channel = set(channel_uses(consent.person.organisation.pack()))
    return [u for u in consent.uses if u not in channel]


def _check(
    organisation: Organisation,
    *,
    person: Person,
    given_by: str,
    given_on: date,
    given_by_person: Person | None,
    media: list[str],
    purposes: list[str],
    today: date,
) -> list[Problem]:
    problems = []
    if person.organisation_id != organisation.pk:
        problems.append(Problem(None, "person", "no such person here"))
    if given_by not in ("parent", "self"):
        problems.append(Problem(None, "given_by", "choose parent or self"))
    if given_on > today:
        problems.append(Problem(None, "given_on", "the day it was given cannot be in the future"))
    if given_by_person is not None and given_by_person.organisation_id != organisation.pk:
        problems.append(Problem(None, "given_by_person", "no such person here"))
    if not media or any(m not in MEDIA for m in media):
        problems.append(Problem(None, "media", f"choose one or more of {', '.join(MEDIA)}"))
    pack_purposes = organisation.pack().purposes
    unknown = [p for p in purposes if p not in pack_purposes]
    if unknown:
        problems.append(
            Problem(None, "purposes", f"not purposes of this pack: {', '.join(unknown)}")
        )
    return problems


def record_consent_given(
    *,
    person: Person,
    given_by: str,
    given_on: date,
    media: list[str],
    purposes: list[str],
    given_by_person: Person | None = None,
    source: str = "form",
    acting_user: Actor,
) -> Consent:
    """Record a consent on the register (the form): checked, then written with its audit
    row. Raises ``Rejected`` naming each bad field."""
    organisation = person.organisation
    problems = _check(
        organisation,
        person=person,
        given_by=given_by,
        given_on=given_on,
        given_by_person=given_by_person,
        media=media,
        purposes=purposes,
        today=timezone.localdate(),
    )
    if problems:
        raise Rejected(problems=problems)
    return record_consent(
        person=person,
        given_by=given_by,
        given_by_person=given_by_person,
        uses=_uses(organisation, purposes),
        media=media,
        given_on=given_on,
        source=source,
        acting_user=acting_user,
    )


def withdraw_consent(
    *, consent: Consent, on: date | None = None, reason: str = "", acting_user: Actor
) -> Consent:
    """Withdraw ``consent`` from ``on`` (today by default): it no longer clears anyone
    for a publication on or after that day."""
    day = on or timezone.localdate()
    reason = reason.strip()[:REASON_LIMIT]
    with transaction.atomic():
        # Two people withdrawing at once (a takedown and the form): one date wins, once.
        locked = Consent.objects.select_for_update().select_related("person").get(pk=consent.pk)
        if locked.withdrawn_on is not None and locked.withdrawn_on <= day:
            raise NotAllowedNow(f"This consent was withdrawn on {locked.withdrawn_on:%-d %B %Y}.")
        if day < locked.given_on:
            message = "It cannot be withdrawn before it was given."
            raise Rejected(message, problems=[Problem(None, "withdrawn_on", message)])
        locked.withdrawn_on = day
        locked.withdrawn_reason = reason
        locked.save(update_fields=["withdrawn_on", "withdrawn_reason"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=locked.person.organisation,
            verb="consent.withdraw",
            target=locked,
            detail={"person": locked.person.external_id, "on": day.isoformat(), "reason": reason},
        )
    return locked


def withdraw_consent_in_part(
    *,
    consent: Consent,
    media: list[str],
    purposes: list[str] | None = None,
    reason: str = "",
    acting_user: Actor,
) -> list[Consent]:
    """Withdraw from today only what ``consent`` gives for ``media`` (and, when given, for
    ``purposes`` alone), keeping the rest: a takedown of a photo ends the photo consent,
    not the video consent beside it.

    The consent is withdrawn from today (so what it cleared before stays cleared), and
    what it still gives is recorded again as new consents from the same giver on the same
    day (``source`` "takedown"): one for the media kinds not withdrawn, and, when only
    some purposes are withdrawn, one for the withdrawn kinds with the other purposes.
    Returns those remaining consents (none when nothing remains)."""
    organisation = consent.person.organisation
    channel = set(channel_uses(organisation.pack()))
    with transaction.atomic():
        # A withdrawal already set for a later day carries over to what remains.
        later = Consent.objects.select_for_update().get(pk=consent.pk).withdrawn_on
        locked = withdraw_consent(consent=consent, reason=reason, acting_user=acting_user)
        gone_media = [m for m in locked.media if m in media]
        kept_media = [m for m in locked.media if m not in media]
        own_purposes = [u for u in locked.uses if u not in channel]
        kept_purposes = [] if purposes is None else [u for u in own_purposes if u not in purposes]
        parts: list[tuple[list[str], list[str]]] = []
        if kept_media:
            parts.append((kept_media, list(locked.uses)))
        if gone_media and kept_purposes:
            parts.append(
                (gone_media, [u for u in locked.uses if u in channel or u in kept_purposes])
            )
        remaining = [
            record_consent(
                person=locked.person,
                given_by=locked.given_by,
                given_by_person=locked.given_by_person,
                uses=uses,
                media=kinds,
                given_on=locked.given_on,
                withdrawn_on=later,
                source="takedown",
                acting_user=acting_user,
            )
            for kinds, uses in parts
        ]
    return remaining


@dataclass
class ConsentImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.created} consent(s) recorded, {self.updated} updated, "
            f"{self.unchanged} unchanged, {len(self.problems)} row problem(s)"
        )


def import_consents_csv(
    *, organisation: Organisation, data: bytes, source: str = "", acting_user: Actor
) -> ConsentImportSummary:
    """Record the consents in a CSV file (columns: ``portal.consent.csvfile``).

    Row by row: a bad row (an unknown person, a bad date, a purpose the pack lacks) is
    reported with its line and column and skipped, and every good row is recorded, each
    in its own transaction. Raises ``Rejected`` (nothing recorded) only when the file
    cannot be read or lacks a required column.
    """
    limit: int = settings.POLICYGUARD_CSV_MAX_BYTES
    if len(data) > limit:
        message = f"the file is larger than {limit // 1024 // 1024} MB: split it"
        raise Rejected(problems=[Problem(1, "", message)], code="invalid_file")
    pack = organisation.pack()
    parsed = parse_consents_csv(data, purposes=list(pack.purposes), today=timezone.localdate())
    summary = ConsentImportSummary(problems=list(parsed.problems), columns=sorted(parsed.columns))
    wanted = {r.person_id for r in parsed.rows} | {
        r.given_by_person_id for r in parsed.rows if r.given_by_person_id
    }
    people = {
        p.external_id: p
        for p in Person.objects.filter(organisation=organisation, external_id__in=wanted)
    }
    for row in parsed.rows:
        problem = _import_row(organisation, row, people, parsed.columns, summary, acting_user)
        if problem is not None:
            summary.problems.append(problem)
    summary.problems.sort(key=lambda p: p.line or 0)
    write_audit_entry(
        acting_user=acting_user,
        organisation=organisation,
        verb="consent.import",
        target=None,
        detail={
            "source": source,
            "created": summary.created,
            "updated": summary.updated,
            "unchanged": summary.unchanged,
            "problems": len(summary.problems),
            "columns": summary.columns,
        },
    )
    return summary


def _import_row(
    organisation: Organisation,
    row: ConsentRow,
    people: dict[str, Person],
    columns: frozenset[str],
    summary: ConsentImportSummary,
    acting_user: Actor,
) -> Problem | None:
    person = people.get(row.person_id)
    if person is None:
        return Problem(row.line, "person_id", f"no person {row.person_id!r} in the directory")
    giver = None
    if row.given_by_person_id:
        giver = people.get(row.given_by_person_id)
        if giver is None:
            return Problem(
                row.line,
                "given_by_person_id",
                f"no person {row.given_by_person_id!r} in the directory",
            )
    with transaction.atomic():
        existing = (
            Consent.objects.select_for_update()
            .filter(person=person, given_by=row.given_by, given_on=row.given_on)
            .first()
        )
        if existing is None:
            record_consent(
                person=person,
                given_by=row.given_by,
                given_by_person=giver,
                uses=_uses(organisation, row.purposes),
                media=row.media,
                given_on=row.given_on,
                withdrawn_on=row.withdrawn_on,
                source="import",
                acting_user=acting_user,
            )
            summary.created += 1
            return None
        # Only the columns the file has change what is recorded.
        changes: dict[str, object] = {}
        if "media" in columns and existing.media != row.media:
            changes["media"] = row.media
        if "purposes" in columns and existing.uses != _uses(organisation, row.purposes):
            changes["uses"] = _uses(organisation, row.purposes)
        if "withdrawn_on" in columns and existing.withdrawn_on != row.withdrawn_on:
            before = existing.withdrawn_on
            if (
                before is not None
                and existing.withdrawn_reason.startswith(TAKEDOWN_REASON)
                and (row.withdrawn_on is None or row.withdrawn_on > before)
            ):
                # A routine re-import of last year's file must not bring back what a
                # takedown withdrew: consent given again is a new row, with its day.
                return Problem(
                    row.line,
                    "withdrawn_on",
                    f"withdrawn on {before:%-d %B %Y} by "
                    f"{existing.withdrawn_reason}; an import does not undo a takedown "
                    "(record consent given again as a new row with the day it was given)",
                )
            changes["withdrawn_on"] = row.withdrawn_on
        if "given_by_person_id" in columns and existing.given_by_person_id != (
            giver.pk if giver else None
        ):
            changes["given_by_person"] = giver
        if not changes:
            summary.unchanged += 1
            return None
        for name, value in changes.items():
            setattr(existing, name, value)
        existing.save(update_fields=list(changes))
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="consent.update",
            target=existing,
            detail={
                "person": person.external_id,
                "fields": sorted(changes),
                "source": "import",
                "line": row.line,
            },
        )
        summary.updated += 1
    return None
