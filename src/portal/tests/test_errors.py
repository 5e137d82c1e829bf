"""The portal's one error tree: codes, statuses, problems, and Django's own 404/403."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from portal.errors import Forbidden, NotAllowedNow, NotFound, PortalError, Problem, Rejected


def test_it_names_where_a_problem_is() -> None:
    row = Problem(3, "name", "give a name")
    record = Problem(4, "url", "not a URL", unit="record")
    request = Problem(None, "account", "one of: @x")
    assert [str(row), str(record), str(request)] == [
        "line 3, name: give a name",
        "record 4, url: not a URL",
        "account: one of: @x",
    ]
    assert [row.location(), record.location(), request.location()] == [
        "lines.3.name",
        "records.4.url",
        "account",
    ]
    assert (
        Problem(2, "", "not JSON", unit="record").render("d.jsonl") == "d.jsonl:2: record: not JSON"
    )


def test_it_counts_the_problems_when_a_rejection_gives_no_message() -> None:
    error = Rejected(problems=[Problem(2, "id", "missing"), Problem(3, "", "not CSV")])
    assert (error.status, error.code) == (422, "invalid_request")
    assert error.message == "2 problem(s); nothing was stored"
    assert str(error) == "2 problem(s); nothing was stored: line 2, id: missing; line 3: not CSV"
    assert Rejected(problems=[], code="invalid_file").code == "invalid_file"


def test_it_is_djangos_404_and_403_for_pages() -> None:
    assert isinstance(NotFound("draft"), Http404)
    assert NotFound("draft").message == "no such draft, or you are not a member of it"
    assert isinstance(Forbidden("staff only"), PermissionDenied)
    assert all(
        issubclass(kind, PortalError) for kind in (NotFound, Forbidden, NotAllowedNow, Rejected)
    )
    assert (NotAllowedNow("closed").status, NotAllowedNow("closed").code) == (
        409,
        "not_allowed_now",
    )
