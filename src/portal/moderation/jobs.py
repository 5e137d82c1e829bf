"""Background work of the moderation app: the comment import, screened on the worker so
thousands of comments never meet a web server's time limit, with its progress on the
page that started it."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from portal.errors import Problem, Rejected
from portal.jobs.models import BackgroundWork
from portal.jobs.work import Progress, background_work
from portal.moderation.incoming import import_comments
from portal.officialaccounts.models import OfficialAccount

COMMENT_IMPORT = "moderation.import_comments"


def _problems(problems: list[Problem]) -> list[dict[str, Any]]:
    return [
        {"line": f"{p.unit} {p.line}" if p.line else "", "column": p.field, "message": p.message}
        for p in problems
    ]


@background_work(COMMENT_IMPORT)
def import_comments_work(work: BackgroundWork, progress: Progress) -> dict[str, Any]:
    """Screen and queue the uploaded comments (``portal.moderation.incoming``). Options:
    ``source`` (the file's name), ``account`` (an official account's id, or none),
    ``format`` (``jsonl``, ``feed``, or none: from the file)."""
    organisation = work.organisation
    options = work.options
    account = None
    if options.get("account"):
        account = OfficialAccount.objects.filter(
            organisation=organisation, pk=options["account"]
        ).first()
    retry = reverse("moderation:import", args=[organisation.slug])
    progress(done=0, stage="Reading the file")
    try:
        summary = import_comments(
            organisation=organisation,
            data=bytes(work.payload),
            source=str(options.get("source") or "upload"),
            account=account,
            fmt=options.get("format") or None,
            acting_user=work.started_by,
            channel="task",
            progress=lambda done, total: progress(
                done=done, total=total, stage="Screening comments"
            ),
        )
    except Rejected as exc:
        return {
            "failed": True,
            "message": "Nothing was imported: every comment in the file has a problem.",
            "problems": _problems(exc.problems),
            "problems_caption": "Problems (nothing was saved)",
            "problems_field": "Field",
            "retry_link": retry,
        }
    result: dict[str, Any] = {
        "message": (
            f"{len(summary.created)} comment(s) screened and put in the queue "
            f"({summary.awaiting} waiting for moderation); {summary.skipped} imported "
            "before were skipped."
        ),
        "link": reverse("moderation:queue", args=[organisation.slug]) + "?direction=incoming",
        "link_text": "Open the moderation queue",
        "created": len(summary.created),
        "skipped": summary.skipped,
    }
    if summary.problems:
        result["message"] += (
            f" {len(summary.problems)} line(s) were left out: correct them and import the "
            "file again (what is already in is skipped)."
        )
        result["problems"] = _problems(summary.problems)
        result["problems_caption"] = "Left out (the rest was imported)"
        result["problems_field"] = "Field"
        result["retry_link"] = retry
    return result
