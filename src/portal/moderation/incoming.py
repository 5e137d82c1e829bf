"""Writes for incoming comments: the import that screens each comment made to an official
account and puts it in the moderation queue.

How an import goes (``import_comments``; the page and ``import_comments --background``
run it on the worker, ``portal.moderation.jobs``):

- the file is read (``imports.read``): a file that cannot be read at all (not a feed,
  too many comments) is refused whole; otherwise every bad line or entry is a problem,
  reported with its number, and the good ones go on;
- comments are screened and queued in batches of ``BATCH``: one transaction per batch,
  with its audit row, and a savepoint per comment, so a comment the core refuses is a
  problem for that line and the others of its batch are kept. A worker killed mid-way
  leaves whole batches behind; the same file imported again skips them;
- each batch reads the directory once (one ``DatabaseLookups`` for its comments), not
  once per comment: screening looks for the directory's names in every comment;
- idempotent: a comment already imported (same account and id), or repeated in the
  file, is skipped;
- the moderators are told once per import how many comments wait for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from policyguard import EventError
from portal.audit.actions import write_audit_entry
from portal.decisions.actions import decide_event
from portal.errors import Problem, Rejected
from portal.moderation import imports
from portal.moderation.actions import QUEUE_ACTIONS, record_step, status_after_screen
from portal.moderation.models import Direction, Post
from portal.moderation.queries import accounts_of, can_moderate, post_event
from portal.notifications.actions import notify
from portal.notifications.recipients import access_of, holders_or_administrators
from portal.officialaccounts.models import OfficialAccount
from portal.organisations.models import Organisation
from portal.people.queries import DatabaseLookups
from portal.types import Actor, User

BATCH = 100

# (comments done, comments in all): called between batches, outside their transactions,
# so the page that started the import sees it move.
ImportProgress = Callable[[int, int], None]


@dataclass
class CommentImportSummary:
    source: str
    created: list[int] = field(default_factory=list)
    skipped: int = 0
    awaiting: int = 0
    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        text = (
            f"{self.source}: {len(self.created)} comment(s) screened and queued, "
            f"{self.skipped} already there skipped"
        )
        if self.problems:
            text += f", {len(self.problems)} left out for the problems listed"
        return text


def _resolve_accounts(
    organisation: Organisation,
    comments: list[imports.Comment],
    default: OfficialAccount | None,
    problems: list[Problem],
) -> list[tuple[imports.Comment, OfficialAccount]]:
    known = {a.name.casefold(): a for a in accounts_of(organisation)}
    names = ", ".join(a.name for a in known.values()) or "none yet; an administrator adds them"
    resolved = []
    for comment in comments:
        account = known.get(comment.account.casefold()) if comment.account else default
        if account is None:
            message = (
                f"no official account {comment.account!r} here (accounts: {names})"
                if comment.account
                else "the line names no account; choose one for the import"
            )
            problems.append(Problem(comment.line, "account", message, comment.unit))
        else:
            resolved.append((comment, account))
    return resolved


def check_comments(
    *,
    organisation: Organisation,
    data: bytes,
    source: str,
    account: OfficialAccount | None = None,
    fmt: imports.Format | None = None,
) -> tuple[list[tuple[imports.Comment, OfficialAccount]], list[Problem]]:
    """The comments of ``data`` that can be imported, each with its account, and the
    problems of the others; nothing is written. Raises ``Rejected`` when the file cannot
    be read or not one comment can be imported (the page says so before queuing it)."""
    found = imports.read(data, source=source, fmt=fmt)
    problems = list(found.problems)
    resolved = _resolve_accounts(organisation, found.comments, account, problems)
    if not resolved:
        if not problems:
            problems.append(Problem(None, "file", "the file holds no comments"))
        raise Rejected(problems=sorted(problems, key=_where), code="invalid_file")
    return resolved, problems


def import_comments(
    *,
    organisation: Organisation,
    data: bytes,
    source: str,
    acting_user: Actor,
    account: OfficialAccount | None = None,
    fmt: imports.Format | None = None,
    channel: str = "import",
    progress: ImportProgress | None = None,
) -> CommentImportSummary:
    """Screen every good comment in ``data`` and queue it as an incoming post (see the
    module docstring). Raises ``Rejected`` (nothing written) when the file cannot be
    read, or when not one of its comments can be imported; otherwise the summary lists
    the problems of the lines left out."""
    resolved, problems = check_comments(
        organisation=organisation, data=data, source=source, account=account, fmt=fmt
    )
    summary = CommentImportSummary(source=source)
    seen: set[tuple[int, str]] = set()
    for start in range(0, len(resolved), BATCH):
        _import_batch(
            organisation,
            resolved[start : start + BATCH],
            acting_user=acting_user,
            channel=channel,
            source=source,
            seen=seen,
            summary=summary,
        )
        if progress is not None:
            progress(min(start + BATCH, len(resolved)), len(resolved))
    summary.problems = sorted(problems + summary.problems, key=_where)
    if summary.awaiting:
        _notify_moderators(organisation, summary)
    return summary


def _where(problem: Problem) -> tuple[int, str]:
    return (problem.line or 0, problem.field)


def _import_batch(
    organisation: Organisation,
    batch: list[tuple[imports.Comment, OfficialAccount]],
    *,
    acting_user: Actor,
    channel: str,
    source: str,
    seen: set[tuple[int, str]],
    summary: CommentImportSummary,
) -> None:
    # Everyone's names, read once for the batch (screening's name index is built once
    # per directory it is given).
    lookups = DatabaseLookups(organisation)
    created: list[int] = []
    problems: list[Problem] = []
    skipped = awaiting = 0
    with transaction.atomic():
        seen |= set(
            Post.objects.filter(
                organisation=organisation,
                external_id__in=[c.external_id for c, _ in batch],
            ).values_list("account_id", "external_id")
        )
        for comment, target in batch:
            key = (target.pk, comment.external_id)
            if key in seen:
                skipped += 1
                continue
            seen.add(key)
            try:
                # A savepoint per comment: one the core refuses, or one another import
                # stored a moment ago (the unique constraint), leaves the rest.
                with transaction.atomic():
                    post = _queue_comment(
                        organisation, comment, target, acting_user, channel, lookups
                    )
            except EventError as exc:
                problems.append(Problem(comment.line, "", str(exc), comment.unit))
                continue
            except IntegrityError:
                skipped += 1
                continue
            created.append(post.pk)
            if post.is_awaiting:
                awaiting += 1
        if created or skipped:
            write_audit_entry(
                acting_user=acting_user,
                organisation=organisation,
                verb="moderation.comments.import",
                detail={"source": source, "created": created, "skipped": skipped},
            )
    summary.created.extend(created)
    summary.skipped += skipped
    summary.awaiting += awaiting
    summary.problems.extend(problems)


def _queue_comment(
    organisation: Organisation,
    comment: imports.Comment,
    account: OfficialAccount,
    acting_user: Actor,
    channel: str,
    lookups: DatabaseLookups,
) -> Post:
    now = timezone.now()
    event = post_event(
        text=comment.text,
        account_type="official",
        at=comment.published_at or now,
        account=account,
        direction=Direction.INCOMING,
    )
    record, decision = decide_event(
        organisation=organisation,
        event=event,
        acting_user=acting_user,
        channel=channel,
        handled_by_workflow=QUEUE_ACTIONS,
        lookups=lookups,
    )
    post = Post.objects.create(
        organisation=organisation,
        account=account,
        direction=Direction.INCOMING,
        text=comment.text,
        author_name=comment.author_name,
        external_id=comment.external_id,
        published_at=comment.published_at,
        status=status_after_screen(decision.outcome.value),
        decision=record,
        outcome=decision.outcome.value,
        created_at=now,
        updated_at=now,
    )
    record_step(post, "imported", acting_user)
    return post


def _notify_moderators(organisation: Organisation, summary: CommentImportSummary) -> None:
    """One notification per import: the queue of incoming comments, for the moderators
    (administrators when nobody holds the role)."""

    def may_moderate(user: User) -> bool:
        access = access_of(user, organisation)
        return access is not None and can_moderate(access)

    queue = reverse("moderation:queue", args=[organisation.slug])
    # Outside a transaction: delivered at once (the batches are committed).
    notify(
        recipients=holders_or_administrators(
            organisation, organisation.pack().roles_that_may("moderate")
        ),
        can_open=may_moderate,
        organisation=organisation,
        kind="moderation.comments",
        title=f"{summary.awaiting} imported comment(s) wait for moderation",
        body=f"From {summary.source}.",
        link=f"{queue}?direction=incoming",
        dedupe_key=f"moderation.comments:{summary.created[0]}",
    )
