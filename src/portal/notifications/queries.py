"""Reads of the inbox: a user sees their own notifications only."""

from __future__ import annotations

from django.db.models import QuerySet

from portal.notifications.models import EmailMode, Notification, NotificationSettings
from portal.types import Viewer


def inbox_of(user: Viewer) -> QuerySet[Notification]:
    if not user.is_authenticated:
        return Notification.objects.none()
    return Notification.objects.filter(recipient=user).select_related("organisation")


def unread_count(user: Viewer) -> int:
    return inbox_of(user).filter(read_at__isnull=True).count()


def email_mode_of(user: Viewer) -> str:
    if not user.is_authenticated:
        return EmailMode.OFF
    found = NotificationSettings.objects.filter(user=user).values_list("email", flat=True).first()
    return found or EmailMode.IMMEDIATE
