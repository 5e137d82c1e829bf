"""The API's one error type and its JSON shape (see ``portal.api``)."""

from __future__ import annotations

from typing import Any

from ninja import Schema


class ProblemOut(Schema):
    field: str
    message: str


class ErrorDetail(Schema):
    code: str
    message: str
    problems: list[ProblemOut] = []


class ErrorOut(Schema):
    error: ErrorDetail


class ApiError(Exception):
    """An API failure with its HTTP status and stable code."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        problems: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.problems = problems or []


def not_found(what: str = "organisation") -> ApiError:
    return ApiError(404, "not_found", f"no such {what}, or you are not a member of it")


ERROR_RESPONSES: dict[int, Any] = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    413: ErrorOut,
    422: ErrorOut,
}
