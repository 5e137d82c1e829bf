"""What changed between two versions of a pack, in words, and who must do something
differently because of it.

    for change in diff_packs(old, new):
        print(change.summary, change.audiences)   # ("staff",) : staff must acknowledge again

A change *asks again* (``audiences`` not empty) when it changes what a person must do:
a rule, workflow or guidance clause added, removed or reworded; a rule binding's
parameters (whom it applies to, what it allows); the schedules personal use depends on;
the web filter's rules; where reports go; the purposes images may be used for. Changes
to the record of the policy itself (its version, review dates, owner, legislation, role
titles, retention periods, training courses) are listed but ask nobody again.

Who is asked is read from the pack: a binding's ``actors``, ``owners``, ``authors`` or
``audiences`` name whom it applies to (staff, student; the web filter's learner is a
student); a clause is asked of whoever the bindings citing it apply to, everyone when
none says.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from policyguard.packs.schema import Clause, ClauseKind, Pack, RuleBinding

__all__ = ["EVERYONE", "PackChange", "diff_packs"]

EVERYONE: tuple[str, ...] = ("staff", "student")
ChangeKind = Literal["added", "removed", "changed"]
# Binding parameters that name whom a rule applies to.
_WHO_PARAMS = ("actors", "owners", "authors", "audiences")
_WEB_AUDIENCES = {"learner": "student", "staff": "staff"}  # guests are not members


@dataclass(frozen=True)
class PackChange:
    """One difference between two versions, as a person reads it."""

    area: str  # clause, rule, schedule, web, reports, purposes, roles, record
    key: str  # the clause id, rule name, schedule name...
    change: ChangeKind
    summary: str
    clauses: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()  # who must acknowledge again; () for nobody

    @property
    def asks_again(self) -> bool:
        return bool(self.audiences)

    def as_dict(self) -> dict[str, Any]:
        return {
            "area": self.area,
            "key": self.key,
            "change": self.change,
            "summary": self.summary,
            "clauses": list(self.clauses),
            "audiences": list(self.audiences),
        }


def _audiences(values: Iterable[str]) -> tuple[str, ...]:
    found = {_WEB_AUDIENCES.get(v, v) for v in values}
    return tuple(a for a in EVERYONE if a in found)


def _binding_audiences(binding: RuleBinding) -> tuple[str, ...]:
    named = [str(v) for key in _WHO_PARAMS for v in binding.params.get(key, []) or []]
    return _audiences(named) if named else EVERYONE


def _clause_audiences(pack: Pack, clause: Clause) -> tuple[str, ...]:
    if clause.kind == ClauseKind.RECORD:
        return ()
    bindings = pack.enforcing(clause.id)
    if not bindings:
        return EVERYONE
    found: set[str] = set()
    for binding in bindings:
        found.update(_binding_audiences(binding))
    return tuple(a for a in EVERYONE if a in found)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return text if len(text) <= 160 else text[:157] + "..."


def _param_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    parts = []
    for key in dict.fromkeys([*old, *new]):
        if old.get(key) != new.get(key):
            before = _short(old[key]) if key in old else "(not set)"
            after = _short(new[key]) if key in new else "(not set)"
            parts.append(f"{key}: {before} -> {after}")
    return "; ".join(parts)


def _clause_changes(old: Pack, new: Pack) -> list[PackChange]:
    changes = []
    before = {c.id: c for c in old.clauses}
    after = {c.id: c for c in new.clauses}
    for clause_id, clause in after.items():
        was = before.get(clause_id)
        where = f"{clause_id} ({clause.section})"
        if was is None:
            changes.append(
                PackChange(
                    "clause",
                    clause_id,
                    "added",
                    f"New {clause.kind.value} {where}: {clause.summary}",
                    (clause_id,),
                    _clause_audiences(new, clause),
                )
            )
        elif (was.summary, was.kind, was.section) != (clause.summary, clause.kind, clause.section):
            changes.append(
                PackChange(
                    "clause",
                    clause_id,
                    "changed",
                    f"{where} now reads: {clause.summary}",
                    (clause_id,),
                    _clause_audiences(new, clause)
                    if was.summary != clause.summary or was.kind != clause.kind
                    else (),
                )
            )
    for clause_id, was in before.items():
        if clause_id not in after:
            changes.append(
                PackChange(
                    "clause",
                    clause_id,
                    "removed",
                    f"{clause_id} ({was.section}) no longer applies: {was.summary}",
                    (clause_id,),
                    _clause_audiences(old, was),
                )
            )
    return changes


def _binding_key(binding: RuleBinding) -> tuple[str, tuple[str, ...]]:
    return binding.rule, tuple(binding.clauses)


def _rule_changes(old: Pack, new: Pack) -> list[PackChange]:
    changes = []

    def grouped(pack: Pack) -> dict[tuple[str, tuple[str, ...]], list[RuleBinding]]:
        groups: dict[tuple[str, tuple[str, ...]], list[RuleBinding]] = {}
        for binding in pack.rules:
            groups.setdefault(_binding_key(binding), []).append(binding)
        return groups

    before, after = grouped(old), grouped(new)
    for key in dict.fromkeys([*before, *after]):
        rule, clauses = key
        olds, news = before.get(key, []), after.get(key, [])
        cited = ", ".join(clauses)
        for n in range(max(len(olds), len(news))):
            was = olds[n] if n < len(olds) else None
            now = news[n] if n < len(news) else None
            if was is not None and now is not None:
                if was.params == now.params:
                    continue
                who = tuple(sorted(set(_binding_audiences(was)) | set(_binding_audiences(now))))
                changes.append(
                    PackChange(
                        "rule",
                        rule,
                        "changed",
                        f"How {rule} checks {cited} changed: "
                        f"{_param_changes(was.params, now.params)}",
                        clauses,
                        tuple(a for a in EVERYONE if a in who),
                    )
                )
            elif now is not None:
                changes.append(
                    PackChange(
                        "rule",
                        rule,
                        "added",
                        f"{cited} is now checked by {rule}",
                        clauses,
                        _binding_audiences(now),
                    )
                )
            elif was is not None:
                changes.append(
                    PackChange(
                        "rule",
                        rule,
                        "removed",
                        f"{rule} no longer checks {cited}",
                        clauses,
                        _binding_audiences(was),
                    )
                )
    return changes


def _schedule_changes(old: Pack, new: Pack) -> list[PackChange]:
    changes = []
    for name in dict.fromkeys([*old.schedules, *new.schedules]):
        was = "; ".join(w.describe() for w in old.schedules.get(name, []))
        now = "; ".join(w.describe() for w in new.schedules.get(name, []))
        if was == now:
            continue
        kind: ChangeKind = "changed" if was and now else ("added" if now else "removed")
        summary = f"The {name.replace('_', ' ')} times are now {now or 'not set'}"
        if was:
            summary += f" (were {was})"
        who = set(_schedule_audiences(old, name)) | set(_schedule_audiences(new, name))
        changes.append(
            PackChange("schedule", name, kind, summary, (), tuple(a for a in EVERYONE if a in who))
        )
    return changes


def _schedule_audiences(pack: Pack, name: str) -> tuple[str, ...]:
    """Whom the rules that read schedule ``name`` apply to (nobody when none reads it)."""
    found: set[str] = set()
    for binding in pack.rules:
        if name in (binding.params.get("windows") or []):
            found.update(_binding_audiences(binding))
    for rule in pack.web_section().get("rules", []):
        if name in [*rule.get("during", []), *rule.get("outside", [])]:
            found.update(
                _audiences(rule.get("audiences", [])) if rule.get("audiences") else EVERYONE
            )
    return tuple(a for a in EVERYONE if a in found)


def _web_changes(old: Pack, new: Pack) -> list[PackChange]:
    before, after = old.web_section(), new.web_section()
    changes = []
    old_rules = [_short(r) for r in before.get("rules", [])]
    new_rules = [_short(r) for r in after.get("rules", [])]
    for rule in after.get("rules", []):
        if _short(rule) not in old_rules:
            changes.append(_web_rule_change(rule, "added"))
    for rule in before.get("rules", []):
        if _short(rule) not in new_rules:
            changes.append(_web_rule_change(rule, "removed"))
    for part in dict.fromkeys([*before, *after]):
        if part == "rules" or before.get(part) == after.get(part):
            continue
        changes.append(
            PackChange(
                "web",
                part,
                "changed",
                f"Web filtering, {part.replace('_', ' ')}: "
                f"{_short(before.get(part))} -> {_short(after.get(part))}",
                (),
                (),
            )
        )
    return changes


def _web_rule_change(rule: Mapping[str, Any], kind: ChangeKind) -> PackChange:
    audiences = _audiences(rule.get("audiences", [])) if rule.get("audiences") else EVERYONE
    what = f"{rule.get('action', '?')} {', '.join(rule.get('categories', []))}"
    for key, word in (("audiences", "for"), ("devices", "on"), ("during", "during")):
        if rule.get(key):
            what += f" {word} {', '.join(rule[key])}"
    verb = "New web-filter rule" if kind == "added" else "Web-filter rule removed"
    return PackChange(
        "web", "rules", kind, f"{verb}: {what}", tuple(rule.get("clauses", [])), audiences
    )


def _section_changes(old: Pack, new: Pack) -> list[PackChange]:
    changes = []
    for section, audiences in (("reports", EVERYONE), ("purposes", ("staff",))):
        was = _short(getattr(old, section) and _dump(getattr(old, section)))
        now = _short(getattr(new, section) and _dump(getattr(new, section)))
        if was != now:
            label = "Where reports go" if section == "reports" else "What images may be used for"
            changes.append(
                PackChange(section, section, "changed", f"{label} changed", (), audiences)
            )
    for key in dict.fromkeys([*old.roles, *new.roles]):
        was_role, now_role = old.roles.get(key), new.roles.get(key)
        if was_role is not None and now_role is not None and was_role.title != now_role.title:
            changes.append(
                PackChange(
                    "roles",
                    key,
                    "changed",
                    f"The {was_role.title} is now called {now_role.title}",
                )
            )
    records = ("review", "legislation", "related_policies", "applies_to", "document")
    for section in (*records, "training", "retention", "device_checks"):
        if _dump(getattr(old, section)) != _dump(getattr(new, section)):
            changes.append(
                PackChange(
                    "record",
                    section,
                    "changed",
                    f"The {section.replace('_', ' ')} section changed",
                )
            )
    return changes


def _dump(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, Mapping):
        return {k: _dump(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dump(v) for v in value]
    return value


def diff_packs(old: Pack, new: Pack) -> list[PackChange]:
    """Every difference between ``old`` and ``new`` that a person would care about, those
    that ask someone to acknowledge again first."""
    changes = [
        *_clause_changes(old, new),
        *_rule_changes(old, new),
        *_schedule_changes(old, new),
        *_web_changes(old, new),
        *_section_changes(old, new),
    ]
    return sorted(changes, key=lambda c: not c.asks_again)
