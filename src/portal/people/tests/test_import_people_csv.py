"""import_people_csv: all or nothing, audited, re-runnable."""

from __future__ import annotations

import io
from datetime import date

import pytest

from portal.audit.models import AuditEntry
from portal.decisions.actions import decide_event
from portal.errors import Rejected as ImportRejected
from portal.organisations.models import Organisation
from portal.people.actions import import_people_csv, preview_people_csv
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
    # Cal leaves; Dee's parent_of relations are restated. The file has no family_of
    # column, so Dee stays family of Bea.
    again = (
        "id,name,kind,start_date,leaving_date,parent_of\n"
        "L1,Cal Jones,student,2025-09-01,2026-07-01,\n"
        "P1,Dee Jones,parent,,,L1\n"
    )
    summary = run(oakfield, again, alice)
    assert (summary.created, summary.updated) == (0, 2)  # type: ignore[attr-defined]
    cal = Person.objects.get(external_id="L1")
    assert [(a.kind, a.end) for a in cal.affiliations.all()] == [("student", date(2026, 7, 1))]
    assert sorted(
        Relation.objects.filter(person__external_id="P1").values_list("kind", flat=True)
    ) == ["family_of", "parent_of"]
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


def _facts(person: Person) -> tuple[object, ...]:
    person.refresh_from_db()
    return (
        person.date_of_birth,
        person.roles,
        person.line_manager_id,
        person.progress_tutor_id,
        sorted((a.kind, a.start, a.end) for a in person.affiliations.all()),
        sorted((r.kind, r.other_id) for r in person.relations.all()),
    )


def test_a_file_of_ids_and_names_changes_nothing_else(oakfield: Organisation, alice: User) -> None:
    run(oakfield, GOOD, alice)
    people = list(Person.objects.filter(organisation=oakfield).order_by("external_id"))
    before = [_facts(p) for p in people]
    summary = run(oakfield, "id,name\nS1,Ann Smith-Cole\nS2,Bea Jones\nL1,Cal Jones\nP1,Dee\n")
    assert summary.updated == 4  # type: ignore[attr-defined]
    assert [_facts(p) for p in people] == before
    assert Person.objects.get(external_id="S1").name == "Ann Smith-Cole"
    entry = AuditEntry.objects.filter(verb="people.import").first()
    assert entry is not None and "date_of_birth" in entry.detail["unchanged"]


def test_an_empty_cell_in_a_present_column_clears_and_the_preview_says_so(
    oakfield: Organisation, alice: User
) -> None:
    run(oakfield, GOOD, alice)
    text = (
        "id,name,date_of_birth,roles,parent_of\nS1,Ann Smith,,staff,\nP1,Dee Jones,1970-01-01,,\n"
    )
    preview = preview_people_csv(organisation=oakfield, file=io.BytesIO(text.encode()))
    assert (preview.created, preview.updated) == (0, 2)
    assert [(c.line, c.person_id, c.field) for c in preview.clearings] == [
        (2, "S1", "date_of_birth"),
        (3, "P1", "parent_of"),
    ]
    assert "line_manager" in preview.unchanged and "family_of" in preview.unchanged
    assert Person.objects.get(external_id="S1").date_of_birth is not None  # nothing written
    run(oakfield, text, alice)
    ann = Person.objects.get(external_id="S1")
    assert ann.date_of_birth is None and ann.roles == ["staff"]
    dee = Person.objects.get(external_id="P1")
    assert list(dee.relations.values_list("kind", flat=True)) == ["family_of"]


def test_a_decision_is_the_same_after_a_partial_reimport(
    oakfield: Organisation, directory: dict[str, Person], alice: User
) -> None:
    # A tutor's friend request to their current student; a file of ids and names once
    # wiped the student's affiliation and date of birth, and the answer became "allow".
    event = {
        "kind": "connection",
        "at": "2026-11-21T10:00:00+00:00",
        "actor": "T001",
        "target": "L001",
        "action": "friend_request",
        "platform": "facebook",
    }
    before, _ = decide_event(organisation=oakfield, event=event, acting_user=alice)
    names = "".join(f"{p.external_id},{p.name}\n" for p in directory.values())
    run(oakfield, "id,name\n" + names, alice)
    after, _ = decide_event(organisation=oakfield, event=event, acting_user=alice)
    assert before.outcome == "block"
    assert (after.outcome, after.clauses) == (before.outcome, before.clauses)
