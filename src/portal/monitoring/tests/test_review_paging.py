"""The log review at scale: a page of learner-days, a bounded number of entries each, the
rest one click away (paged), marking only what was shown, the export, and a constant
number of queries. olive (office manager) reviews; see this folder's conftest."""

from __future__ import annotations

import json
import re

from django.test import Client

from portal.monitoring.actions import ingest_records
from portal.monitoring.logfile import read_lines
from portal.monitoring.models import WebLogEntry
from portal.monitoring.review import ENTRIES_PER_GROUP, GROUPS_PER_PAGE
from portal.monitoring.tests.conftest import record
from portal.organisations.models import Organisation
from portal.testing.lists import csv_rows, queries_for
from portal.types import User

URL = "/orgs/oakfield/monitoring/review/"


def _log(organisation: Organisation, learners: int, per_learner: int, *, day: int = 21) -> None:
    lines = [
        json.dumps(
            record(
                user=f"s{n:04d}",
                at=f"2026-11-{day:02d}T{8 + k // 60:02d}:{k % 60:02d}:00Z",
                search_term=f"topic {k} of {n}",
                device_id=f"pc{n % 3}",
            )
        )
        for n in range(learners)
        for k in range(per_learner)
    ]
    records, problems = read_lines(lines)
    assert not problems
    ingest_records(organisation=organisation, records=records, acting_user=None)


def headings(html: str) -> list[str]:
    return re.findall(r'<h2 id="g-\d+">([^<]+) ·', html)


def test_groups_are_paged_and_entries_capped_with_the_rest_one_click_away(
    client: Client, oakfield: Organisation, olive: User
) -> None:
    _log(oakfield, learners=GROUPS_PER_PAGE + 5, per_learner=2)
    _log(oakfield, learners=1, per_learner=ENTRIES_PER_GROUP + 30, day=20)
    client.force_login(olive)
    first = client.get(URL).content.decode()
    assert len(headings(first)) == GROUPS_PER_PAGE
    assert f"Groups 1\u2013{GROUPS_PER_PAGE} of {GROUPS_PER_PAGE + 6}" in first
    second = client.get(URL + "?page=2").content.decode()
    assert headings(second)[-1] == "s0000"  # the 20th, older day comes last
    assert f"the latest {ENTRIES_PER_GROUP} of {ENTRIES_PER_GROUP + 30} shown" in second
    assert second.count("topic ") == 5 * 2 + ENTRIES_PER_GROUP
    link = re.search(r'href="(/orgs/oakfield/monitoring/review/entries/\?[^"]+)">all 80', second)
    assert link is not None
    rest = client.get(link.group(1).replace("&amp;", "&")).content.decode()
    assert f"Rows 1\u201350 of {ENTRIES_PER_GROUP + 30}" in rest
    assert "devices: pc0" in second


def test_marking_marks_only_the_entries_shown(
    client: Client, oakfield: Organisation, olive: User
) -> None:
    _log(oakfield, learners=1, per_learner=ENTRIES_PER_GROUP + 10)
    client.force_login(olive)
    html = client.get(URL).content.decode()
    form = re.search(r'name="entries" value="([0-9a-f,]+)"', html)
    assert form is not None and len(form.group(1).split(",")) == ENTRIES_PER_GROUP
    response = client.post(
        URL + "mark/",
        {"learner": "s0000", "day": "2026-11-21", "entries": form.group(1), "next": URL},
    )
    assert response.status_code == 302 and response["Location"] == URL
    assert WebLogEntry.objects.filter(reviewed_at__isnull=True).count() == 10
    # The ten oldest, never shown, are what the page shows now.
    assert "topic 0 of 0" in client.get(URL).content.decode()
    # Somewhere else: no open redirect.
    away = {"learner": "s0000", "day": "2026-11-21", "next": "https://x.test/"}
    assert client.post(URL + "mark/", away)["Location"] == URL
    assert WebLogEntry.objects.filter(reviewed_at__isnull=True).count() == 0


def test_the_entries_export_follows_the_filters(
    client: Client, oakfield: Organisation, olive: User
) -> None:
    _log(oakfield, learners=3, per_learner=4)
    client.force_login(olive)
    rows = csv_rows(client, URL + "entries/?export=csv&learner=s0001")
    assert rows[0][:4] == ["When", "Learner", "Search or address", "Address"]
    assert len(rows) == 1 + 4 and {r[1] for r in rows[1:]} == {"s0001"}
    assert "Nothing to review" in client.get(URL + "?learner=nobody").content.decode()


def test_the_pages_run_the_same_queries_whatever_the_log_size(
    client: Client, oakfield: Organisation, olive: User
) -> None:
    _log(oakfield, learners=2, per_learner=2)
    client.force_login(olive)
    urls = [URL, URL + "?status=any&kind=search&q=topic", URL + "print/", URL + "entries/"]
    small = [queries_for(client, url) for url in urls]
    _log(oakfield, learners=GROUPS_PER_PAGE + 10, per_learner=ENTRIES_PER_GROUP + 5, day=19)
    assert [queries_for(client, url) for url in urls] == small


def test_reviewed_entries_add_no_query_per_reviewer_or_entry(
    client: Client, oakfield: Organisation, olive: User, ivan: User, dinah: User
) -> None:
    """Issue 9: the log review ran one user query per reviewed entry (who reviewed it)."""
    from datetime import date

    from portal.monitoring.actions import mark_reviewed

    def review(reviewer: User, learners: range) -> None:
        for n in learners:
            mark_reviewed(
                organisation=oakfield,
                learner=f"s{n:04d}",
                day=date(2026, 11, 21),
                acting_user=reviewer,
                with_alerts=False,
            )

    _log(oakfield, learners=GROUPS_PER_PAGE, per_learner=5)
    review(olive, range(1))
    client.force_login(olive)
    urls = [URL + "?status=any", URL + "print/?status=any", URL + "entries/?status=any"]
    one = [queries_for(client, url) for url in urls]
    assert "olive, 21 Nov" in client.get(URL + "?status=any").content.decode()
    review(olive, range(1, 7))
    review(ivan, range(7, 14))
    review(dinah, range(14, GROUPS_PER_PAGE))
    html = client.get(URL + "?status=any").content.decode()
    assert all(f"{name}, 21 Nov" in html for name in ("olive", "ivan", "dinah"))
    assert [queries_for(client, url) for url in urls] == one
