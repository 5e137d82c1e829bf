from __future__ import annotations

from collections.abc import Iterator

import pytest

from portal.jobs import registry


@pytest.fixture
def job_registry() -> Iterator[dict[str, registry.JobDefinition]]:
    """The registry, restored after the test so jobs a test defines do not leak."""
    saved = dict(registry._JOBS)
    registry._JOBS.clear()
    try:
        yield registry._JOBS
    finally:
        registry._JOBS.clear()
        registry._JOBS.update(saved)
