"""Pack errors name the file, the line and the field, and say how to fix it."""

from __future__ import annotations

from pathlib import Path

import pytest

from policyguard import load_pack_file, parse_pack
from policyguard.errors import PackError, PackNotFound
from policyguard.packs.schema import Pack

MINI = (Path(__file__).parent / "fixtures" / "mini-pack.yaml").read_text(encoding="utf-8")


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def _error(text: str) -> PackError:
    with pytest.raises(PackError) as caught:
        parse_pack(text, "college.yaml")
    return caught.value


def test_it_loads_the_fixture(mini_pack: Pack) -> None:
    assert mini_pack.slug == "mini"
    assert [c.id for c in mini_pack.clauses][:2] == ["MINI-01", "MINI-02"]


def test_it_names_line_and_field_of_a_bad_date() -> None:
    text = MINI.replace("approved_on: 2025-01-10", "approved_on: 10/01/2025")
    problem = _error(text).problems[0]
    assert problem.field == "review.approved_on"
    assert problem.line == _line_of(text, "approved_on")
    assert "YYYY-MM-DD" in (problem.hint or "")
    assert str(_error(text)).startswith(f"college.yaml:{problem.line}: review.approved_on")


def test_it_reports_a_misspelt_field_with_its_line() -> None:
    text = MINI.replace("  short_name: MC", "  short_nme: MC")
    fields = {p.field: p.line for p in _error(text).problems}
    assert fields["organisation.short_nme"] == _line_of(text, "short_nme")
    assert "organisation.short_name" in fields  # and the missing one


def test_it_validates_rule_parameters_with_the_rules_own_model() -> None:
    text = MINI.replace("{kind: former_student, within_months: 24}", "{kind: alumni}")
    problem = _error(text).problems[0]
    assert problem.field.startswith("rules[0].params.targets[1].kind")
    assert problem.line == _line_of(text, "{kind: alumni}")


def test_it_rejects_an_unknown_rule_and_lists_the_known_ones() -> None:
    text = MINI.replace("rule: media.consent_required", "rule: media.consent_needed")
    problem = _error(text).problems[0]
    assert problem.field == "rules[1].rule"
    assert "media.consent_required" in problem.message


def test_it_rejects_a_role_the_pack_does_not_define() -> None:
    text = MINI.replace("obtain_role: moderator", "obtain_role: social_media_lead")
    assert "social_media_lead" in str(_error(text))


def test_it_rejects_a_schedule_the_pack_does_not_define() -> None:
    text = MINI.replace("windows: [lunch]", "windows: [siesta]")
    assert "schedule 'siesta'" in str(_error(text))


def test_it_rejects_a_citation_of_a_missing_clause() -> None:
    text = MINI.replace("clauses: [MINI-04]", "clauses: [MINI-99]")
    assert "MINI-99" in str(_error(text))


def test_it_rejects_duplicate_keys_instead_of_silently_keeping_one() -> None:
    text = MINI.replace("  short_name: MC", "  short_name: MC\n  short_name: MX")
    problem = _error(text).problems[0]
    assert problem.field == "organisation.short_name"
    assert problem.line == _line_of(text, "short_name: MX")


def test_it_reports_yaml_syntax_errors_with_a_line() -> None:
    text = MINI.replace("  name: Mini College", "  name: [Mini College")
    problem = _error(text).problems[0]
    assert problem.line is not None and "YAML syntax" in problem.message


def test_it_rejects_an_empty_file_and_a_non_mapping() -> None:
    assert "empty" in str(_error(""))
    assert "mapping" in str(_error("- just\n- a list\n"))


def test_it_rejects_repeated_clause_ids() -> None:
    text = MINI.replace("id: MINI-02", "id: MINI-01")
    assert "repeated" in str(_error(text))


def test_it_rejects_a_window_that_ends_before_it_starts() -> None:
    text = MINI.replace('start: "12:30", end: "13:30"', 'start: "13:30", end: "12:30"')
    assert "end must be after start" in str(_error(text))


def test_it_says_when_a_file_is_missing(tmp_path: Path) -> None:
    with pytest.raises(PackNotFound):
        load_pack_file(tmp_path / "nope.yaml")


def test_it_says_when_a_file_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("name: Coll\xe8ge\n".encode("latin-1"))
    with pytest.raises(PackError, match="UTF-8"):
        load_pack_file(path)


def test_it_computes_the_next_review_and_overdue_flag(mini_pack: Pack) -> None:
    from datetime import date

    assert str(mini_pack.review.next_review) == "2027-01-10"
    assert not mini_pack.review.is_overdue(date(2027, 1, 10))
    assert mini_pack.review.is_overdue(date(2027, 1, 11))
    assert mini_pack.review.days_overdue(date(2027, 1, 20)) == 10


def test_it_lists_rule_clauses_no_binding_enforces(mini_pack: Pack) -> None:
    assert mini_pack.unenforced_rule_clauses() == []
    text = MINI.replace("    clauses: [MINI-03]\n", "    clauses: [MINI-04]\n")
    assert parse_pack(text).unenforced_rule_clauses() == ["MINI-03"]


def test_it_checks_the_web_section_with_the_web_filters_model() -> None:
    text = MINI.replace("action: block, clauses: [MINI-05]", "action: forbid, clauses: [MINI-05]")
    problem = _error(text).problems[0]
    assert problem.field == "web.rules[0].action"
    assert problem.line == _line_of(text, "action: forbid")


def test_it_checks_the_web_sections_references() -> None:
    text = MINI.replace("during: [lunch]", "during: [tea]").replace(
        "devices: [learner_pc], action", "devices: [lab_pc], action"
    )
    found = {p.message: (p.field, p.line) for p in _error(text).problems}
    schedule = "schedule 'tea' is not under the pack's schedules"
    device = "device 'lab_pc' is not under web.devices"
    assert found[schedule] == ("web.rules[1]", _line_of(text, "during: [tea]"))
    assert found[device] == ("web.rules[0]", _line_of(text, "devices: [lab_pc]"))


def test_it_types_the_web_section_and_names_the_alert_role_once(mini_pack: Pack) -> None:
    assert mini_pack.web is not None and mini_pack.web.rules[0].action == "block"
    assert mini_pack.web.alert_role == "dsl"  # no search_terms: the default
    text = MINI + "  search_terms: {clauses: [MINI-05], alert_role: hr}\n"
    assert parse_pack(text).web.alert_role == "hr"  # type: ignore[union-attr]


def test_it_checks_that_the_alert_role_is_one_of_the_packs_roles() -> None:
    text = MINI + "  search_terms: {clauses: [MINI-05], alert_role: janitor}\n"
    [problem] = _error(text).problems
    assert (problem.field, problem.message) == (
        "web.search_terms.alert_role",
        "role 'janitor' is not defined under roles",
    )
    assert problem.line == _line_of(text, "alert_role: janitor")


def test_it_routes_alerts_by_audience_and_defaults_to_the_one_alert_role() -> None:
    text = MINI + "  search_terms: {clauses: [MINI-05], alert_routes: {staff: hr}}\n"
    web = parse_pack(text).web
    assert web is not None
    assert [web.alert_role_for(a) for a in ("learner", "staff", "guest", "")] == [
        "dsl",
        "hr",
        "dsl",
        "dsl",
    ]
    assert web.alert_roles == ["dsl", "hr"]
    assert web.report_roles[:2] == ["dsl", "hr"]  # both routes receive the report


def test_it_names_a_bad_audience_or_role_in_an_alert_route() -> None:
    unknown = MINI + "  search_terms: {clauses: [MINI-05], alert_routes: {teachers: hr}}\n"
    problem = _error(unknown).problems[0]
    assert problem.field.startswith("web.search_terms.alert_routes")
    assert "teachers" in problem.field + problem.message
    assert "'learner', 'staff' or 'guest'" in problem.message
    assert problem.line == _line_of(unknown, "alert_routes: {teachers: hr}")
    undefined = MINI + "  search_terms: {clauses: [MINI-05], alert_routes: {staff: janitor}}\n"
    [problem] = _error(undefined).problems
    assert (problem.field, problem.message) == (
        "web.search_terms.alert_routes.staff",
        "role 'janitor' is not defined under roles",
    )
    badly_named = MINI + "  search_terms: {clauses: [MINI-05], alert_routes: {staff: Head}}\n"
    problem = _error(badly_named).problems[0]
    assert problem.field == "web.search_terms.alert_routes"
    assert "staff: 'Head' is not a role key" in problem.message


def test_it_needs_whose_holder_a_per_person_route_means() -> None:
    text = MINI.replace("to: line_manager, of: reporter,", "to: line_manager,")
    problem = _error(text).problems[0]
    assert problem.field == "reports.staff_conduct.routes[0].of"
    assert problem.line == _line_of(text, "to: line_manager,")
    assert "of: reporter or of: subject" in problem.message


def test_it_needs_a_last_route_that_reaches_somebody() -> None:
    text = MINI.replace("      - {to: dsl}\n", "")
    problem = _error(text).problems[0]
    assert problem.field == "reports.student_conduct.routes[0]"
    assert "every report reaches somebody" in problem.message


def test_it_names_an_undefined_role_or_clause_in_a_route() -> None:
    text = MINI.replace("      - {to: hr}", "      - {to: head, clauses: [MINI-77]}")
    messages = {p.field: p.message for p in _error(text).problems}
    assert "'head' is not defined" in messages["reports.staff_conduct.routes[1].to"]
    assert "MINI-77" in messages["reports.staff_conduct.routes[1].clauses"]


def test_it_refuses_a_kind_of_person_it_does_not_know() -> None:
    text = MINI.replace("{reporter: [staff],", "{reporter: [teacher],")
    problem = _error(text).problems[0]
    assert problem.field == "reports.staff_conduct.routes[0].reporter"
    assert "former_student" in problem.message


def test_it_gives_each_permission_to_the_roles_that_claim_it_or_to_its_defaults(
    mini_pack: Pack,
) -> None:
    # mini has dsl, hr and moderator but no IT role: filtering falls to the DSL.
    assert mini_pack.roles_that_may("see_directory") == ("dsl", "hr")
    assert mini_pack.roles_that_may("moderate") == ("moderator",)
    assert mini_pack.roles_that_may("filter_web") == ("dsl",)
    assert mini_pack.roles_that_may("manage_safeguarding_cases") == ("dsl",)
    assert mini_pack.roles_that_may("manage_staff_conduct_cases") == ("hr",)
    assert mini_pack.roles_that_may("manage_conduct_cases") == ()  # nobody unless claimed
    text = MINI.replace(
        "  hr: {title: Human Resources}\n",
        "  hr: {title: Human Resources, may: [moderate, see_directory]}\n",
    )
    claimed = parse_pack(text)
    assert claimed.roles_that_may("moderate") == ("hr",)  # a claim replaces the defaults
    assert claimed.roles_that_may("see_directory") == ("hr",)
    assert claimed.roles_that_may("import_people") == ("hr",)  # unclaimed: the default


def test_it_names_an_unknown_permission_with_its_line() -> None:
    text = MINI.replace(
        "  hr: {title: Human Resources}\n", "  hr: {title: Human Resources, may: [hire]}\n"
    )
    [problem] = _error(text).problems
    assert problem.field == "roles.hr.may[0]"
    assert problem.line == _line_of(text, "may: [hire]")
