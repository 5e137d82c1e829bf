"""The command line for the device checks register (VTS-22) and the review records
(VTS-25): the same rules as the pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from portal.compliance.filtering import run_filter_checks, start_filtering_review
from portal.compliance.models import DeviceCheck
from portal.organisations.actions import set_membership
from portal.organisations.models import Organisation
from portal.types import User


@pytest.mark.clause("VTS-22")
def test_device_checks_are_imported_by_the_role_and_listed_flagged_first(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, vts: Organisation, vts_lead: User
) -> None:
    teacher = User.objects.create_user(username="teacher", password="teacher-password")
    set_membership(organisation=vts, user=teacher, roles=["staff"], acting_user=None)
    checks = tmp_path / "checks.csv"
    checks.write_text(
        "device,date,result\nlab1-pc01,2026-11-02,passed\nlab1-pc02,2026-09-01,failed\n"
    )
    with pytest.raises(CommandError, match="may not keep the register"):
        call_command("import_device_checks", "vts", str(checks), "--user", "teacher")
    with pytest.raises(CommandError, match="not an active member"):
        call_command("import_device_checks", "vts", str(checks), "--user", "nobody")
    call_command("import_device_checks", "vts", str(checks), "--user", "vts-dsl", "--preview")
    assert not DeviceCheck.objects.exists()
    call_command("import_device_checks", "vts", str(checks), "--user", "vts-dsl")
    assert "recorded 2 check(s)" in capsys.readouterr().out
    call_command("device_checks", "vts")
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith("lab1-pc02") and lines[1].endswith("failed")
    assert lines[-1] == "2 device(s), 1 flagged"


@pytest.mark.clause("VTS-25")
def test_reviews_lists_the_filtering_review_with_its_checks(
    capsys: pytest.CaptureFixture[str], vts: Organisation, vts_lead: User
) -> None:
    review = start_filtering_review(organisation=vts, acting_user=vts_lead)
    run = run_filter_checks(organisation=vts, acting_user=vts_lead)
    call_command("reviews", "vts")
    out = capsys.readouterr().out
    assert f"{review.pk}\topen\t" in out and f"{run.passed} of {run.total} as expected" in out
