"""Uploading a web filter's log from the monitoring pages: the file is checked at once
for being a decision log at all, then stored by the task worker in batches, with its
progress on the work page and every line left out listed there (``portal.jobs.work``).

The same records, checks and storage as ``ingest_weblog`` and the API
(``actions.ingest_records``): lines stored before are skipped, so a corrected file can
simply be uploaded again; a bad line is left out and named, never the others.
"""

from __future__ import annotations

import io
from typing import Any

from django.urls import reverse

from portal.errors import NotFound, Problem
from portal.jobs.models import BackgroundWork
from portal.jobs.work import Progress, background_work
from portal.monitoring.actions import IngestReport, ingest_records
from portal.monitoring.logfile import read_lines
from portal.monitoring.queries import sees_every_alert
from portal.organisations.queries import access_to

WEBLOG_INGEST = "monitoring.ingest_weblog"
# Records stored per transaction: the page shows progress between batches (what one
# transaction writes is not seen by the page until it commits).
BATCH = 5_000
# Lines with a problem listed on the work page; a file of the wrong kind could have a
# problem on every line, and the page says how many more there were.
PROBLEMS_SHOWN = 200
# Lines read at upload time to answer at once for a file that is not a decision log.
CHECKED_AT_UPLOAD = 50


def text_of(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def first_lines_problems(data: bytes) -> list[Problem]:
    """The problems of the file's first lines when none of them is a good record (the
    file is not the helper's log: nothing is queued); otherwise none."""
    lines = []
    for line in io.StringIO(text_of(data)):
        lines.append(line)
        if len(lines) >= CHECKED_AT_UPLOAD:
            break
    records, problems = read_lines(lines)
    if records:
        return []
    if not problems:
        return [Problem(1, "", "the file holds no records (every line is blank)", unit="line")]
    return problems


def _problems(problems: list[Problem]) -> list[dict[str, Any]]:
    return [
        {"line": p.line, "column": p.field or "(whole line)", "message": p.message}
        for p in problems[:PROBLEMS_SHOWN]
    ]


@background_work(WEBLOG_INGEST)
def ingest_weblog_work(work: BackgroundWork, progress: Progress) -> dict[str, Any]:
    """Check and store an uploaded decision log. Options: ``source`` (the file's name)."""
    organisation = work.organisation
    source = str(work.options.get("source") or "upload")
    progress(done=0, stage="Checking the records")
    records, problems = read_lines(io.StringIO(text_of(bytes(work.payload))))
    report = IngestReport(problems=list(problems))
    total = len(records)
    for start in range(0, total, BATCH):
        progress(done=start, total=total, stage="Storing records")
        batch = ingest_records(
            organisation=organisation,
            records=records[start : start + BATCH],
            source=f"{source} (upload, records {start + 1}-{min(total, start + BATCH)})",
            acting_user=work.started_by,
        )
        report.stored += batch.stored
        report.duplicates += batch.duplicates
        report.alerts += batch.alerts
        report.problems.extend(batch.problems)
    progress(done=total, total=total, stage="Stored")
    report.problems.sort(key=lambda p: p.line or 0)
    retry = reverse("monitoring:ingest", args=[organisation.slug])
    message = f"{report.stored} record(s) stored; {report.duplicates} stored before were skipped."
    # The alerts themselves go to the alert role (the DSL); their number is told only
    # to someone who may see them.
    if _may_see_alerts(work):
        message += f" {report.alerts} safeguarding alert(s) raised."
    elif report.alerts:
        message += " Any safeguarding alerts went to the safeguarding lead."
    result: dict[str, Any] = {
        "message": message,
        "stored": report.stored,
        "duplicates": report.duplicates,
        "link": retry,
        "link_text": "Upload another log",
    }
    if not records and problems:
        result["failed"] = True
        result["message"] = "Nothing was stored: no line of the file is a decision record."
        result["problems"] = _problems(report.problems)
        result["problems_caption"] = "Problems (nothing was saved)"
        result["problems_field"] = "Field"
        result["retry_link"] = retry
    elif report.problems:
        shown = min(len(report.problems), PROBLEMS_SHOWN)
        result["message"] += (
            f" {len(report.problems)} line(s) were left out"
            + (f" (the first {shown} are listed)" if shown < len(report.problems) else "")
            + ": correct them and upload the file again (what is stored is skipped)."
        )
        result["problems"] = _problems(report.problems)
        result["problems_caption"] = "Left out (the rest was stored)"
        result["problems_field"] = "Field"
        result["retry_link"] = retry
    return result


def _may_see_alerts(work: BackgroundWork) -> bool:
    if work.started_by is None:
        return True  # a command: its operator sees the report anyway
    try:
        return sees_every_alert(access_to(work.started_by, work.organisation.slug))
    except NotFound:
        return False
