"""The command line for acknowledgements (VTS-17) and attendance (VTS-11): the same
records and rules as the pages; an import names the member it is recorded as, who must
be allowed to keep that register, and is all or nothing with each problem's line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from portal.compliance.actions import digest, pack_text, record_pack_version
from portal.organisations.models import Organisation
from portal.people.models import Person
from portal.training.actions import acknowledge_policy, create_session
from portal.training.models import Attendance
from portal.types import User

pytestmark = pytest.mark.clause("VTS-17", "VTS-11")


def test_acknowledgements_lists_each_member_and_who_is_still_to_do_it(
    capsys: pytest.CaptureFixture[str], oakfield: Organisation, bob: User, sian: User
) -> None:
    record_pack_version(organisation=oakfield, acting_user=None)
    acknowledge_policy(
        organisation=oakfield, digest=digest(pack_text(oakfield)[0]), acting_user=bob
    )
    call_command("acknowledgements", "oakfield")
    out = capsys.readouterr().out
    assert "bob\tS001\ttest.1\tacknowledged" in out
    assert "sian\tS002\ttest.1\tpending\tdue 2026-12-05" in out
    assert out.strip().endswith("2 member(s), 1 still to acknowledge")
    call_command("acknowledgements", "oakfield", "--pending")
    assert "bob" not in capsys.readouterr().out
    with pytest.raises(CommandError, match="no organisation 'nowhere'"):
        call_command("acknowledgements", "nowhere")


def test_attendance_is_imported_as_a_member_who_keeps_the_register(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    with_courses: Organisation,
    learners: dict[str, Person],
    alice: User,
    bob: User,
    tariq: User,
) -> None:
    session = create_session(
        organisation=with_courses,
        course="online_safety",
        held_on=date(2026, 11, 20),
        tutor=tariq,
        acting_user=alice,
    )
    bad = tmp_path / "bad.csv"
    bad.write_text("id,status\nL004,late\nL999,attended\n")
    with pytest.raises(CommandError, match="nothing imported: 2 problem"):
        call_command("import_attendance", "oakfield", str(session.pk), str(bad), "--user", "tariq")
    err = capsys.readouterr().err
    assert f"{bad}: line 2, status" in err and f"{bad}: line 3, id" in err
    assert not Attendance.objects.exists()

    good = tmp_path / "register.csv"
    good.write_text("id\nL004\nL003\n")
    with pytest.raises(CommandError, match="'bob' may not keep this session's register"):
        call_command("import_attendance", "oakfield", str(session.pk), str(good), "--user", "bob")
    call_command("import_attendance", "oakfield", str(session.pk), str(good), "--user", "tariq")
    assert "imported 2 line(s): 2 added" in capsys.readouterr().out
    call_command("attendance", "oakfield", str(session.pk))
    out = capsys.readouterr().out
    assert "L004\tBen Holt\tattended\timport\tyes" in out
    call_command("attendance", "oakfield")
    assert f"{session.pk}\t2026-11-20\tonline_safety" in capsys.readouterr().out
