"""The clause table (docs/clauses.md) is generated from the packs and the tagged tests."""

from __future__ import annotations

import pytest

from tests.clausemarks import TABLE, clause_index, known_clauses, render_table, session_table


def _full_run(config: pytest.Config) -> bool:
    """True when this session collected every test (no paths, -k, -m or deselection)."""
    option = config.option
    return (
        config.args_source == pytest.Config.ArgsSource.TESTPATHS
        and not option.keyword
        and not option.markexpr
        and not option.deselect
        and not getattr(option, "lf", False)
    )


def test_it_keeps_the_committed_table_current(request: pytest.FixtureRequest) -> None:
    if not _full_run(request.config):
        pytest.skip("the table is checked on a full run (make test), not on a selection")
    assert TABLE.exists(), "docs/clauses.md is missing: run `make clauses`"
    current = session_table(request.session.items)
    assert TABLE.read_text(encoding="utf-8") == current, (
        "docs/clauses.md is not what the packs and the tagged tests give: run `make clauses` "
        "and commit it (on a merge conflict in it, take either side and run it again)"
    )


def test_it_collects_one_row_per_test_and_clause() -> None:
    tagged = [
        ("tests/a.py::test_x[vts]", ["VTS-04"]),
        ("tests/a.py::test_x[nclt]", ["VTS-04", "NCLT-17"]),
        ("src/portal/cases/tests/test_b.py::test_y", ["NCLT-17"]),
        ("tests/a.py::test_untagged", []),
    ]
    assert clause_index(tagged) == {
        "VTS-04": ["tests/a.py::test_x"],
        "NCLT-17": ["src/portal/cases/tests/test_b.py::test_y", "tests/a.py::test_x"],
    }


def test_it_lists_every_bundled_clause_with_its_tests_and_portal_apps() -> None:
    table = render_table({"NCLT-10": ["src/portal/cases/tests/test_b.py::test_y"]})
    rows = [line for line in table.splitlines() if line.startswith("| ") and "-" in line[2:9]]
    assert len(rows) == len(known_clauses()) == 105
    row = next(r for r in rows if r.startswith("| NCLT-10 |"))
    assert "portal cases" in row and "`src/portal/cases/tests/test_b.py::test_y`" in row
    untested = next(r for r in rows if r.startswith("| VTS-16 |"))
    assert untested.endswith("| no test yet |")  # its means are the pack's
