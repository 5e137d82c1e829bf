"""import_people_csv: all or nothing, audited, re-runnable."""

from __future__ import annotations

import io
from datetime import date

import pytest

from portal.audit.models import AuditEntry
from portal.errors import Rejected as ImportRejected
from portal.organisations.models import Organisation
from portal.people.actions import import_people_csv
from portal.people.models import Affiliation, Person, Relation
from portal.types import User

GOOD = (
    "id,name,date_of_birth,kind,start_date,leaving_date,roles,line_manager_id,progress_tutor_id,"
    "parent_of,family_of\n"
    "S1,Ann Smith,1980-01-02,staff,2015-09-01,,staff;dsl,,,,\n"
    "S2,Bea Jones,1985-01-02,staff,2018-09-01,,staff,S1,,,\n"
    "L1,Cal Jones,2010-03-04,student,2025-09-01,,student,,S2,,\n"
    "P1,Dee Jones,,parent,,,,,,L1,S2\n"
)


def run(organisation: Organisation, text: str | bytes, user: User | None = None) -> object:
    data = text.encode() if isinstance(text, str) else text
    return import_people_csv(organisation=organisation, file=io.BytesIO(data), acting_user=user)


def test_it_imports_people_with_their_links(oakfield: Organisation, alice: User) -> None:
    summary = run(oakfield, GOOD, alice)
    assert (summary.created, summary.updated) == (4, 0)  # type: ignore[attr-defined]
    cal = Person.objects.get(organisation=oakfield, external_id="L1")
    assert cal.progress_tutor is not None and cal.progress_tutor.external_id == "S2"
    core = cal.to_core()
    assert core.is_("student", date(2026, 11, 21))  # type: ignore[arg-type]
    dee = Person.objects.get(external_id="P1")
    assert sorted(r.kind for r in dee.relations.all()) == ["family_of", "parent_of"]
    assert Person.objects.get(external_id="S1").roles == ["staff", "dsl"]


def test_it_writes_one_audit_row(oakfield: Organisation, alice: User) -> None:
    run(oakfield, GOOD, alice)
    entry = AuditEntry.objects.get(verb="people.import")
    assert entry.actor_name == "alice"
    assert entry.organisation == oakfield
    assert entry.detail["created"] == 4


def test_one_bad_row_means_nothing_is_written(oakfield: Organisation, alice: User) -> None:
    bad = GOOD + "L2,Eve Jones,2010-02-30,student,,,,,,,\n"  # 30 February, line 6
    with pytest.raises(ImportRejected) as caught:
        run(oakfield, bad, alice)
    assert [(p.line, p.field) for p in caught.value.problems] == [(6, "date_of_birth")]
    assert not Person.objects.filter(organisation=oakfield).exists()
    assert not AuditEntry.objects.filter(verb="people.import").exists()


def test_it_updates_people_already_in_the_directory(oakfield: Organisation, alice: User) -> None:
    run(oakfield, GOOD, alice)
    # Cal leaves; Dee is no longer listed as family of Bea.
    again = (
        "id,name,kind,start_date,leaving_date,parent_of\n"
        "L1,Cal Jones,student,2025-09-01,2026-07-01,\n"
        "P1,Dee Jones,parent,,,L1\n"
    )
    summary = run(oakfield, again, alice)
    assert (summary.created, summary.updated) == (0, 2)  # type: ignore[attr-defined]
    cal = Person.objects.get(external_id="L1")
    assert [(a.kind, a.end) for a in cal.affiliations.all()] == [("student", date(2026, 7, 1))]
    assert list(
        Relation.objects.filter(person__external_id="P1").values_list("kind", flat=True)
    ) == ["parent_of"]
    assert Affiliation.objects.filter(person__organisation=oakfield).count() == 4


def test_references_may_point_into_the_existing_directory(
    oakfield: Organisation, directory: dict[str, Person]
) -> None:
    run(oakfield, "id,name,line_manager_id\nS9,New Starter,S001\n")
    assert Person.objects.get(external_id="S9").line_manager == directory["S001"]


def test_ids_are_per_organisation(oakfield: Organisation, elmbrook: Organisation) -> None:
    run(oakfield, "id,name\nX1,Oak Person\n")
    run(elmbrook, "id,name\nX1,Elm Person\n")
    # Elmbrook's X1 cannot be referred to from Oakfield's file as a known id.
    with pytest.raises(ImportRejected, match="no person with id 'X2'"):
        run(oakfield, "id,name,line_manager_id\nX3,Someone,X2\n")
    assert Person.objects.filter(external_id="X1").count() == 2


def test_it_refuses_a_file_over_the_size_limit(oakfield: Organisation, settings: object) -> None:
    settings.POLICYGUARD_CSV_MAX_BYTES = 100  # type: ignore[attr-defined]
    with pytest.raises(ImportRejected, match="larger than"):
        run(oakfield, GOOD)
