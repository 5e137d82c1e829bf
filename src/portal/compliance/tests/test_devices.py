"""VTS-22's register of antivirus checks on learner computers: checks on the form or from
a CSV file (all or nothing, every problem with its line), devices flagged when the last
check is older than the pack's cycle or failed; only the role that makes the checks (or
an administrator) keeps it; old checks go by retention."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from portal.compliance.devices import device_states, parse_checks_csv, record_checks
from portal.compliance.models import Device, DeviceCheck
from portal.conftest import NOW
from portal.errors import Rejected
from portal.organisations.actions import create_organisation, set_membership
from portal.organisations.models import Organisation
from portal.retention.actions import purge_expired
from portal.types import User

pytestmark = pytest.mark.clause("VTS-22")
TODAY = NOW.date()


@pytest.fixture
def college(db: None) -> Organisation:
    return create_organisation(slug="vts", name="VTS", pack_slug="vts", acting_user=None)


@pytest.fixture
def dsl(college: Organisation) -> User:
    user = User.objects.create_user(username="dsl", password="dsl-password")
    set_membership(organisation=college, user=user, roles=["staff", "dsl"], acting_user=None)
    return user


def test_a_bad_file_changes_nothing_and_names_every_problem(college: Organisation) -> None:
    text = (
        "Device,Date,Result\nlab1-pc01,2026-11-02,passed\n,2026-11-02,passed\nlab1-pc02,soon,ok\n"
    )
    with pytest.raises(Rejected) as caught:
        parse_checks_csv(text, today=TODAY)
    assert [(p.line, p.field) for p in caught.value.problems] == [
        (3, "device"),
        (4, "date"),
        (4, "result"),
    ]
    assert not Device.objects.exists()


def test_overdue_and_failed_devices_are_flagged(college: Organisation, dsl: User) -> None:
    rows = parse_checks_csv(
        "device,date,result,location\n"
        "lab1-pc01,2026-11-02,passed,Lab 1\n"  # within VTS's monthly cycle
        "lab1-pc02,2026-09-01,passed,Lab 1\n"  # last checked in September: overdue
        "lab1-pc03,2026-11-20,failed,Lab 1\n",
        today=TODAY,
    )
    assert record_checks(organisation=college, rows=rows, source="import", acting_user=dsl) == 3
    states = {s.device.name: s for s in device_states(college, today=TODAY)}
    assert not states["lab1-pc01"].flagged and states["lab1-pc01"].due_on == date(2026, 12, 2)
    assert states["lab1-pc02"].overdue and states["lab1-pc03"].failed
    assert [s.device.name for s in device_states(college, today=TODAY)][:2] == [
        "lab1-pc02",
        "lab1-pc03",
    ]
    # The same file again replaces each day's check rather than adding another.
    record_checks(organisation=college, rows=rows, source="import", acting_user=dsl)
    assert DeviceCheck.objects.count() == 3


def test_the_register_page_is_for_the_role_that_makes_the_checks(
    client: Client, college: Organisation, dsl: User
) -> None:
    teacher = User.objects.create_user(username="teacher", password="teacher-password")
    set_membership(organisation=college, user=teacher, roles=["staff"], acting_user=None)
    client.force_login(teacher)
    assert client.get("/orgs/vts/policy/devices/").status_code == 403
    client.force_login(dsl)
    client.post(
        "/orgs/vts/policy/devices/",
        {"upload-file": SimpleUploadedFile("av.csv", b"device,date\nlab2-pc01,2026-11-21\n")},
    )
    client.post(
        "/orgs/vts/policy/devices/",
        {"check-device": "lab2-pc02", "check-checked_on": "2026-10-01", "check-result": "passed"},
    )
    page = client.get("/orgs/vts/policy/devices/").content.decode()
    assert "1 device needs attention" in page and "lab2-pc01" in page and "lab2-pc02" in page


def test_checks_past_their_period_are_purged_and_the_device_kept(
    college: Organisation, dsl: User
) -> None:
    rows = parse_checks_csv("device,date\npc,2023-01-10\npc,2026-11-01\n", today=TODAY)
    record_checks(organisation=college, rows=rows, source="import", acting_user=dsl)
    purge_expired(organisation=college, now=NOW)
    assert list(DeviceCheck.objects.values_list("checked_on", flat=True)) == [date(2026, 11, 1)]
    assert Device.objects.filter(name="pc").exists()
