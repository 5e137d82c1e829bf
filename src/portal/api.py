"""The JSON API at ``/api/v1/``, with OpenAPI docs at ``/api/docs``.

Every error, whatever raised it, has one shape with a stable ``code``::

    {"error": {"code": "invalid_event", "message": "…",
               "problems": [{"field": "target", "message": "…"}]}}

Authentication is a bearer token (``Authorization: Bearer pg_…``) made by
``python -m portal create_api_token USERNAME``; it acts as its user, within that
user's memberships.
"""

from __future__ import annotations

import json
from typing import Any, cast

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.parser import Parser
from ninja.security import HttpBearer

from policyguard import EventError, clean_tree
from portal.apitokens.queries import user_for_token
from portal.decisions.api import router as decisions_router
from portal.errors import NotAuthenticated, PortalError, Problem, Rejected, TooLarge
from portal.organisations.api import router as organisations_router
from portal.types import User


class CleanJsonParser(Parser):
    """JSON bodies with control characters taken out of every string (NUL in a draft
    or a search term failed the write on PostgreSQL; see ``policyguard.sanitize``)."""

    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        return cast(dict[str, Any], clean_tree(json.loads(request.body)))


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> User | None:
        return user_for_token(token)


api = NinjaAPI(
    title="policyguard",
    version="1",
    description=(
        "Decisions under an organisation's policy pack, with the clauses and evidence "
        "behind them. Authenticate with `Authorization: Bearer <token>`."
    ),
    auth=TokenAuth(),
    parser=CleanJsonParser(),
    urls_namespace="api",
    docs_url="/docs",
)


# At most this many problems in one answer (a batch of records can have thousands).
_PROBLEMS_SHOWN = 100


def _portal_error(exc: Exception) -> PortalError:
    """``exc`` in the portal's error tree: the core's and django-ninja's errors too."""
    if isinstance(exc, PortalError):
        return exc
    if isinstance(exc, EventError):
        problems = [Problem(None, p.field, p.message) for p in exc.problems]
        return Rejected("the event is not valid", problems=problems, code="invalid_event")
    if isinstance(exc, RequestDataTooBig):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024 // 1024
        return TooLarge(f"the body is larger than the server accepts ({limit} MB)")
    if isinstance(exc, AuthenticationError):
        return NotAuthenticated("send a valid API token: Authorization: Bearer <token>")
    if isinstance(exc, ValidationError):
        problems = [
            Problem(None, ".".join(str(p) for p in e.get("loc", ())), str(e.get("msg", "")))
            for e in exc.errors
        ]
        return Rejected("the request is not valid", problems=problems)
    assert isinstance(exc, HttpError)
    error = PortalError(exc.message, code="http_error")
    error.status = exc.status_code
    return error


def _error_response(request: HttpRequest, exc: Exception | type[Exception]) -> HttpResponse:
    """The API's one error shape, for every error it answers."""
    assert isinstance(exc, Exception)  # ninja's handler type allows a class; it passes one
    error = _portal_error(exc)
    problems = [
        {"field": p.location(), "message": p.message} for p in error.problems[:_PROBLEMS_SHOWN]
    ]
    body = {"error": {"code": error.code, "message": error.message, "problems": problems}}
    response = api.create_response(request, body, status=error.status)
    if isinstance(error, NotAuthenticated):
        response["WWW-Authenticate"] = "Bearer"
    return response


for _kind in (
    PortalError,
    EventError,
    RequestDataTooBig,
    AuthenticationError,
    ValidationError,
    HttpError,
):
    api.add_exception_handler(_kind, _error_response)

api.add_router("/v1/", organisations_router)
api.add_router("/v1/", decisions_router)
api.add_router("/v1/", "portal.moderation.api.router")
api.add_router("/v1/", "portal.monitoring.api.router")
api.add_router("/v1/", "portal.cases.api.router")
api.add_router("/v1/", "portal.consent.api.router")
api.add_router("/v1/", "portal.training.api.router")
api.add_router("/v1/", "portal.compliance.api.router")
