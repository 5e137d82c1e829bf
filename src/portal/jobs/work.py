"""Long work started from a page, run by the worker, with progress on that page.

An app registers a handler for a kind of work (in its ``tasks.py`` or ``jobs.py``)::

    from portal.jobs.work import Progress, background_work

    @background_work("people.import")
    def import_people(work: BackgroundWork, progress: Progress) -> dict[str, Any]:
        progress(done=0, total=len(rows), stage="checking rows")
        ...
        return {"message": "Imported 50,000 people", "created": 10, ...}

and a view starts it with :func:`portal.jobs.actions.start_work`, then redirects to
``jobs:work`` (the page that shows the progress and, at the end, the result). A handler
returns a JSON-able dict; ``{"failed": True, ...}`` marks the work failed without an
exception (bad rows, for instance, listed in the dict for the page to show).

Progress written inside the handler's own write transaction is not seen by the page
until that transaction commits (PostgreSQL isolates it), so handlers report progress
in the phases outside it: reading, checking, screening.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ImproperlyConfigured

if TYPE_CHECKING:
    from portal.jobs.models import BackgroundWork

WorkHandler = Callable[["BackgroundWork", "Progress"], dict[str, Any]]
_HANDLERS: dict[str, WorkHandler] = {}


class Progress:
    """Writes the progress of one piece of work; cheap to call often (it writes at most
    every ``every`` items, and always at a change of stage)."""

    def __init__(self, work_id: int, *, every: int = 200) -> None:
        self.work_id = work_id
        self.every = every
        self._last_done = -1
        self._last_stage = ""

    def __call__(self, *, done: int, total: int | None = None, stage: str = "") -> None:
        from portal.jobs.models import BackgroundWork

        unchanged = stage == self._last_stage and 0 <= done - self._last_done < self.every
        if unchanged and (total is None or done != total):
            return
        self._last_done, self._last_stage = done, stage
        fields: dict[str, Any] = {"done": done, "stage": stage[:200]}
        if total is not None:
            fields["total"] = total
        BackgroundWork.objects.filter(pk=self.work_id).update(**fields)


def background_work(kind: str) -> Callable[[WorkHandler], WorkHandler]:
    def register(handler: WorkHandler) -> WorkHandler:
        existing = _HANDLERS.get(kind)
        if existing is not None and existing is not handler:
            raise ImproperlyConfigured(f"background work {kind} is registered twice")
        _HANDLERS[kind] = handler
        return handler

    return register


def work_handler(kind: str) -> WorkHandler | None:
    return _HANDLERS.get(kind)
