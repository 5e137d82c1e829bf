"""Writes to the directory. Each runs in one transaction and writes an audit row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import IO

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from policyguard import AffiliationKind, RelationKind
from portal.audit.actions import write_audit_entry
from portal.errors import Problem, Rejected
from portal.organisations.actions import check_roles
from portal.organisations.models import BASE_ROLES, Organisation
from portal.people.changes import affiliations_changed
from portal.people.csv_import import FIELDS, PersonRow, decode
from portal.people.csv_import import parse_people_csv as parse
from portal.people.import_writer import write_rows
from portal.people.models import Affiliation, Consent, Person, Relation
from portal.people.nameindex import directory_changed
from portal.types import Actor, User


@dataclass(frozen=True)
class Clearing:
    """An empty cell that clears what the directory holds: ``field`` (a key of
    ``csv_import.FIELDS``) of the person on ``line``."""

    line: int
    person_id: str
    field: str


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, before it does it."""

    created: int
    updated: int
    unchanged: tuple[str, ...]  # fields with no column in the file: left as they are
    clearings: tuple[Clearing, ...]

    @property
    def total(self) -> int:
        return self.created + self.updated


@dataclass(frozen=True)
class PeopleImportSummary:
    created: int
    updated: int
    cleared: int = 0

    @property
    def total(self) -> int:
        return self.created + self.updated


def _read_people_csv(organisation: Organisation, file: IO[bytes]) -> list[PersonRow]:
    limit: int = settings.POLICYGUARD_CSV_MAX_BYTES
    data = file.read(limit + 1)
    if len(data) > limit:
        raise Rejected(
            problems=[
                Problem(1, "", f"the file is larger than {limit // 1024 // 1024} MB: split it")
            ],
            code="invalid_file",
        )
    text = decode(data)
    people = Person.objects.filter(organisation=organisation)
    existing_ids = set(people.values_list("external_id", flat=True))
    managers = dict(
        people.filter(line_manager__isnull=False).values_list(
            "external_id", "line_manager__external_id"
        )
    )
    known_roles = set(organisation.pack().roles) | set(BASE_ROLES)
    rows = parse(
        text,
        existing_ids=existing_ids,
        known_roles=known_roles,
        today=timezone.localdate(),
        existing_managers=managers,
    )
    if rows and "network_username" in rows[0].given:
        _check_network_usernames(organisation, rows)
    return rows


def _check_network_usernames(organisation: Organisation, rows: list[PersonRow]) -> None:
    """A network username names one person: an alert must not name the wrong one. Each
    is unique (ignoring case) in the file and among the people the file leaves alone."""
    in_file = {row.id for row in rows}
    taken = {
        username.lower(): external_id
        for external_id, username in Person.objects.filter(organisation=organisation)
        .exclude(network_username="")
        .exclude(external_id__in=in_file)
        .values_list("external_id", "network_username")
    }
    problems = []
    for row in rows:
        key = row.network_username.lower()
        if not key:
            continue
        if key in taken:
            problems.append(
                Problem(row.line, "network_username", f"{row.network_username!r} is {taken[key]}'s")
            )
        taken.setdefault(key, row.id)
    if problems:
        raise Rejected(problems=problems)


def preview_people_csv(*, organisation: Organisation, file: IO[bytes]) -> ImportPreview:
    """What importing ``file`` would create, update and clear; nothing is written.

    Raises ``Rejected`` exactly as :func:`import_people_csv` would.
    """
    rows = _read_people_csv(organisation, file)
    given = rows[0].given if rows else frozenset()
    existing = {
        p.external_id: p
        for p in Person.objects.filter(organisation=organisation).only(
            "external_id",
            "date_of_birth",
            "roles",
            "line_manager",
            "progress_tutor",
            "network_username",
        )
    }
    with_affiliations = set(
        Affiliation.objects.filter(person__organisation=organisation).values_list(
            "person__external_id", flat=True
        )
    )
    relation_kinds = set(
        Relation.objects.filter(person__organisation=organisation).values_list(
            "person__external_id", "kind"
        )
    )
    clearings: list[Clearing] = []
    for row in rows:
        person = existing.get(row.id)
        if person is None:
            continue
        holds = {
            "date_of_birth": person.date_of_birth is not None and row.date_of_birth is None,
            "roles": bool(person.roles) and not row.roles,
            "line_manager": person.line_manager_id is not None and row.line_manager_id is None,
            "progress_tutor": person.progress_tutor_id is not None
            and row.progress_tutor_id is None,
            "network_username": bool(person.network_username) and not row.network_username,
            "affiliations": row.id in with_affiliations and not row.affiliations,
        }
        for kind in row.relation_kinds_given():
            has = (row.id, kind.value) in relation_kinds
            holds[kind.value] = has and not any(k == kind for k, _ in row.relations)
        clearings.extend(
            Clearing(row.line, row.id, name)
            for name, cleared in holds.items()
            if cleared and name in given
        )
    return ImportPreview(
        created=sum(1 for row in rows if row.id not in existing),
        updated=sum(1 for row in rows if row.id in existing),
        unchanged=tuple(f for f in FIELDS if f not in given),
        clearings=tuple(clearings),
    )


def import_people_csv(
    *, organisation: Organisation, file: IO[bytes], acting_user: Actor, source: str = ""
) -> PeopleImportSummary:
    """Add or update the people in a CSV file (columns: ``portal.people.csv_import``).

    All or nothing: when any row is bad, ``Rejected`` lists every problem with its
    line number and column, and nothing is written. Only the fields the file has a
    column for change; an empty cell in such a column clears that field.
    """
    rows = _read_people_csv(organisation, file)
    given = rows[0].given if rows else frozenset()
    try:
        with transaction.atomic():
            summary = _write(organisation, rows, given)
            write_audit_entry(
                acting_user=acting_user,
                organisation=organisation,
                verb="people.import",
                target=None,
                detail={
                    "source": source,
                    "rows": len(rows),
                    "created": summary.created,
                    "updated": summary.updated,
                    "fields": sorted(given),
                    "unchanged": [f for f in FIELDS if f not in given],
                },
            )
            if "affiliations" in given:
                affiliations_changed(
                    organisation=organisation, people=None, acting_user=acting_user
                )
    except IntegrityError:
        # Another import (or an edit) added one of these ids after we read the directory.
        raise Rejected(
            problems=[
                Problem(1, "", "the directory changed while importing; upload the file again")
            ],
            code="invalid_file",
        ) from None
    return summary


def _write(
    organisation: Organisation, rows: list[PersonRow], given: frozenset[str]
) -> PeopleImportSummary:
    written = write_rows(organisation, rows, given)
    if written.created or written.changed:
        directory_changed(organisation.pk)  # bulk writes send no signals
    return PeopleImportSummary(created=written.created, updated=written.updated)


def add_person(
    *,
    organisation: Organisation,
    external_id: str,
    name: str,
    date_of_birth: date | None = None,
    affiliations: list[tuple[AffiliationKind, date | None, date | None]] | None = None,
    roles: list[str] | None = None,
    line_manager: Person | None = None,
    progress_tutor: Person | None = None,
    user: User | None = None,
    network_username: str = "",
    acting_user: Actor,
) -> Person:
    """One new person in the directory (the demo data and tests use this)."""
    checked = check_roles(organisation, roles or [])
    with transaction.atomic():
        person = Person.objects.create(
            organisation=organisation,
            external_id=external_id,
            name=name,
            date_of_birth=date_of_birth,
            roles=checked,
            line_manager=line_manager,
            progress_tutor=progress_tutor,
            user=user,
            network_username=network_username,
        )
        Affiliation.objects.bulk_create(
            Affiliation(person=person, kind=kind.value, start=start, end=end)
            for kind, start, end in affiliations or []
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=organisation,
            verb="person.add",
            target=person,
            detail={"external_id": external_id},
        )
    return person


def add_relation(
    *, person: Person, kind: RelationKind, other: Person, acting_user: Actor
) -> Relation:
    """Record that ``person`` is ``kind`` of ``other`` (both in one organisation)."""
    if person.organisation_id != other.organisation_id:
        raise ValueError("a relation joins two people of the same organisation")
    with transaction.atomic():
        relation, _ = Relation.objects.get_or_create(person=person, kind=kind.value, other=other)
        write_audit_entry(
            acting_user=acting_user,
            organisation=person.organisation,
            verb="relation.add",
            target=relation,
            detail={"person": person.external_id, "kind": kind.value, "other": other.external_id},
        )
    return relation


def record_consent(
    *,
    person: Person,
    given_by: str,
    uses: list[str],
    given_on: date,
    given_by_person: Person | None = None,
    media: list[str] | None = None,
    withdrawn_on: date | None = None,
    source: str = "",
    acting_user: Actor,
) -> Consent:
    """Record a consent to use ``person``'s images or information for ``uses``, covering
    ``media`` (image, video, lesson_recording; all three by default)."""
    with transaction.atomic():
        consent = Consent.objects.create(
            person=person,
            given_by=given_by,
            given_by_person=given_by_person,
            uses=uses,
            media=list(media) if media is not None else ["image", "video", "lesson_recording"],
            given_on=given_on,
            withdrawn_on=withdrawn_on,
            source=source,
            recorded_by=acting_user if isinstance(acting_user, User) else None,
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=person.organisation,
            verb="consent.record",
            target=consent,
            detail={
                "person": person.external_id,
                "given_by": given_by,
                "uses": uses,
                "media": consent.media,
                "given_on": given_on.isoformat(),
                "source": source,
            },
        )
    return consent


def record_leaving(*, person: Person, on: date, acting_user: Actor) -> list[Affiliation]:
    """HR records that ``person`` leaves on ``on``: every affiliation still open then ends
    that day (the person is affiliated up to the day before). Apps acting on leavers
    (official accounts) hear of it on commit."""
    with transaction.atomic():
        ended = [
            a
            for a in person.affiliations.select_for_update()
            if (a.end is None or a.end > on) and (a.start is None or a.start < on)
        ]
        if not ended:
            message = f"{person.name} has no affiliation open on {on:%-d %B %Y}."
            raise Rejected(message, problems=[Problem(None, "leaving_date", message)])
        for affiliation in ended:
            affiliation.end = on
            affiliation.save(update_fields=["end"])
        person.updated_at = timezone.now()
        person.save(update_fields=["updated_at"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=person.organisation,
            verb="person.leaving",
            target=person,
            detail={"person": person.external_id, "on": on.isoformat(), "ended": len(ended)},
        )
        affiliations_changed(
            organisation=person.organisation, people=[person], acting_user=acting_user
        )
    return ended
