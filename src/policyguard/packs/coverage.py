"""What carries out each clause of a pack, read from the pack itself.

    for row in clause_coverage(pack):
        print(row.clause.id, [means.describe() for means in row.means])

A clause is carried out by the rule bindings that cite it, the parts of the ``web:``
section and the ``reports:`` routes that cite it, the pack's record sections (for record
clauses, by topic), the workflow sections (``training:``, ``device_checks:``,
``review.filtering``, ``retention:``), or a person (a clause the pack marks ``manual``,
with the role and the reason). Other workflows the portal runs are not in the pack: the
clause table (``make clauses``) adds them, and the tests that show each clause, from the
tests tagged ``@pytest.mark.clause("ID")``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from policyguard.packs.compliance import guidance_placements
from policyguard.packs.schema import Clause, ClauseKind, Pack

__all__ = ["RECORD_SECTIONS", "ClauseCoverage", "Means", "clause_coverage"]

# A record clause's topic -> the pack section that records it.
RECORD_SECTIONS = {
    "scope": "applies_to",
    "legislation": "legislation",
    "related": "related_policies",
    "review": "review",
}

# web: parts that cite clauses, besides the list of rules, in the order the filter asks.
_WEB_PARTS = ("always_block", "bypass", "deny", "allow", "safe_search", "search_terms", "logging")

MeansKind = Literal["rule", "web", "record", "manual", "report", "workflow"]


@dataclass(frozen=True)
class Means:
    """One thing that carries out a clause: ``kind`` and the ``name`` of that thing
    (a rule name, a ``web:`` part, a pack section, a role), with a few words of ``detail``."""

    kind: MeansKind
    name: str
    detail: str = ""

    def describe(self) -> str:
        label = {
            "rule": "rule",
            "web": "web filter",
            "record": "record",
            "manual": "person",
            "report": "report routing",
            "workflow": "portal",
        }
        text = f"{label[self.kind]} {self.name}"
        return f"{text} ({self.detail})" if self.detail else text


@dataclass(frozen=True)
class ClauseCoverage:
    clause: Clause
    means: tuple[Means, ...]

    @property
    def automatic(self) -> bool:
        """Carried out by a rule or by the web filter (a decision, not a person's call)."""
        return any(m.kind in ("rule", "web") for m in self.means)


def _words(items: Any) -> str:
    return ", ".join(str(i) for i in items)


def _web_rule_detail(rule: Mapping[str, Any]) -> str:
    detail = f"{rule.get('action', '?')} {_words(rule.get('categories', []))}"
    for key, word in (("audiences", "for"), ("devices", "on"), ("during", "during")):
        if rule.get(key):
            detail += f" {word} {_words(rule[key])}"
    if rule.get("outside"):
        detail += f" outside {_words(rule['outside'])}"
    return detail


def _web_means(web: Mapping[str, Any], clause_id: str) -> list[Means]:
    found: list[Means] = []
    for part in _WEB_PARTS:
        value = web.get(part)
        if isinstance(value, Mapping) and clause_id in value.get("clauses", []):
            detail = _words(value.get("categories", value.get("entries", [])))
            if part == "logging":
                detail = "every visit" if value.get("log_all") else "blocks, warnings, searches"
            found.append(Means("web", part, detail))
    for n, rule in enumerate(web.get("rules", [])):
        if isinstance(rule, Mapping) and clause_id in rule.get("clauses", []):
            found.append(Means("web", f"rules[{n}]", _web_rule_detail(rule)))
    return found


def _report_means(pack: Pack, clause_id: str) -> list[Means]:
    """The kinds of report whose routes cite the clause, with the roles they reach."""
    found = []
    for concern, kind in pack.reports.items():
        roles = [r.to for r in kind.routes if clause_id in kind.route_clauses(r)]
        if roles:
            found.append(
                Means("report", concern, f"{kind.urgency}: {_words(dict.fromkeys(roles))}")
            )
    return found


def _record_means(pack: Pack, clause: Clause) -> list[Means]:
    if clause.kind != ClauseKind.RECORD:
        return []
    sections = [RECORD_SECTIONS[t] for t in clause.topics if t in RECORD_SECTIONS]
    return [Means("record", section) for section in dict.fromkeys(sections)]


def _workflow_means(pack: Pack, clause_id: str) -> list[Means]:
    """The ``training:``, ``device_checks:``, ``review.filtering`` and ``retention:``
    parts that cite the clause (the portal runs them as workflows)."""
    found: list[Means] = []
    training = pack.training
    if clause_id in training.acknowledgement.clauses:
        found.append(Means("workflow", "training.acknowledgement", "acknowledged per version"))
    for key, course in training.courses.items():
        if clause_id in course.clauses:
            every = f"every {course.cycle_months} months" if course.cycle_months else "once"
            detail = f"{_words(course.attendees)}, {every}"
            found.append(Means("workflow", f"training.courses.{key}", detail))
    placed = guidance_placements(pack).get(clause_id)
    if placed is not None:
        shown = ", ".join(["staff guide", *placed[0]])
        found.append(Means("workflow", "training.guidance", shown))
    checks = pack.device_checks
    if checks is not None and clause_id in checks.clauses:
        found.append(Means("workflow", "device_checks", f"every {checks.cycle_days} days"))
    if clause_id in pack.review.filtering.clauses:
        found.append(Means("workflow", "review.filtering", "yearly review with saved checks"))
    retention = pack.retention
    if clause_id in retention.clauses:
        found.append(Means("workflow", "retention", "periods and scheduled purge"))
    if retention.impact_assessment and clause_id in retention.impact_assessment.clauses:
        found.append(Means("workflow", "retention.impact_assessment", "per new version"))
    return found


def clause_coverage(pack: Pack) -> list[ClauseCoverage]:
    """Every clause of ``pack``, in the pack's order, with what in the pack carries it out."""
    rows = []
    for clause in pack.clauses:
        means = [
            Means("rule", binding.rule, f"rules[{n}]")
            for n, binding in enumerate(pack.rules)
            if clause.id in binding.clauses
        ]
        means += _web_means(pack.web_section(), clause.id)
        means += _report_means(pack, clause.id)
        means += _record_means(pack, clause)
        means += _workflow_means(pack, clause.id)
        if clause.manual is not None:
            means.append(Means("manual", pack.role_title(clause.manual.role), clause.manual.role))
        rows.append(ClauseCoverage(clause, tuple(means)))
    return rows
