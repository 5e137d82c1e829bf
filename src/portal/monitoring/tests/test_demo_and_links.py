from __future__ import annotations

from django.test import Client

from portal.conftest import TODAY
from portal.demo import load_demo
from portal.monitoring.models import SafeguardingAlert, WebLogEntry
from portal.organisations.models import Organisation
from portal.types import User


def test_load_demo_adds_log_entries_and_one_alert_once(db: None) -> None:
    load_demo(today=TODAY, slugs=["vts"])
    load_demo(today=TODAY, slugs=["vts"])
    assert WebLogEntry.objects.filter(organisation__slug="vts").count() == 3
    assert SafeguardingAlert.objects.filter(organisation__slug="vts").count() == 1


def test_the_home_page_links_what_each_role_may_open(
    client: Client, oakfield: Organisation, ivan: User, dinah: User, olive: User, bob: User
) -> None:
    home = "/orgs/oakfield/"
    client.force_login(ivan)  # IT manager: requests, lists and log review; no alerts
    page = client.get(home).content.decode()
    assert "monitoring/requests/" in page and "monitoring/review/" in page
    assert "monitoring/alerts/" not in page
    client.force_login(dinah)  # DSL: alerts and log review
    page = client.get(home).content.decode()
    assert "monitoring/alerts/" in page and "monitoring/lists/" not in page
    client.force_login(olive)  # office manager: log review only
    page = client.get(home).content.decode()
    assert "monitoring/review/" in page and "monitoring/alerts/" not in page
    client.force_login(bob)  # staff: nothing
    assert "Web filtering" not in client.get(home).content.decode()
