"""Demo web-filter records for ``load_demo``: a few searches and blocks, one alert.

Called once per demo organisation; ingestion is idempotent (content hashes), so loading
the demo twice adds nothing.
"""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from policyguard.webfilter import DecisionRecord
from portal.monitoring.actions import ingest_records
from portal.organisations.models import Organisation


def load_demo_weblog(organisation: Organisation) -> None:
    # A fixed time of the day before, so reloading the same day gives the same records.
    base = timezone.localtime().replace(hour=10, minute=0, second=0, microsecond=0)
    base -= timedelta(days=1)
    common = {"device": "learner_pc", "client_ip": "10.10.1.7", "audience": "learner"}
    rows = [
        {
            "at": base,
            "device_id": "lab1-pc07",
            "user": "s123456",
            "url": "https://www.google.co.uk/search?q=history+coursework+ideas",
            "outcome": "allow",
            "search_site": "google",
            "search_term": "history coursework ideas",
        },
        {
            "at": base + timedelta(minutes=3),
            "device_id": "lab1-pc07",
            "user": "s123456",
            "url": "https://www.instagram.com/",
            "outcome": "block",
            "reason": "rule",
            "category": "social_networks",
            "entry": "instagram.com",
        },
        {
            "at": base + timedelta(minutes=9),
            "device_id": "lab2-pc03",
            "user": "s654321",
            "url": "https://www.bing.com/search?q=how+to+kms",
            "outcome": "allow",
            "search_site": "bing",
            "search_term": "how to kms",
            "terms": [{"category": "self_harm", "severity": "high", "term": "kill myself"}],
            "alert": True,
        },
    ]
    records = [DecisionRecord.model_validate({**common, **row}) for row in rows]
    ingest_records(organisation=organisation, records=records, source="demo", acting_user=None)
