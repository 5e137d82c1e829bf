"""What every API router uses: the authenticated request, the organisation it acts in,
and the error shape (``portal.api`` answers every ``PortalError`` with it).

    @router.get("orgs/{org}/things", response={200: list[ThingOut], **ERROR_RESPONSES})
    def list_things(request: ApiRequest, org: str) -> list[ThingOut]:
        access = api_access(request, org)            # NotFound (404) for a non-member
        if not can_see_things(access):
            raise Forbidden("things are for the office")
        return [_out(t) for t in things_for(request.auth, access)]
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja import Schema

from portal.accounts.throttle import allow
from portal.errors import Problem, RateLimited, Rejected
from portal.organisations.queries import Access, access_to
from portal.types import User


class ApiRequest(HttpRequest):
    """A request the API has authenticated: ``auth`` is the token's user."""

    auth: User


def api_access(request: ApiRequest, org: str) -> Access:
    """The token user's access to organisation ``org``; NotFound alike for an unknown
    organisation and for one the user is not a member of."""
    return access_to(request.auth, org)


class ProblemOut(Schema):
    field: str
    message: str


class ErrorDetail(Schema):
    code: str
    message: str
    problems: list[ProblemOut] = []


class ErrorOut(Schema):
    error: ErrorDetail


ERROR_RESPONSES: dict[int, Any] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    413: ErrorOut,
    422: ErrorOut,
    429: ErrorOut,
}


def throttle_imports(request: ApiRequest) -> None:
    """Count one import by the token's user; RateLimited (429) past
    ``POLICYGUARD_API_IMPORTS_PER_HOUR`` in the hour (an atomic database counter, so
    parallel requests cannot all slip under it)."""
    limit = settings.POLICYGUARD_API_IMPORTS_PER_HOUR
    if not allow(f"api-import:{request.auth.pk}", limit=limit, per=3600):
        raise RateLimited(f"more than {limit} imports this hour: try again later")


def records_as_csv(records: Sequence[Mapping[str, str | None]], columns: Sequence[str]) -> str:
    """JSON records as the CSV file an import reads, so that the API checks them exactly
    as the file import does: one column per name in ``columns`` that any record gives
    (a record without it gets an empty cell), one line per record after the header. A
    line break inside a value becomes a space (the fields are one-line notes), so record
    N is always line N + 2 and :func:`by_record` names the right one."""
    present = [c for c in columns if any(r.get(c) is not None for r in records)]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(present)
    for record in records:
        writer.writerow([" ".join((record.get(c) or "").splitlines()) for c in present])
    return out.getvalue()


def by_record(exc: Rejected) -> Rejected:
    """A file import's problems (line 2 is the first record) named by record instead, as
    the API answers them (``records.0.status``)."""
    problems = [
        Problem(
            None if p.line is None or p.line < 2 else p.line - 2,
            p.field,
            p.message,
            unit="record",
        )
        for p in exc.problems
    ]
    return Rejected(exc.message, problems=problems, code=exc.code)
