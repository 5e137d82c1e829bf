"""The portal's errors: one tree, each with a stable code, a message for a person and the
problems behind it (which line, which field, why).

PortalError            base: code, message, problems; ``status`` is the API's HTTP status
├── NotAuthenticated   401 not_authenticated: no valid API token
├── NotFound           404 not_found: no such object, or none this user may see (alike)
├── Forbidden          403 forbidden: the user may see it, but may not do this
├── NotAllowedNow      409 not_allowed_now: the step does not fit the object's state now
├── Rejected           422 invalid_request: the input has problems; nothing was written
├── TooLarge           413 too_large: the request body is larger than the server accepts
└── RateLimited        429 rate_limited: too many requests from one place; try later

Actions and queries raise these; the API turns any of them into its one JSON shape
(``portal.api``), and pages show the message. ``NotFound`` is also Django's ``Http404``
and ``Forbidden`` its ``PermissionDenied``, so a view need not translate them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.http import Http404


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where (``unit`` ``line``, e.g. "line 3", or
    "record", "entry"; no line for a single form or request), which field, and why."""

    line: int | None
    field: str
    message: str
    unit: str = "line"

    def __str__(self) -> str:
        where = f"{self.unit} {self.line}" if self.line is not None else ""
        if self.field:
            where = f"{where}, {self.field}" if where else self.field
        return f"{where}: {self.message}" if where else self.message

    def render(self, source: str) -> str:
        """``source:line: field: message``, as compilers write it, for files."""
        return f"{source}:{self.line}: {self.field or self.unit}: {self.message}"

    def location(self) -> str:
        """The dotted place of the problem, as the API names it (``records.4.url``)."""
        if self.line is None:
            return self.field
        return f"{self.unit}s.{self.line}" + (f".{self.field}" if self.field else "")


class PortalError(Exception):
    """Base of every error the portal raises on purpose."""

    status = 400
    code = "bad_request"

    def __init__(
        self,
        message: str,
        *,
        problems: Sequence[Problem] = (),
        code: str | None = None,
    ) -> None:
        self.message = message
        self.problems = list(problems)
        if code is not None:
            self.code = code
        shown = "; ".join(str(p) for p in self.problems[:5])
        super().__init__(f"{message}: {shown}" if shown else message)


class NotAuthenticated(PortalError):
    status = 401
    code = "not_authenticated"


class NotFound(PortalError, Http404):
    status = 404
    code = "not_found"

    def __init__(self, what: str = "organisation") -> None:
        super().__init__(f"no such {what}, or you are not a member of it")


class Forbidden(PortalError, PermissionDenied):
    status = 403
    code = "forbidden"


class NotAllowedNow(PortalError):
    status = 409
    code = "not_allowed_now"


class Rejected(PortalError):
    status = 422
    code = "invalid_request"

    def __init__(
        self, message: str = "", *, problems: Sequence[Problem] = (), code: str | None = None
    ) -> None:
        message = message or f"{len(problems)} problem(s); nothing was stored"
        super().__init__(message, problems=problems, code=code)


class TooLarge(PortalError):
    status = 413
    code = "too_large"


class RateLimited(PortalError):
    status = 429
    code = "rate_limited"
