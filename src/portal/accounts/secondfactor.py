"""Two-factor sign-in (TOTP with recovery codes, by django-otp) and who must use it.

The people who hold the most sensitive data must prove a second factor before the portal
shows them anything: anyone holding a role in ``SECOND_FACTOR_ROLES`` (the DSL, the
safeguarding team, HR) or the role an organisation's pack sends safeguarding alerts to
(``web.search_terms.alert_role``, whatever it is called) in any organisation, every
organisation administrator, and every Django staff user (``/admin/``).
:class:`SecondFactorMiddleware` sends them, once signed in with their password, to enrol
an authenticator (first time) or to enter a code.

Other apps demand a verified second factor for a view, whatever the reader's role, with
:func:`require_second_factor`::

    @login_required
    @require_second_factor
    def case_detail(request, org, case_id): ...

or, after a view's own access check (so that someone without access still gets a plain
"forbidden" rather than a request to enrol), with :func:`demand_second_factor`::

    access = _alerts_access(request, org)   # 403/404 first
    demand_second_factor(request)           # then enrol or enter a code, and come back

and test for it with :func:`has_second_factor`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django_otp import user_has_device

from portal.types import User

SECOND_FACTOR_ROLES = frozenset({"dsl", "safeguarding_team", "hr"})

# Pages a signed-in user who still owes a second factor may reach.
_OPEN_PATHS = (
    "/accounts/login/",
    "/accounts/logout/",
    "/accounts/two-factor/",
    "/accounts/password_reset/",
    "/accounts/reset/",
    "/static/",
    "/blocked",
    "/takedown/",
    "/api/",
)

View = Callable[..., HttpResponseBase]


def needs_second_factor(user: Any) -> bool:
    """Whether ``user`` must sign in with a second factor (see the module docstring)."""
    if not getattr(user, "is_authenticated", False):
        return False
    if user.is_staff or user.is_superuser:
        return True
    for membership in user.memberships.select_related("organisation"):
        if membership.is_admin or second_factor_roles(membership.organisation).intersection(
            membership.roles
        ):
            return True
    return False


def second_factor_roles(organisation: Any) -> frozenset[str]:
    """The roles of ``organisation`` whose holders must use a second factor:
    ``SECOND_FACTOR_ROLES``, the roles its pack sends safeguarding alerts to (whatever
    they are called: an alert names a learner and what they searched for), and the
    roles its pack lets manage an area of cases (``may: manage_..._cases``)."""
    from portal.cases.access import case_manager_roles
    from portal.monitoring.queries import alert_roles

    return SECOND_FACTOR_ROLES | set(alert_roles(organisation)) | case_manager_roles(organisation)


def has_second_factor(request: HttpRequest) -> bool:
    """Whether this session's user proved a second factor when signing in."""
    verified = getattr(request.user, "is_verified", None)
    return bool(verified and verified())


def _to_second_factor(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    where = "accounts:verify" if user_has_device(user) else "accounts:enrol"
    return redirect(f"{_url(where)}?{urlencode({'next': request.get_full_path()})}")


def _url(name: str) -> str:
    from django.urls import reverse

    return reverse(name)


class SecondFactorRequired(Exception):
    """Raised by :func:`demand_second_factor`; the middleware turns it into a redirect to
    enrol or to enter a code."""


def demand_second_factor(request: HttpRequest) -> None:
    """Raise :class:`SecondFactorRequired` unless this session proved a second factor."""
    if not has_second_factor(request):
        raise SecondFactorRequired


def require_second_factor(view: View) -> View:
    """Decorate a view that only a session with a verified second factor may open.

    A visitor who is not signed in goes to the sign-in page; a signed-in one without a
    verified factor is sent to enrol or to enter a code, then back here.
    """

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not has_second_factor(request):
            return _to_second_factor(request)
        return view(request, *args, **kwargs)

    return wrapper


class SecondFactorMiddleware:
    """Holds back every page from a user who must use a second factor and has not.

    After django-otp's ``OTPMiddleware``. The API is left alone: its bearer tokens are
    a separate credential, made by an administrator and revocable.
    """

    def __init__(self, get_response: View) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if (
            request.user.is_authenticated
            and not request.path.startswith(_OPEN_PATHS)
            and not has_second_factor(request)
            and needs_second_factor(request.user)
        ):
            return _to_second_factor(request)
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, SecondFactorRequired):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            return _to_second_factor(request)
        return None
