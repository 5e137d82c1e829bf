"""Web filtering: category lists, a memory-mapped snapshot, per-audience policy, a Squid
helper, DNS exports and safeguarding search terms.

    from policyguard.webfilter import Snapshot, WebFilter, compile_snapshot
    compile_snapshot(Path("org.pgwf"), ut1=Path("ut1"), policy=policy_from_pack(pack))
    verdict = WebFilter(Snapshot.open("org.pgwf")).decide(url, client_ip=ip, user=name)

Names are imported on first use, so the Squid helper loads only what its hot path needs
(no pydantic): start-up stays small.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Snapshot": "snapshot",
    "build_snapshot": "snapshot",
    "BuildReport": "snapshot",
    "WebFilter": "engine",
    "Verdict": "engine",
    "compile_snapshot": "build",
    "ListSpec": "build",
    "Category": "lists",
    "ListFormat": "lists",
    "Source": "lists",
    "Tier": "lists",
    "read_ut1": "lists",
    "WebPolicy": "policy",
    "parse_web_policy": "policy",
    "policy_from_pack": "policy",
    "compile_policy": "policy",
    "parse_target": "urls",
    "normalise_host": "urls",
    "Target": "urls",
    "extract_search_term": "searchterms",
    "default_taxonomy": "searchterms",
    "verdict_decision": "decision",
    "WebFilterError": "errors",
    "UrlError": "errors",
    "ListError": "errors",
    "SnapshotError": "errors",
    "WebPolicyError": "errors",
    "ListProblem": "errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'policyguard.webfilter' has no attribute {name!r}")
    return getattr(import_module(f"policyguard.webfilter.{module}"), name)
