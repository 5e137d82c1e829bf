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
from portal.people.csv_import import PersonRow, decode
from portal.people.csv_import import parse_people_csv as parse
from portal.people.models import Affiliation, Consent, Person, Relation
from portal.types import Actor, User


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int

    @property
    def total(self) -> int:
        return self.created + self.updated


def import_people_csv(
    *, organisation: Organisation, file: IO[bytes], acting_user: Actor, source: str = ""
) -> ImportSummary:
    """Add or update the people in a CSV file (columns: ``portal.people.csv_import``).

    All or nothing: when any row is bad, ``Rejected`` lists every problem with its
    line number and column, and nothing is written.
    """
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
    existing_ids = set(
        Person.objects.filter(organisation=organisation).values_list("external_id", flat=True)
    )
    known_roles = set(organisation.pack().roles) | set(BASE_ROLES)
    today = timezone.localdate()
    rows = parse(text, existing_ids=existing_ids, known_roles=known_roles, today=today)
    try:
        with transaction.atomic():
            summary = _write(organisation, rows)
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
                },
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


def _write(organisation: Organisation, rows: list[PersonRow]) -> ImportSummary:
    now = timezone.now()
    by_id = {
        p.external_id: p
        for p in Person.objects.select_for_update().filter(organisation=organisation)
    }
    new = [
        Person(organisation=organisation, external_id=row.id, name=row.name, created_at=now)
        for row in rows
        if row.id not in by_id
    ]
    updated = [by_id[row.id] for row in rows if row.id in by_id]
    for person in Person.objects.bulk_create(new):
        by_id[person.external_id] = person
    for row in rows:
        person = by_id[row.id]
        person.name = row.name
        person.date_of_birth = row.date_of_birth
        person.roles = row.roles
        person.updated_at = now
        person.line_manager = by_id[row.line_manager_id] if row.line_manager_id else None
        person.progress_tutor = by_id[row.progress_tutor_id] if row.progress_tutor_id else None
    imported = [by_id[row.id] for row in rows]
    Person.objects.bulk_update(
        imported,
        ["name", "date_of_birth", "roles", "updated_at", "line_manager", "progress_tutor"],
        batch_size=500,
    )
    # The file is the source of truth for the affiliations and relations it lists.
    # Batches keep each statement under SQLite's limit on bound parameters.
    for start in range(0, len(updated), 500):
        batch = [p.pk for p in updated[start : start + 500]]
        Affiliation.objects.filter(person_id__in=batch).delete()
        Relation.objects.filter(person_id__in=batch).delete()
    Affiliation.objects.bulk_create(
        Affiliation(person=by_id[row.id], kind=a.kind.value, start=a.start, end=a.end)
        for row in rows
        for a in row.affiliations
    )
    Relation.objects.bulk_create(
        Relation(person=by_id[row.id], kind=kind.value, other=by_id[other])
        for row in rows
        for kind, other in row.relations
    )
    return ImportSummary(created=len(new), updated=len(updated))


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
    acting_user: Actor,
) -> Consent:
    """Record a consent to use ``person``'s images or information for ``uses``."""
    with transaction.atomic():
        consent = Consent.objects.create(
            person=person,
            given_by=given_by,
            given_by_person=given_by_person,
            uses=uses,
            given_on=given_on,
        )
        write_audit_entry(
            acting_user=acting_user,
            organisation=person.organisation,
            verb="consent.record",
            target=consent,
            detail={"person": person.external_id, "given_by": given_by, "uses": uses},
        )
    return consent
