"""Tasks: e-mail goes out on the worker, never inside a request."""

from __future__ import annotations

from django.core.mail import send_mail
from django_tasks import task

from portal.notifications.actions import send_immediate


@task()
def send_immediate_email(notification_ids: list[int], urgent: bool = False) -> int:
    return send_immediate(notification_ids, urgent=urgent)


@task()
def send_outside_email(address: str, subject: str, body: str) -> None:
    send_mail(subject=subject, message=body, from_email=None, recipient_list=[address])
