from __future__ import annotations

import json

import pytest
import yaml
from django.test import Client

from portal.audit.models import AuditEntry
from portal.errors import NotAllowedNow as MonitoringError
from portal.monitoring.actions import handle_alert, ingest_records
from portal.monitoring.logfile import read_lines
from portal.monitoring.models import SafeguardingAlert
from portal.monitoring.tests.conftest import ALERT, monitored_pack, record
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.types import User

URL = "/orgs/{}/monitoring/alerts/"


def _alert(organisation: Organisation, user: str = "s123456") -> SafeguardingAlert:
    records, _ = read_lines([json.dumps(record(user=user, **ALERT))])
    ingest_records(organisation=organisation, records=records, acting_user=None)
    return SafeguardingAlert.objects.get(organisation=organisation)


def test_only_the_dsl_and_administrators_see_alerts(
    client: Client,
    oakfield: Organisation,
    elmbrook: Organisation,
    dinah: User,
    alice: User,
    ivan: User,
    olive: User,
    bob: User,
    dave: User,
    charlie: User,
) -> None:
    _alert(oakfield, "oak-learner")
    _alert(elmbrook, "elm-learner")
    for user in (dinah, alice):
        client.force_login(user)
        page = client.get(URL.format("oakfield")).content.decode()
        assert "oak-learner" in page and "elm-learner" not in page
    for user in (ivan, olive, bob, dave):  # IT, office manager, staff, student
        client.force_login(user)
        assert client.get(URL.format("oakfield")).status_code == 403
    client.force_login(charlie)  # Elmbrook's DSL: his own alerts, Oakfield is a 404
    page = client.get(URL.format("elmbrook")).content.decode()
    assert "elm-learner" in page and "oak-learner" not in page
    assert client.get(URL.format("oakfield")).status_code == 404


def test_the_dsl_acknowledges_and_closes_with_notes(
    client: Client, oakfield: Organisation, dinah: User
) -> None:
    alert = _alert(oakfield)
    client.force_login(dinah)
    handle = f"/orgs/oakfield/monitoring/alerts/{alert.pk}/handle/"
    client.post(handle, {"status": "acknowledged", "note": "Spoke to tutor."})
    alert.refresh_from_db()
    assert alert.status == "acknowledged" and alert.handled_by == dinah
    client.post(handle, {"status": "closed", "note": "Support plan in place."})
    alert.refresh_from_db()
    assert alert.status == "closed" and alert.note == "Support plan in place."
    link = f'href="/orgs/oakfield/monitoring/alerts/{alert.pk}/"'
    assert link not in client.get(URL.format("oakfield")).content.decode()  # closed
    assert link in client.get(URL.format("oakfield") + "?status=any").content.decode()
    page = client.get(f"/orgs/oakfield/monitoring/alerts/{alert.pk}/").content.decode()
    assert "Support plan in place." in page and "/handle/" not in page.split("<main")[1]
    verbs = AuditEntry.objects.filter(verb__startswith="monitoring.alert.").values_list(
        "verb", flat=True
    )
    assert sorted(verbs) == [
        "monitoring.alert.acknowledged",
        "monitoring.alert.closed",
        "monitoring.alert.raise",
    ]
    with pytest.raises(MonitoringError, match="closed already"):
        handle_alert(alert=alert, status="acknowledged", note="again", acting_user=dinah)


def test_a_note_is_required(client: Client, oakfield: Organisation, dinah: User) -> None:
    alert = _alert(oakfield)
    client.force_login(dinah)
    client.post(f"/orgs/oakfield/monitoring/alerts/{alert.pk}/handle/", {"status": "closed"})
    alert.refresh_from_db()
    assert alert.status == "open"


def test_the_alerts_list_names_the_people_the_reader_may_see(
    client: Client,
    oakfield: Organisation,
    directory: dict[str, Person],
    dinah: User,
    paula: User,
) -> None:
    Person.objects.filter(pk=directory["L001"].pk).update(network_username="s123456")
    lines = [json.dumps(record(**ALERT)), json.dumps(record(user="s999", **ALERT))]
    records, _ = read_lines(lines)
    ingest_records(organisation=oakfield, records=records, acting_user=None)
    client.force_login(dinah)  # the DSL sees the whole directory
    page = client.get(URL.format("oakfield")).content.decode()
    assert '<a href="/orgs/oakfield/people/L001/">Dave Dunn</a>' in page
    assert page.count("Dave Dunn") == 1 and "s999" in page  # nobody of that name
    # A pack whose alert role is the principal, who does not see the directory: the
    # alerts, with the user names the filter logged, and no names from the directory.
    pack = yaml.safe_load(monitored_pack())
    pack["web"]["search_terms"]["alert_role"] = "principal"
    oakfield.pack_yaml = yaml.safe_dump(pack, sort_keys=False)
    oakfield.save(update_fields=["pack_yaml"])
    client.force_login(paula)
    page = client.get(URL.format("oakfield")).content.decode()
    assert "s123456" in page and "Dave Dunn" not in page
