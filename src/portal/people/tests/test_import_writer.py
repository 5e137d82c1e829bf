"""How an import writes: every field of a new person at once (in layers when people of
the file manage or tutor each other, in any order), nothing for people who have not
changed, and the changes only for those who have."""

from __future__ import annotations

import io
from datetime import date, timedelta

import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.organisations.models import Organisation
from portal.people.actions import import_people_csv
from portal.people.models import Affiliation, Person, Relation

HEADER = "id,name,date_of_birth,kind,start_date,roles,line_manager_id,progress_tutor_id,parent_of\n"
# Managers and tutors named before and after the people they manage, three levels deep,
# and a pair who tutor each other (no order inserts them one after the other).
FILE = HEADER + (
    "L1,Cal,2010-03-04,student,2025-09-01,,,S3,\n"
    "S3,Dan,1990-01-01,staff,2019-09-01,dsl,S2,,\n"
    "S2,Bea,1985-01-02,staff,2018-09-01,,S1,,\n"
    "S1,Ann,1980-01-02,staff,2015-09-01,,,,\n"
    "A1,Eve,1990-01-01,staff,,,,A2,\n"
    "A2,Fay,1990-01-01,staff,,,,A1,\n"
    "P1,Gus,,parent,,,,,L1\n"
)


def run(organisation: Organisation, text: str) -> object:
    return import_people_csv(
        organisation=organisation, file=io.BytesIO(text.encode()), acting_user=None
    )


def facts(organisation: Organisation) -> dict[str, tuple[object, ...]]:
    return {
        p.external_id: (
            p.name,
            p.date_of_birth,
            tuple(p.roles),
            p.line_manager.external_id if p.line_manager else None,
            p.progress_tutor.external_id if p.progress_tutor else None,
            tuple((a.kind, a.start) for a in p.affiliations.all()),
            tuple((r.kind, r.other.external_id) for r in p.relations.all()),
        )
        for p in Person.objects.filter(organisation=organisation).select_related(
            "line_manager", "progress_tutor"
        )
    }


def test_new_people_arrive_whole_whatever_the_order_of_the_file(oakfield: Organisation) -> None:
    run(oakfield, FILE)
    found = facts(oakfield)
    assert found["L1"][3:5] == (None, "S3")
    assert found["S3"][2:4] == (("dsl",), "S2")
    assert found["S2"][3] == "S1"
    assert (found["A1"][4], found["A2"][4]) == ("A2", "A1")
    assert found["P1"][6] == (("parent_of", "L1"),)


def test_an_unchanged_file_writes_nothing(oakfield: Organisation) -> None:
    run(oakfield, FILE)
    before = facts(oakfield)
    stamps = dict(Person.objects.values_list("external_id", "updated_at"))
    later = timezone.now() + timedelta(days=1)
    with time_machine.travel(later, tick=False), CaptureQueriesContext(connection) as queries:
        run(oakfield, FILE)
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].startswith(("INSERT", "UPDATE", "DELETE")) and "audit" not in q["sql"]
    ]
    assert writes == []
    assert facts(oakfield) == before
    assert dict(Person.objects.values_list("external_id", "updated_at")) == stamps


def test_only_what_changed_is_written(oakfield: Organisation) -> None:
    run(oakfield, FILE)
    changed = FILE.replace(
        "S2,Bea,1985-01-02,staff,2018-09-01,,S1,,", "S2,Bea,1985-01-02,staff,2018-09-01,,,,"
    )
    changed = changed.replace(
        "L1,Cal,2010-03-04,student,2025-09-01", "L1,Cal,2010-03-04,student,2025-09-02"
    )
    changed = changed.replace("P1,Gus,,parent,,,,,L1", "P1,Gus,,parent,,,,,")
    stamps = dict(Person.objects.values_list("external_id", "updated_at"))
    later = timezone.now() + timedelta(days=1)
    with time_machine.travel(later, tick=False):
        summary = run(oakfield, changed)
    assert (summary.created, summary.updated) == (0, 7)  # type: ignore[attr-defined]
    found = facts(oakfield)
    assert found["S2"][3] is None
    assert found["L1"][5] == (("student", date(2025, 9, 2)),)
    assert found["P1"][6] == ()
    moved = {
        i
        for i, stamp in Person.objects.values_list("external_id", "updated_at")
        if stamp != stamps[i]
    }
    assert moved == {"S2"}  # the only person row that changed; L1 and P1 changed elsewhere
    assert Affiliation.objects.filter(person__external_id="S1").count() == 1
    assert not Relation.objects.exists()
