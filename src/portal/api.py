"""The JSON API at ``/api/v1/``, with OpenAPI docs at ``/api/docs``.

Every error, whatever raised it, has one shape with a stable ``code``::

    {"error": {"code": "invalid_event", "message": "…",
               "problems": [{"field": "target", "message": "…"}]}}

Authentication is a bearer token (``Authorization: Bearer pg_…``) made by
``python -m portal create_api_token USERNAME``; it acts as its user, within that
user's memberships.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer

from policyguard import EventError
from portal.apierrors import ApiError
from portal.apitokens.queries import user_for_token
from portal.decisions.api import router as decisions_router
from portal.organisations.api import router as organisations_router
from portal.types import User


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
    urls_namespace="api",
    docs_url="/docs",
)


def _error(request: HttpRequest, error: ApiError) -> HttpResponse:
    body = {
        "error": {
            "code": error.code,
            "message": error.message,
            "problems": [{"field": f, "message": m} for f, m in error.problems],
        }
    }
    return api.create_response(request, body, status=error.status)


@api.exception_handler(ApiError)
def _api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
    return _error(request, exc)


@api.exception_handler(EventError)
def _event_error(request: HttpRequest, exc: EventError) -> HttpResponse:
    problems = [(p.field, p.message) for p in exc.problems]
    return _error(request, ApiError(422, "invalid_event", "the event is not valid", problems))


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    error = ApiError(
        401, "not_authenticated", "send a valid API token: Authorization: Bearer <token>"
    )
    response = _error(request, error)
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    problems = [
        (".".join(str(p) for p in e.get("loc", ())), str(e.get("msg", ""))) for e in exc.errors
    ]
    return _error(request, ApiError(422, "invalid_request", "the request is not valid", problems))


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return _error(request, ApiError(exc.status_code, "http_error", exc.message))


api.add_router("/v1/", organisations_router)
api.add_router("/v1/", decisions_router)
api.add_router("/v1/", "portal.moderation.api.router")
api.add_router("/v1/", "portal.monitoring.api.router")
