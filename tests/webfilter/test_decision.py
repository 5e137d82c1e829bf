"""Verdicts as core Decisions, and the web_filter.categories rule through evaluate()."""

from __future__ import annotations

from datetime import datetime

from policyguard import verdict_decision
from policyguard.packs.schema import Pack
from policyguard.policy.decisions import Outcome
from policyguard.policy.evaluate import evaluate
from policyguard.webfilter.engine import WebFilter

from .conftest import LONDON, MORNING


def test_a_block_is_a_decision_citing_clauses_with_the_list_entry(web: WebFilter) -> None:
    verdict = web.decide("http://m.facebook.test/x", client_ip="10.10.0.1", at=MORNING)
    decision = verdict_decision(verdict, organisation="test-college", pack_version="1")
    assert decision.outcome is Outcome.BLOCK
    assert decision.clauses == ["VTS-10"]
    evidence = decision.findings[0].evidence[0]
    assert (evidence.kind, evidence.value, evidence.note) == (
        "list_entry",
        "facebook.test",
        "category social_networks",
    )


def test_a_high_risk_search_alerts_the_dsl_immediately(web: WebFilter) -> None:
    verdict = web.decide(
        "http://www.google.com/search?q=how+to+k1ll+myslef", client_ip="10.10.0.1", at=MORNING
    )
    assert verdict.search == ("google", "how to k1ll myslef")
    decision = verdict_decision(
        verdict,
        organisation="t",
        pack_version="1",
        search_clauses=["VTS-24"],
        alert_role_title="Designated Safeguarding Lead",
    )
    assert decision.outcome is Outcome.REVIEW
    (action,) = decision.actions
    assert (action.role, action.urgency, action.clauses) == ("dsl", "immediately", ["VTS-24"])


def test_a_medium_search_is_reviewed_without_an_alert(web: WebFilter) -> None:
    verdict = web.decide("http://www.bing.com/search?q=county+lines+meaning", client_ip="10.10.0.1")
    verdict_medium = web.decide("http://www.bing.com/search?q=buy+weed", client_ip="10.10.0.1")
    assert verdict.terms[0].severity == "high"
    assert verdict_medium.terms[0].severity == "medium"
    decision = verdict_decision(verdict_medium, organisation="t", pack_version="1")
    assert decision.outcome is Outcome.REVIEW and decision.actions == []


def test_the_rule_decides_web_request_events_through_evaluate(pack: Pack) -> None:
    at = datetime(2025, 3, 12, 10, 0, tzinfo=LONDON).isoformat()
    event = {
        "kind": "web_request",
        "at": at,
        "url": "https://social.test/feed",
        "audience": "learner",
        "device": "learner_pc",
        "categories": ["social_networks"],
    }
    decision = evaluate(pack, event)
    assert decision.outcome is Outcome.BLOCK
    assert decision.clauses == ["VTS-10"]
    lunch = dict(
        event,
        at=datetime(2025, 3, 12, 12, 15, tzinfo=LONDON).isoformat(),
        audience="staff",
        device="staff_laptop",
    )
    assert evaluate(pack, lunch).outcome is Outcome.ALLOW
    search = dict(event, url="https://www.youtube.com/results?search_query=kys", categories=[])
    decision = evaluate(pack, search)
    assert [a.role_title for a in decision.actions] == ["Designated Safeguarding Lead"]


def test_a_staff_members_alarming_search_goes_to_the_role_its_route_names(pack: Pack) -> None:
    """``alert_routes`` (WCUC-04's shape): the same search by a learner alerts the DSL,
    by a member of staff the role routed for staff; the decision says who must act."""
    assert pack.web is not None and pack.web.search_terms is not None
    terms = pack.web.search_terms.model_copy(update={"alert_routes": {"staff": "it_manager"}})
    routed = pack.model_copy(update={"web": pack.web.model_copy(update={"search_terms": terms})})
    search = {
        "kind": "web_request",
        "at": datetime(2025, 3, 12, 10, 0, tzinfo=LONDON).isoformat(),
        "url": "https://www.youtube.com/results?search_query=kys",
        "audience": "learner",
        "device": "learner_pc",
        "categories": [],
    }
    learner = evaluate(routed, search)
    staff = evaluate(routed, dict(search, audience="staff", device="staff_laptop"))
    assert [(a.role, a.role_title) for a in learner.actions] == [
        ("dsl", "Designated Safeguarding Lead")
    ]
    assert [(a.role, a.role_title) for a in staff.actions] == [("it_manager", "IT Manager")]
