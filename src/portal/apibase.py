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

from typing import Any

from django.http import HttpRequest
from ninja import Schema

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
