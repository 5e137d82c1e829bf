"""The pack's training, device-check, review and retention settings: checked with their
lines, defaults filled in and marked, and what each clause is carried out by."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from io import StringIO
from pathlib import Path

import pytest

from policyguard import (
    RETENTION_DEFAULTS,
    GuidanceMoment,
    guidance_placements,
    load_bundled,
    parse_pack,
)
from policyguard.cli import main
from policyguard.errors import PackError
from policyguard.packs.coverage import clause_coverage

MINI = (Path(__file__).parent / "fixtures" / "mini-pack.yaml").read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _problems(text: str) -> dict[str, tuple[int | None, str]]:
    with pytest.raises(PackError) as caught:
        parse_pack(text, "college.yaml")
    return {p.field: (p.line, p.message) for p in caught.value.problems}


SECTIONS = """
training:
  managers: [dsl]
  acknowledgement: {due_days: 10, clauses: [MINI-06]}
  courses:
    online_safety:
      title: Online safety
      kind: online_safety
      attendees: [student]
      cycle_months: 12
      clauses: [MINI-06]
  guidance:
    MINI-07: [profile_check]
device_checks: {what: Antivirus current, role: dsl, clauses: [MINI-04]}
retention:
  periods:
    web_logs: {days: 90, reason: Our own reason.}
    audit: {months: 84, action: anonymise}
"""


def test_it_reads_the_sections_and_fills_in_defaults() -> None:
    pack = parse_pack(MINI + SECTIONS, "college.yaml")
    assert pack.training.acknowledgement.due_days == 10
    assert pack.training.acknowledgement.remind_every_days == 7  # default
    assert pack.training.courses["online_safety"].cycle_months == 12
    assert pack.device_checks is not None and pack.device_checks.cycle_days == 30
    web = pack.retention.period("web_logs")
    assert (web.days, web.reason, web.default) == (90, "Our own reason.", False)
    audit = pack.retention.period("audit")
    assert (audit.months, audit.action) == (84, "anonymise")
    alerts = pack.retention.period("alerts")
    assert alerts.default and alerts.reason == RETENTION_DEFAULTS["alerts"].reason


def test_every_default_period_gives_its_reason() -> None:
    for kind, default in RETENTION_DEFAULTS.items():
        assert (default.days is None) != (default.months is None), kind
        assert len(default.reason) > 40, kind


def test_cutoffs_count_back_from_now() -> None:
    pack = parse_pack(MINI + SECTIONS, "college.yaml")
    now = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
    assert pack.retention.period("web_logs").cutoff(now) == datetime(2026, 8, 23, 10, 0, tzinfo=UTC)
    assert pack.retention.period("alerts").cutoff(now) == datetime(2024, 11, 21, 10, 0, tzinfo=UTC)
    assert pack.retention.period("audit").cutoff_day(date(2026, 2, 28)) == date(2019, 2, 28)


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ("web_logs: {days: 90", "weblogs: {days: 90", "retention.periods.weblogs", "Extra inputs"),
        ("web_logs: {days: 90", "web_logs: {days: 90, months: 3", "retention.periods.web_logs",
         "either days or months"),
        ("role: dsl, clauses: [MINI-04]", "role: it, clauses: [MINI-04]", "device_checks.role",
         "role 'it' is not defined"),
        ("MINI-07: [profile_check]", "MINI-01: [profile_check]", "training.guidance.MINI-01",
         "only guidance clauses"),
        ("MINI-07: [profile_check]", "MINI-07: [lunchtime]", "training.guidance.MINI-07[0]",
         "profile_check"),
        ("attendees: [student]", "attendees: [pupil]",
         "training.courses.online_safety.attendees[0]", "student"),
        ("managers: [dsl]", "managers: [bursar]", "training.managers[0]", "not defined"),
        ("due_days: 10, clauses: [MINI-06]", "due_days: 10, clauses: [MINI-99]",
         "training.acknowledgement.clauses", "MINI-99 is not in clauses"),
    ],
)  # fmt: skip
def test_it_names_the_line_of_each_mistake(old: str, new: str, field: str, words: str) -> None:
    text = (MINI + SECTIONS).replace(old, new)
    problems = _problems(text)
    assert field in problems, problems
    line, message = problems[field]
    assert words in message
    assert line == _line_of(text, new)


def test_a_course_may_not_take_the_name_of_a_training_page() -> None:
    text = (MINI + SECTIONS).replace("    online_safety:\n", "    mine:\n")
    problems = _problems(text)
    field = next(f for f in problems if f.startswith("training"))
    assert "the portal's training pages use this name" in problems[field][1]


def test_a_filtering_check_names_a_device_the_web_section_defines() -> None:
    text = MINI.replace(
        "  cycle_months: 24\n",
        "  cycle_months: 24\n  filtering:\n    checks:\n"
        "      - {url: https://www.facebook.com/, expect: block, devices: [lab_pc]}\n",
    )
    field, (line, message) = next(iter(_problems(text).items()))
    assert field == "review.filtering.checks[0].devices"
    assert line == _line_of(text, "lab_pc") and "lab_pc" in message


@pytest.mark.clause("VTS-13", "VTS-14", "VTS-15", "VTS-16", "LI-15", "NCLT-09", "NCLT-11")
def test_every_guidance_clause_of_every_pack_is_shown_somewhere() -> None:
    for slug in ("vts", "learning-institute", "nclt", "wcuc", "qtsd"):
        for clause, (moments, _) in guidance_placements(load_bundled(slug)).items():
            assert moments, f"{slug} {clause} is shown nowhere but the staff guide"
    vts = guidance_placements(load_bundled("vts"))
    assert GuidanceMoment.PROFILE_CHECK in vts["VTS-13"][0]
    assert GuidanceMoment.CONNECTION in vts["VTS-14"][0]
    assert vts["VTS-16"] == ((GuidanceMoment.PROFILE_CHECK,), False)


def test_an_unplaced_guidance_clause_is_placed_by_its_topics() -> None:
    text = MINI.replace(
        "summary: Keep profiles private.}", "summary: Keep profiles private., topics: [profile]}"
    )
    placed = guidance_placements(parse_pack(text, "college.yaml"))
    assert placed["MINI-07"] == ((GuidanceMoment.PROFILE_CHECK,), True)


def test_the_clause_table_names_the_workflows_that_carry_clauses_out() -> None:
    rows = {row.clause.id: row for row in clause_coverage(load_bundled("vts"))}
    assert [m.name for m in rows["VTS-11"].means] == ["training.courses.online_safety"]
    assert [m.name for m in rows["VTS-22"].means] == ["device_checks"]
    assert "training.acknowledgement" in [m.name for m in rows["VTS-17"].means]
    wcuc = {row.clause.id: row for row in clause_coverage(load_bundled("wcuc"))}
    assert {"retention", "retention.impact_assessment"} <= {m.name for m in wcuc["WCUC-23"].means}


def test_pack_show_marks_defaults_and_gives_each_retention_reason() -> None:
    out = StringIO()
    assert main(["pack", "show", "vts"], out=out) == 0
    text = out.getvalue()
    assert "within 14 days (default)" in text
    assert "Device checks: Antivirus installed, running and up to date" in text
    assert "every 30 days (default)" in text
    assert "web_logs                     1 year (default), then delete" in text
    assert RETENTION_DEFAULTS["cases"].reason in text
    out = StringIO()
    assert main(["pack", "show", "wcuc", "--json"], out=out) == 0
    data = json.loads(out.getvalue())
    assert data["retention"]["effective"]["audit"]["default"] is True
    assert "training.acknowledgement.due_days" in data["defaults"]
    assert "training.acknowledgement.audiences" not in data["defaults"]  # WCUC sets staff
    assert data["guidance_placements"] == {}  # WCUC has no guidance clause
