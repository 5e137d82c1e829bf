"""Tasks: asking people to acknowledge a new version runs on the worker (an organisation
may have tens of thousands of members)."""

from __future__ import annotations

from datetime import datetime

from django.urls import reverse
from django.utils import timezone
from django_tasks import task

from portal.compliance.models import PackVersion
from portal.notifications.actions import notify
from portal.organisations.models import Organisation
from portal.training.acknowledging import states
from portal.types import User

CHUNK = 500


def ask_for_acknowledgements(version: PackVersion) -> None:
    """``portal.compliance.actions.on_new_version`` listener: queue the asking."""
    if version.asks_again:
        ask_to_acknowledge.enqueue(version.pk)


def remind_to_acknowledge(organisation: Organisation, *, now: datetime, round_key: str) -> int:
    """Notify every member who must still acknowledge; ``round_key`` makes each round of
    reminders once per member. The number notified."""
    by_version: dict[int, list[int]] = {}
    for user_id, state in states(organisation).items():
        if state.pending and state.version is not None:
            by_version.setdefault(state.version.pk, []).append(user_id)
    link = reverse("training:policy", args=[organisation.slug])
    sent = 0
    for version_id, user_ids in by_version.items():
        version = PackVersion.objects.get(pk=version_id)
        asked = set(user_ids)  # members of the organisation, by ``states``
        for start in range(0, len(user_ids), CHUNK):
            users = list(
                User.objects.filter(pk__in=user_ids[start : start + CHUNK], is_active=True)
            )
            notify(
                recipients=users,
                can_open=lambda user, asked=asked: user.pk in asked,  # type: ignore[misc]
                organisation=organisation,
                kind="training.acknowledge",
                title=f"Please read and acknowledge {organisation.name}'s policy "
                f"(version {version.version})",
                body=_summary(version),
                link=link,
                dedupe_key=f"training.acknowledge:{version.pk}:{round_key}",
            )
            sent += len(users)
    return sent


def _summary(version: PackVersion) -> str:
    asked = [c["summary"] for c in version.changes if c.get("audiences")]
    if not asked:
        return "Read it once and acknowledge it: it takes a click."
    return "What changed for you:\n" + "\n".join(f"- {line}" for line in asked[:10])


@task()
def ask_to_acknowledge(version_id: int) -> int:
    """Idempotent: each member is asked once per version (the dedupe key)."""
    version = PackVersion.objects.select_related("organisation").filter(pk=version_id).first()
    if version is None:
        return 0
    return remind_to_acknowledge(version.organisation, now=timezone.now(), round_key="asked")
