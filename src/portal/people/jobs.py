"""Background work of the people app: the CSV import, run by the worker so a directory
of tens of thousands of rows never meets a web server's time limit."""

from __future__ import annotations

import io
from typing import Any

from django.urls import reverse

from portal.errors import Rejected
from portal.jobs.models import BackgroundWork
from portal.jobs.work import Progress, background_work
from portal.people.actions import import_people_csv

PEOPLE_IMPORT = "people.import"


@background_work(PEOPLE_IMPORT)
def import_people(work: BackgroundWork, progress: Progress) -> dict[str, Any]:
    """Import the confirmed file, all or nothing (``import_people_csv``)."""
    data = bytes(work.payload)
    rows = max(0, data.count(b"\n") - 1 + (0 if data.endswith(b"\n") else 1))
    organisation = work.organisation
    progress(done=0, total=rows, stage=f"Checking and saving {rows} rows")
    directory = reverse("people:directory", args=[organisation.slug])
    try:
        summary = import_people_csv(
            organisation=organisation,
            file=io.BytesIO(data),
            acting_user=work.started_by,
            source=str(work.options.get("source", "")),
        )
    except Rejected as exc:
        # The directory changed since the preview in a way that makes the file wrong.
        return {
            "failed": True,
            "message": f"Nothing was imported: {exc.message}",
            "problems": [
                {"line": p.line, "column": p.field, "message": p.message} for p in exc.problems
            ],
            "retry_link": reverse("people:import", args=[organisation.slug]),
        }
    progress(done=rows, total=rows, stage="Saved")
    return {
        "message": (
            f"Imported {summary.total} people: {summary.created} new, {summary.updated} updated."
        ),
        "link": directory,
        "link_text": "Open the directory",
        "created": summary.created,
        "updated": summary.updated,
    }
