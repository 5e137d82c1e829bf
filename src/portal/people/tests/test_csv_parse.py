"""Reading a people CSV: every problem reported with its line and column (no database)."""

from __future__ import annotations

from datetime import date

import pytest

from policyguard import AffiliationKind, RelationKind
from portal.errors import Rejected as ImportRejected
from portal.people.csv_import import PersonRow, decode, parse_people_csv

ROLES = {"staff", "student", "dsl", "hr"}
TODAY = date(2026, 11, 21)


def parse(text: str, existing: set[str] | None = None) -> list[PersonRow]:
    return parse_people_csv(text, existing_ids=existing or set(), known_roles=ROLES, today=TODAY)


def problems(text: str, existing: set[str] | None = None) -> list[tuple[int | None, str]]:
    with pytest.raises(ImportRejected) as caught:
        parse(text, existing)
    return [(p.line, p.field) for p in caught.value.problems]


def test_it_reads_every_column() -> None:
    rows = parse(
        "ID,Name,Date of birth,kind,start_date,leaving_date,affiliations,roles,"
        "line_manager_id,progress_tutor_id,parent_of,family_of\n"
        "S1,Ann  Smith,1980-01-02,staff,2015-09-01,,,staff; dsl,,,,\n"
        "L1,Ben Smith,05/06/2010,student,2025-09-01,2027-07-01,applicant:2025-01-10:2025-09-01,"
        "student,,S1,,\n"
        "P1,Cara Smith,,parent,,,,,,,L1,S1\n"
    )
    ann, ben, cara = rows
    assert (ann.name, ann.roles, ann.date_of_birth) == (
        "Ann Smith",
        ["staff", "dsl"],
        date(1980, 1, 2),
    )
    assert ben.date_of_birth == date(2010, 6, 5)  # DD/MM/YYYY, the UK way
    assert [(a.kind, a.start, a.end) for a in ben.affiliations] == [
        (AffiliationKind.STUDENT, date(2025, 9, 1), date(2027, 7, 1)),
        (AffiliationKind.APPLICANT, date(2025, 1, 10), date(2025, 9, 1)),
    ]
    assert ben.progress_tutor_id == "S1"
    assert cara.relations == [(RelationKind.PARENT_OF, "L1"), (RelationKind.FAMILY_OF, "S1")]


def test_it_accepts_a_byte_order_mark_and_blank_lines() -> None:
    text = decode("\ufeffid,name\r\nS1,Ann\r\n\r\nS2,Bea\r\n\r\n".encode())
    assert [row.id for row in parse(text)] == ["S1", "S2"]


def test_it_rejects_text_that_is_not_utf8() -> None:
    with pytest.raises(ImportRejected, match=r"not UTF-8.*CSV UTF-8") as caught:
        decode("id,name\nS1,Zo\u00eb\n".encode("cp1252"))
    assert caught.value.problems[0].line == 2


def test_it_rejects_an_empty_file() -> None:
    assert problems("") == [(1, "")]


def test_it_needs_a_header_naming_id_and_name() -> None:
    # The first line is data, not a header: both required columns are missing and the
    # data cells are unknown column names.
    found = problems("S1,Ann Smith\n")
    assert (1, "id, name") in found
    assert (1, "s1") in found


def test_it_names_unknown_and_repeated_columns() -> None:
    assert problems("id,name,email,name\nS1,Ann,a@x,Ann\n") == [(1, "name"), (1, "email")]


def test_it_reports_every_bad_row_with_its_line_and_column() -> None:
    text = (
        "id,name,date_of_birth,kind,start_date,leaving_date,roles\n"
        "S1,Ann,1980-13-01,staff,,,\n"  # line 2: no 13th month
        "S2,,1981-01-01,staff,,,\n"  # line 3: no name
        "S3,Cy,,wizard,,,\n"  # line 4: unknown kind
        "S4,Di,,student,2025-09-01,2025-01-01,\n"  # line 5: leaves before starting
        "S5,Ed,,,2025-09-01,,\n"  # line 6: dates without a kind
        "S6,Flo,,,,,principal\n"  # line 7: unknown role
        "S7,Gus,2030-01-01,,,,\n"  # line 8: born in the future
        "S 8,Hal,,,,,\n"  # line 9: space in id
        "S9,Ivy\n"  # line 10: too few values
    )
    assert problems(text) == [
        (2, "date_of_birth"),
        (3, "name"),
        (4, "kind"),
        (5, "leaving_date"),
        (6, "kind"),
        (7, "roles"),
        (8, "date_of_birth"),
        (9, "id"),
        (10, ""),
    ]


def test_it_reports_duplicate_ids_with_the_first_line() -> None:
    with pytest.raises(ImportRejected, match="line 3, id: 'S1' is already on line 2"):
        parse("id,name\nS1,Ann\nS1,Ann again\n")


def test_it_checks_references_against_the_file_and_the_directory() -> None:
    text = (
        "id,name,line_manager_id,progress_tutor_id,parent_of\n"
        "S1,Ann,OLD1,,\n"  # OLD1 is already in the directory
        "S2,Bea,S1,NOPE,\n"  # NOPE is nowhere
        "P1,Cy,,,P1\n"  # parent of themself
    )
    assert problems(text, existing={"OLD1"}) == [(3, "progress_tutor_id"), (4, "parent_of")]


def test_line_numbers_count_physical_lines_of_quoted_fields() -> None:
    text = 'id,name,kind\nS1,"Ann\nSmith",staff\nS2,Bea,pirate\n'
    assert problems(text) == [(4, "kind")]


def test_it_rejects_nul_bytes_and_broken_quoting() -> None:
    assert problems("id,name\nS1,A\x00nn\n") == [(1, "")]
    assert problems('id,name\nS1,"Ann\n') == [(2, "")]


def test_a_bad_date_is_reported_under_its_own_column() -> None:
    text = "id,name,kind,start_date,leaving_date\nS1,Ann,staff,soon,\nS2,Bo,staff,,later\n"
    assert problems(text) == [(2, "start_date"), (3, "leaving_date")]


def test_an_impossible_day_is_not_called_a_format_error() -> None:
    with pytest.raises(ImportRejected) as caught:
        parse("id,name,date_of_birth\nS1,Ann,31/02/2009\n")
    (problem,) = caught.value.problems
    assert "no such day" in problem.message and "write YYYY-MM-DD" not in problem.message


def test_line_managers_may_not_go_round_in_a_loop() -> None:
    text = "id,name,line_manager_id\nA,Ann,B\nB,Bo,C\nC,Cy,A\nD,Di,A\n"
    assert problems(text) == [
        (2, "line_manager_id"),
        (3, "line_manager_id"),
        (4, "line_manager_id"),
    ]


def test_a_loop_through_the_directory_is_refused_too() -> None:
    # X is managed by A in the directory; the file makes A managed by X.
    with pytest.raises(ImportRejected) as caught:
        parse_people_csv(
            "id,name,line_manager_id\nA,Ann,X\n",
            existing_ids={"X"},
            known_roles=set(),
            today=date(2026, 11, 21),
            existing_managers={"X": "A"},
        )
    assert "A -> X -> A" in caught.value.problems[0].message
