"""policyguard: carry out a college's social media and internet policy, clause by clause.

from policyguard import load_bundled, evaluate
decision = evaluate(load_bundled("nclt"), {"kind": "connection", ...})
decision.outcome, decision.findings, decision.actions
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Names are imported on first use: the Squid helper imports policyguard.webfilter on every
# proxy worker start, and must not pay for pydantic and the rule registry it never uses.
_EXPORTS = {
    "AccountChangeEvent": "policyguard.policy.events",
    "Action": "policyguard.policy.decisions",
    "Affiliation": "policyguard.people",
    "AffiliationKind": "policyguard.people",
    "Clause": "policyguard.packs.schema",
    "ClauseKind": "policyguard.packs.schema",
    "ConnectionEvent": "policyguard.policy.events",
    "Consent": "policyguard.lookups",
    "Decision": "policyguard.policy.decisions",
    "Event": "policyguard.policy.events",
    "EventError": "policyguard.errors",
    "Evidence": "policyguard.policy.decisions",
    "Finding": "policyguard.policy.decisions",
    "InMemoryLookups": "policyguard.lookups",
    "Lookups": "policyguard.lookups",
    "MediaEvent": "policyguard.policy.events",
    "Outcome": "policyguard.policy.decisions",
    "Pack": "policyguard.packs.schema",
    "PackError": "policyguard.errors",
    "PackNotFound": "policyguard.errors",
    "Person": "policyguard.people",
    "PolicyguardError": "policyguard.errors",
    "PostEvent": "policyguard.policy.events",
    "ProfileEvent": "policyguard.policy.events",
    "Relation": "policyguard.people",
    "RelationKind": "policyguard.people",
    "ReportEvent": "policyguard.policy.events",
    "RuleContext": "policyguard.policy.registry",
    "RuleError": "policyguard.errors",
    "WebRequestEvent": "policyguard.policy.events",
    "bundled_slugs": "policyguard.packs.loader",
    "evaluate": "policyguard.policy.evaluate",
    "load_bundled": "policyguard.packs.loader",
    "load_pack": "policyguard.packs.loader",
    "load_pack_file": "policyguard.packs.loader",
    "parse_event": "policyguard.policy.evaluate",
    "parse_pack": "policyguard.packs.loader",
    "registered_rules": "policyguard.policy.registry",
    "rule": "policyguard.policy.registry",
}

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


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'policyguard' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
