"""Audit rows for accounts: who signed in, who failed to, and every change to a user
(added, password set, superuser or staff granted, deactivated), whichever way it was
made: the admin, a password change or reset, a management command.

Django's signals are the one place every path passes: ``user_logged_in``,
``user_login_failed`` and ``user_logged_out``, and the user model's saves. Who made a
change is the request's user, remembered by :class:`ActingUserMiddleware` (none for a
command: the system).
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import post_save, pre_save
from django.http import HttpRequest, HttpResponse

from portal.audit.actions import write_audit_entry
from portal.types import User

_acting: ContextVar[Any] = ContextVar("portal_acting_user", default=None)
_WATCHED = ("password", "is_superuser", "is_staff", "is_active", "username", "email")


class ActingUserMiddleware:
    """Remembers the request's user for the audit rows of changes it causes."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _acting.set(request)
        try:
            return self.get_response(request)
        finally:
            _acting.reset(token)


def _actor(changed: User | None = None) -> Any:
    request = _acting.get()
    user = getattr(request, "user", None) if request is not None else None
    if user is not None and user.is_authenticated:
        return user
    return changed  # a password reset: the person whose account it is, not signed in


def _before_save(sender: Any, instance: User, **kwargs: Any) -> None:
    if instance.pk is None:
        return
    before = sender.objects.filter(pk=instance.pk).values(*_WATCHED).first()
    if before is None:
        return
    changed = [f for f in _WATCHED if before[f] != getattr(instance, f)]
    instance._audit_changed = changed  # type: ignore[attr-defined]


def _after_save(sender: Any, instance: User, created: bool, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    if created:
        write_audit_entry(
            acting_user=_actor(),
            organisation=None,
            verb="user.add",
            target=instance,
            detail={
                "user": instance.get_username(),
                "is_superuser": instance.is_superuser,
                "is_staff": instance.is_staff,
            },
        )
        return
    changed = getattr(instance, "_audit_changed", [])
    instance._audit_changed = []  # type: ignore[attr-defined]
    if "password" in changed:
        write_audit_entry(
            acting_user=_actor(instance),
            organisation=None,
            verb="user.password.change",
            target=instance,
            detail={"user": instance.get_username()},
        )
    others = {f: getattr(instance, f) for f in changed if f != "password"}
    if others:
        write_audit_entry(
            acting_user=_actor(),
            organisation=None,
            verb="user.change",
            target=instance,
            detail={"user": instance.get_username(), "changed": others},
        )


def _logged_in(sender: Any, request: HttpRequest, user: User, **kwargs: Any) -> None:
    write_audit_entry(
        acting_user=user,
        organisation=None,
        verb="signin.login",
        target=user,
        detail={"ip": request.META.get("REMOTE_ADDR", "") if request else ""},
    )


def _logged_out(sender: Any, request: HttpRequest, user: User | None, **kwargs: Any) -> None:
    if user is not None:
        write_audit_entry(acting_user=user, organisation=None, verb="signin.logout", target=user)


def _login_failed(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    write_audit_entry(
        acting_user=None,
        organisation=None,
        verb="signin.failed",
        detail={
            "username": str(credentials.get("username", ""))[:150],
            "ip": request.META.get("REMOTE_ADDR", "") if request is not None else "",
        },
    )


def connect() -> None:
    pre_save.connect(_before_save, sender=User, dispatch_uid="portal.accounts.audit.pre")
    post_save.connect(_after_save, sender=User, dispatch_uid="portal.accounts.audit.post")
    user_logged_in.connect(_logged_in, dispatch_uid="portal.accounts.audit.login")
    user_logged_out.connect(_logged_out, dispatch_uid="portal.accounts.audit.logout")
    user_login_failed.connect(_login_failed, dispatch_uid="portal.accounts.audit.failed")
