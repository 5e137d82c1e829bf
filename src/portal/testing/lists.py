"""Helpers for testing list pages: how many SQL queries a page runs, and its CSV export."""

from __future__ import annotations

import csv
import io

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def queries_for(client: Client, url: str) -> int:
    """The number of SQL queries ``GET url`` runs (the page must answer 200)."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured.captured_queries)


def csv_rows(client: Client, url: str) -> list[list[str]]:
    """The rows (header first) of the CSV export at ``url``."""
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode()  # type: ignore[attr-defined]
    return list(csv.reader(io.StringIO(body)))
