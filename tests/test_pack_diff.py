"""A new version of a pack, read as a person would: what changed, and who must
acknowledge again because something they must do changed."""

from __future__ import annotations

from policyguard import bundled_pack_text, diff_packs, load_bundled, parse_pack

VTS, _ = bundled_pack_text("vts")


def _vts(**replacements: str) -> str:
    text = VTS.replace('version: "2026.1"', 'version: "2026.2"')
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def _diff(text: str) -> list:  # type: ignore[type-arg]
    return diff_packs(load_bundled("vts"), parse_pack(text, "vts-next.yaml"))


def test_the_same_policy_has_no_changes() -> None:
    assert _diff(_vts()) == []


def test_a_reworded_rule_asks_those_it_applies_to() -> None:
    old = "Staff turn down friend requests from people who are currently learners."
    changes = _diff(
        _vts(**{old: "Staff turn down friend requests from learners, past or present."})
    )
    [change] = changes
    assert change.area == "clause" and change.key == "VTS-04" and change.change == "changed"
    assert "learners, past or present" in change.summary
    assert change.audiences == ("staff",)  # the contact rule binds staff only (actors)


def test_a_changed_rule_binding_says_what_changed() -> None:
    text = _vts(
        **{
            "      targets:\n        - {kind: student}\n      # The document speaks": (
                "      targets:\n        - {kind: student}\n"
                "        - {kind: former_student, within_months: 12}\n      # The document speaks"
            )
        }
    )
    [change] = _diff(text)
    assert change.area == "rule" and change.clauses == ("VTS-04",)
    assert "targets" in change.summary and "former_student" in change.summary
    assert change.audiences == ("staff",)


def test_a_schedule_asks_only_those_whose_rules_read_it() -> None:
    lunch = 'start: "12:30", end: "13:30"'
    [change] = _diff(_vts(**{lunch: 'start: "12:00", end: "13:00"'}))
    assert change.area == "schedule" and "12:00-13:00" in change.summary
    assert change.audiences == ("staff",)  # lunch is staff personal use at VTS
    # Working hours are defined but no VTS rule reads them: nobody is asked.
    hours = 'start: "08:30", end: "17:00"'
    [change] = _diff(_vts(**{hours: 'start: "08:00", end: "16:30"'}))
    assert change.audiences == ()


def test_changes_to_the_record_of_the_policy_ask_nobody_again() -> None:
    text = _vts(
        **{
            "  approved_on: null": "  approved_on: 2026-09-01",
            "    title: Office Manager\n": "    title: Operations Manager\n",
        }
    )
    changes = _diff(text)
    assert {c.area for c in changes} == {"record", "roles"}
    assert not any(c.asks_again for c in changes)
    assert any("now called Operations Manager" in c.summary for c in changes)


def test_a_new_clause_and_a_new_web_rule_ask_everyone_they_cover() -> None:
    text = _vts(
        **{
            "    - {categories: [warez], action: block, clauses: [VTS-20]}": (
                "    - {categories: [warez], action: block, clauses: [VTS-20]}\n"
                "    - {categories: [gambling], audiences: [learner], action: block, "
                "clauses: [VTS-20]}"
            ),
            "  - id: VTS-26\n": (
                "  - id: VTS-27\n    kind: guidance\n    section: New para\n"
                "    summary: Think before you share a location.\n  - id: VTS-26\n"
            ),
        }
    )
    changes = {c.area: c for c in _diff(text)}
    assert changes["web"].audiences == ("student",) and "gambling" in changes["web"].summary
    assert changes["clause"].change == "added" and changes["clause"].audiences == (
        "staff",
        "student",
    )
