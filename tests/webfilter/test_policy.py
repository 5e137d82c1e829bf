"""The pack's web: section: validated with field paths, compiled to plain data."""

from __future__ import annotations

from typing import Any

import pytest

from policyguard.packs.schema import Pack
from policyguard.webfilter.errors import WebPolicyError
from policyguard.webfilter.policy import parse_web_policy, policy_from_pack


def test_the_fixture_pack_compiles_with_its_schedules(pack: Pack) -> None:
    compiled = policy_from_pack(pack)
    assert compiled["organisation"] == "test-college"
    assert compiled["schedules"]["lunch"][0]["start"] == "12:00:00"
    assert compiled["rules"][1] == {
        "categories": ["social_networks"],
        "action": "block",
        "audiences": [],
        "devices": ["learner_pc"],
        "during": [],
        "outside": [],
        "note": "",
        "clauses": ["VTS-10"],
    }


@pytest.mark.parametrize(
    ("section", "message"),
    [
        (
            {"rules": [{"categories": ["x"], "action": "explode", "clauses": ["VTS-10"]}]},
            "web.rules.0.action",
        ),
        (
            {"rules": [{"categories": ["x"], "action": "block"}]},
            "web.rules.0.clauses",
        ),
        (
            {"rules": [{"categories": ["x"], "action": "block", "clauses": []}]},
            "with a note saying why no clause asks for it",
        ),
        (
            {"safe_search": {"clauses": [], "note": " "}},
            "the institution's own choice",
        ),
        (
            {"rules": [{"categories": ["x"], "action": "block", "clauses": ["vts10"]}]},
            "not a clause ID",
        ),
        (
            {"devices": {"lab": {"networks": ["10.0.0.0/33"], "audience": "learner"}}},
            "address range",
        ),
        ({"devices": {"lab": {"audience": "teacher"}}}, "web.devices.lab.audience"),
        ({"users": [{"pattern": "(", "audience": "staff"}]}, "regular expression"),
        ({"surprise": 1}, "web.surprise"),
    ],
)
def test_invalid_sections_name_the_field(section: dict[str, Any], message: str) -> None:
    with pytest.raises(WebPolicyError, match=message.replace(".", r"\.")):
        parse_web_policy(section)


def test_references_to_clauses_schedules_and_devices_are_checked() -> None:
    section = {
        "rules": [
            {
                "categories": ["x"],
                "action": "allow",
                "during": ["siesta"],
                "devices": ["tablet"],
                "clauses": ["VTS-99"],
            }
        ],
    }
    with pytest.raises(WebPolicyError) as caught:
        parse_web_policy(section, clauses=["VTS-10"], schedules=["lunch"])
    text = str(caught.value)
    assert "clause VTS-99 which is not in the pack's clauses" in text
    assert "schedule 'siesta'" in text
    assert "device 'tablet'" in text
