"""Work started from a page runs on the worker; its page shows progress to its starter."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from portal.jobs import work as work_module
from portal.jobs.actions import start_work
from portal.jobs.models import BackgroundWork, RunStatus
from portal.jobs.work import Progress, background_work
from portal.organisations.models import Organisation
from portal.testing.auth import SecondFactorClient
from portal.types import User


@pytest.fixture(autouse=True)
def _handlers() -> Iterator[None]:
    saved = dict(work_module._HANDLERS)

    @background_work("test.count")
    def count(work: BackgroundWork, progress: Progress) -> dict[str, Any]:
        lines = bytes(work.payload).decode().splitlines()
        for number, _ in enumerate(lines, start=1):
            progress(done=number, total=len(lines), stage="counting")
        return {"message": f"counted {len(lines)} lines"}

    yield
    work_module._HANDLERS.clear()
    work_module._HANDLERS.update(saved)


def test_the_worker_runs_it_and_the_page_shows_the_result(
    oakfield: Organisation,
    bob: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        work = start_work(
            organisation=oakfield,
            kind="test.count",
            title="Counting",
            payload=b"a\nb\nc\n",
            acting_user=bob,
        )
    client = SecondFactorClient()
    client.force_login(bob)
    waiting = client.get(f"/orgs/oakfield/work/{work.pk}/").content.decode()
    assert "Waiting for the worker" in waiting
    run_worker()
    work.refresh_from_db()
    assert (work.status, work.done, work.total, bytes(work.payload)) == (
        RunStatus.SUCCEEDED,
        3,
        3,
        b"",
    )
    done = client.get(f"/orgs/oakfield/work/{work.pk}/?partial=1").content.decode()
    assert "counted 3 lines" in done and 'data-finished="succeeded"' in done


def test_only_its_starter_and_administrators_see_it(
    oakfield: Organisation, bob: User, alice: User, dave: User
) -> None:
    work = start_work(organisation=oakfield, kind="test.count", title="Counting", acting_user=bob)
    client = SecondFactorClient()
    client.force_login(dave)
    assert client.get(f"/orgs/oakfield/work/{work.pk}/").status_code == 404
    client.force_login(alice)
    assert client.get(f"/orgs/oakfield/work/{work.pk}/").status_code == 200


def test_an_unknown_kind_fails_with_a_message_for_a_person(
    oakfield: Organisation,
    bob: User,
    django_capture_on_commit_callbacks: Any,
    run_worker: Callable[[], None],
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        work = start_work(organisation=oakfield, kind="test.nothing", title="?", acting_user=bob)
    run_worker()
    work.refresh_from_db()
    assert work.status == RunStatus.FAILED
    assert "unexpected error" in work.result["error"]
