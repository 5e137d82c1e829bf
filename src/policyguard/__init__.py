"""policyguard: carry out a college's social media and internet policy, clause by clause.

from policyguard import load_bundled, evaluate
decision = evaluate(load_bundled("nclt"), {"kind": "connection", ...})
decision.outcome, decision.findings, decision.actions
"""

from policyguard.errors import EventError, PackError, PackNotFound, PolicyguardError, RuleError
from policyguard.lookups import Consent, InMemoryLookups, Lookups
from policyguard.packs.loader import (
    bundled_slugs,
    load_bundled,
    load_pack,
    load_pack_file,
    parse_pack,
)
from policyguard.packs.schema import Clause, ClauseKind, Pack
from policyguard.people import Affiliation, AffiliationKind, Person, Relation, RelationKind
from policyguard.policy.decisions import Action, Decision, Evidence, Finding, Outcome
from policyguard.policy.evaluate import evaluate, parse_event
from policyguard.policy.events import (
    AccountChangeEvent,
    ConnectionEvent,
    Event,
    MediaEvent,
    PostEvent,
    ProfileEvent,
    ReportEvent,
    WebRequestEvent,
)
from policyguard.policy.registry import RuleContext, registered_rules, rule

__all__ = [
    "AccountChangeEvent",
    "Action",
    "Affiliation",
    "AffiliationKind",
    "Clause",
    "ClauseKind",
    "ConnectionEvent",
    "Consent",
    "Decision",
    "Event",
    "EventError",
    "Evidence",
    "Finding",
    "InMemoryLookups",
    "Lookups",
    "MediaEvent",
    "Outcome",
    "Pack",
    "PackError",
    "PackNotFound",
    "Person",
    "PolicyguardError",
    "PostEvent",
    "ProfileEvent",
    "Relation",
    "RelationKind",
    "ReportEvent",
    "RuleContext",
    "RuleError",
    "WebRequestEvent",
    "bundled_slugs",
    "evaluate",
    "load_bundled",
    "load_pack",
    "load_pack_file",
    "parse_event",
    "parse_pack",
    "registered_rules",
    "rule",
]
