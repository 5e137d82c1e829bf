"""Race tests: pieces of work started at the same moment on threads, each with its own
database connection (PostgreSQL; threads share no in-memory SQLite database)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any


def at_once(works: Sequence[Callable[[], Any]], *, timeout: float = 120) -> list[Any]:
    """Run every work on its own thread, released together by a barrier, and wait for
    all of them. Returns each work's result in order, or the exception it raised as a
    value (a thread must not swallow an error; a test may expect one). Each thread
    closes its database connections when done. A work still running after ``timeout``
    seconds fails the test."""
    start = threading.Barrier(len(works))
    results: list[Any] = [None] * len(works)

    def run(index: int, work: Callable[[], Any]) -> None:
        from django.db import connections

        try:
            start.wait()
            results[index] = work()
        except BaseException as exc:  # handed to the test as a value
            results[index] = exc
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=(index, work), daemon=True)
        for index, work in enumerate(works)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=timeout)
    stuck = [index for index, thread in enumerate(threads) if thread.is_alive()]
    if stuck:
        raise AssertionError(f"works {stuck} still running after {timeout} s")
    return results


def failures(results: Sequence[Any]) -> list[str]:
    """The exceptions among ``at_once``'s results, as text for an assertion message."""
    return [repr(result) for result in results if isinstance(result, BaseException)]
