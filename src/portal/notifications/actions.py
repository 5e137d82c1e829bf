"""Sending notifications: the in-app inbox, and e-mail through Django's mail settings.

Any app notifies through :func:`notify`, from inside its action::

    notify(
        recipients=holders_or_administrators(organisation, ["moderator"]),
        can_open=lambda user: may_moderate(user, organisation),
        organisation=organisation,
        kind="moderation.waiting",
        title="A draft for @OakfieldCollege is waiting for moderation",
        link=reverse("moderation:detail", args=[organisation.slug, post.pk]),
    )

- Nothing is written until the caller's transaction commits (``on_commit``), so a
  rolled-back action notifies nobody.
- ``can_open(user)`` is the linked page's own access rule: a recipient who could not
  open the page gets nothing, so a notification never tells anyone more than the page
  would. Write ``title`` and ``body`` with that reader in mind; e-mail carries both.
- ``dedupe_key`` makes a notification idempotent per user (a job run twice, a retried
  task): the second one with the same key is dropped.
- E-mail: each recipient's choice (``NotificationSettings``): at once (sent by the
  worker, so a slow mail server never holds up a page), in a daily digest, or not at
  all; ``urgent=True`` e-mails at once whatever the choice. Links are absolute, from
  ``POLICYGUARD_SITE_URL``. Users with no address get the inbox only: where the work
  must reach someone by e-mail, choose recipients with ``reach_by_email``
  (``portal.notifications.recipients``), which falls back to other holders and then
  the administrators and says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.audit.actions import write_audit_entry
from portal.notifications.models import EmailMode, Notification, NotificationSettings
from portal.organisations.models import Organisation
from portal.types import User

logger = logging.getLogger(__name__)


def absolute(link: str) -> str:
    """``link`` (a path) as an address people can open from an e-mail."""
    if link.startswith(("http://", "https://")):
        return link
    return settings.POLICYGUARD_SITE_URL + "/" + link.lstrip("/")


def notify(
    *,
    recipients: Iterable[User],
    can_open: Callable[[User], bool],
    organisation: Organisation | None,
    kind: str,
    title: str,
    link: str,
    body: str = "",
    dedupe_key: str = "",
    email: bool = True,
    urgent: bool = False,
) -> None:
    """Notify each recipient who may open ``link`` (see the module docstring).
    ``email=False``: the inbox only, for events that send their own e-mail.
    ``urgent=True``: e-mailed at once to every recipient with an address, whatever their
    e-mail choice (a safeguarding alert cannot wait for tomorrow's digest)."""
    users = list(dict.fromkeys(recipients))

    def deliver() -> None:
        created: list[int] = []
        for user in users:
            if not can_open(user):
                continue
            note = _store(user, organisation, kind, title, body, link, dedupe_key)
            if note is not None:
                created.append(note.pk)
                if not email:
                    Notification.objects.filter(pk=note.pk).update(emailed_at=timezone.now())
        if created and email:
            from portal.notifications.tasks import send_immediate_email

            send_immediate_email.enqueue(created, urgent=urgent)

    transaction.on_commit(deliver)


def _store(
    user: User,
    organisation: Organisation | None,
    kind: str,
    title: str,
    body: str,
    link: str,
    dedupe_key: str,
) -> Notification | None:
    try:
        with transaction.atomic():
            return Notification.objects.create(
                recipient=user,
                organisation=organisation,
                kind=kind,
                title=title[:300],
                body=body,
                link=link[:500],
                dedupe_key=dedupe_key[:200],
            )
    except IntegrityError:
        return None  # this user was told already (same dedupe_key)


def email_mode(user: User) -> str:
    found = NotificationSettings.objects.filter(user=user).values_list("email", flat=True).first()
    return found or EmailMode.IMMEDIATE


def send_immediate(notification_ids: Sequence[int], *, urgent: bool = False) -> int:
    """E-mail each of these notifications whose recipient wants e-mail at once (any
    recipient, when ``urgent``) and has an address; the number sent. Idempotent: a
    notification is e-mailed once."""
    sent = 0
    notes = Notification.objects.filter(pk__in=notification_ids, emailed_at__isnull=True)
    for note in notes.select_related("recipient", "organisation"):
        user = note.recipient
        if not user.email or (not urgent and email_mode(user) != EmailMode.IMMEDIATE):
            continue
        # Claim it first: of two workers handed the same ids, one sends.
        if not Notification.objects.filter(pk=note.pk, emailed_at__isnull=True).update(
            emailed_at=timezone.now()
        ):
            continue
        place = f" at {note.organisation.name}" if note.organisation else ""
        send_mail(
            subject=f"[policyguard] {note.title}",
            message=(
                f"{note.title}{place}\n\n"
                + (f"{note.body}\n\n" if note.body else "")
                + f"Open it in the portal: {absolute(note.link)}\n\n"
                + f"Your notification settings: {absolute('/inbox/')}\n"
            ),
            from_email=None,
            recipient_list=[user.email],
        )
        sent += 1
    return sent


def send_digests(*, now: datetime) -> tuple[int, int]:
    """One e-mail per user who chose the daily digest, listing their notifications not
    yet e-mailed; (e-mails sent, notifications in them). Idempotent: each notification
    is marked e-mailed as it goes out, so a second run sends nothing."""
    users = User.objects.filter(
        notification_settings__email=EmailMode.DAILY, is_active=True
    ).exclude(email="")
    mails = items = 0
    for user in users:
        with transaction.atomic():
            pending = list(
                Notification.objects.select_for_update(of=("self",))
                .filter(recipient=user, emailed_at__isnull=True, created_at__lte=now)
                .select_related("organisation")
                .order_by("created_at", "id")
            )
            if not pending:
                continue
            Notification.objects.filter(pk__in=[n.pk for n in pending]).update(emailed_at=now)
            NotificationSettings.objects.filter(user=user).update(last_digest_at=now)
        lines = [
            f"- {n.title}"
            + (f" ({n.organisation.name})" if n.organisation else "")
            + f"\n  {absolute(n.link)}"
            for n in pending
        ]
        send_mail(
            subject=f"[policyguard] your daily digest: {len(pending)} notification(s)",
            message="\n".join(lines) + f"\n\nYour inbox: {absolute('/inbox/')}\n",
            from_email=None,
            recipient_list=[user.email],
        )
        mails += 1
        items += len(pending)
    return mails, items


def send_plain_email(*, address: str, subject: str, body: str) -> None:
    """E-mail someone outside the portal (a requester who left an address), on commit
    and through the worker."""
    from portal.notifications.tasks import send_outside_email

    transaction.on_commit(lambda: send_outside_email.enqueue(address, subject, body))


def mark_read(*, user: User, notification_ids: Sequence[int] | None = None) -> int:
    """Mark the user's own notifications read (all of them when no ids are given)."""
    found = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification_ids is not None:
        found = found.filter(pk__in=list(notification_ids))
    return found.update(read_at=timezone.now())


def set_email_mode(*, user: User, mode: str, acting_user: User) -> NotificationSettings:
    if mode not in EmailMode.values:
        raise ValueError(f"{mode!r} is not an e-mail choice: {', '.join(EmailMode.values)}")
    with transaction.atomic():
        found, _ = NotificationSettings.objects.select_for_update().get_or_create(user=user)
        before = found.email
        found.email = mode
        found.save(update_fields=["email"])
        write_audit_entry(
            acting_user=acting_user,
            organisation=None,
            verb="notifications.settings",
            target=found,
            detail={"email": mode, "before": before},
        )
    return found
