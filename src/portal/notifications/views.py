"""Pages: the signed-in user's inbox, opening one notification, e-mail settings."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from portal.lists import list_page
from portal.notifications.actions import mark_read, set_email_mode
from portal.notifications.models import EmailMode
from portal.notifications.queries import email_mode_of, inbox_of
from portal.notifications.tables import InboxFilter, InboxTable
from portal.types import User


def _user(request: HttpRequest) -> User:
    assert isinstance(request.user, User)
    return request.user


@login_required
def inbox(request: HttpRequest) -> HttpResponseBase:
    return list_page(
        request,
        organisation=None,
        template="notifications/inbox.html",
        queryset=inbox_of(request.user),
        table_class=InboxTable,
        filterset_class=InboxFilter,
        context={
            "email_mode": email_mode_of(request.user),
            "email_modes": EmailMode.choices,
            "has_email": bool(_user(request).email),
        },
    )


@login_required
def open_notification(request: HttpRequest, notification_id: int) -> HttpResponse:
    note = inbox_of(request.user).filter(pk=notification_id).first()
    if note is None:
        raise Http404("No such notification.")
    mark_read(user=_user(request), notification_ids=[note.pk])
    # Links are paths this portal wrote; never follow one elsewhere.
    if not url_has_allowed_host_and_scheme(note.link, allowed_hosts=None):
        return redirect("notifications:inbox")
    return redirect(note.link)


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    count = mark_read(user=_user(request))
    messages.success(request, f"{count} notification(s) marked read.")
    return redirect("notifications:inbox")


@login_required
@require_POST
def settings_view(request: HttpRequest) -> HttpResponse:
    mode = request.POST.get("email", "")
    try:
        set_email_mode(user=_user(request), mode=mode, acting_user=_user(request))
    except ValueError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"E-mail: {EmailMode(mode).label}.")
    return redirect("notifications:inbox")
