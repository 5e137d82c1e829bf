"""Decisions: the outcome, the findings that explain it, and who must act."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Outcome(StrEnum):
    ALLOW = "allow"
    REVIEW = "review"
    BLOCK = "block"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    @classmethod
    def worst(cls, outcomes: list[Outcome]) -> Outcome:
        return max(outcomes, key=lambda o: o.severity, default=cls.ALLOW)

    @classmethod
    def of_web_action(cls, action: str) -> Outcome:
        """The outcome of a web filter's action (a ``web:`` rule's ``block``, ``warn`` or
        ``allow``). The proxy's own word stays ``warn`` in its logs, because a warning
        page lets the person go on; as a decision it asks for review."""
        return _WEB_OUTCOMES[action]


_SEVERITY = {Outcome.ALLOW: 0, Outcome.REVIEW: 1, Outcome.BLOCK: 2}
_WEB_OUTCOMES = {"allow": Outcome.ALLOW, "warn": Outcome.REVIEW, "block": Outcome.BLOCK}


class Evidence(BaseModel):
    """What a finding rests on: a span of text, a list entry, a rule parameter, a fact."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["text_span", "list_entry", "parameter", "field", "person", "date", "score"]
    field: str = Field(default="", description="Event field it comes from, dotted.")
    value: Any = None
    start: int | None = Field(default=None, description="Text span start (characters).")
    end: int | None = Field(default=None, description="Text span end, exclusive.")
    note: str = ""


class Action(BaseModel):
    """Something that must happen, and the role that must do it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description="Stable identifier, e.g. disclose_to_line_manager.")
    description: str
    role: str = Field(description="Pack role key, e.g. line_manager.")
    role_title: str = Field(default="", description="The institution's own title for it.")
    person_id: str | None = Field(
        default=None, description="Who holds that role for this case, when known."
    )
    clauses: list[str] = Field(default_factory=list)
    urgency: Literal["immediately", "soon", "routine"] = "routine"


class Finding(BaseModel):
    """One rule's conclusion about the event."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str
    clauses: list[str]
    outcome: Outcome
    explanation: str
    evidence: list[Evidence] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)


class Decision(BaseModel):
    """The answer to an event: an outcome, the findings behind it, and the actions due."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    organisation: str
    pack_version: str
    event_kind: str
    outcome: Outcome
    findings: list[Finding] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)

    @property
    def clauses(self) -> list[str]:
        """Clause IDs of the findings that set the outcome, in order, once each."""
        seen: dict[str, None] = {}
        for f in self.findings:
            if f.outcome == self.outcome:
                seen.update(dict.fromkeys(f.clauses))
        return list(seen)

    def explain(self) -> str:
        """A plain-text account of the decision for a person."""
        lines = [f"{self.outcome.value.upper()} ({self.event_kind}, {self.organisation})"]
        if not self.findings:
            lines.append("  no rule of the pack applies")
        for f in self.findings:
            lines.append(f"  [{f.outcome.value}] {', '.join(f.clauses)}: {f.explanation}")
            for e in f.evidence:
                detail = e.note or ""
                lines.append(f"      evidence {e.kind} {e.field} = {e.value!r} {detail}".rstrip())
        for a in self.actions:
            who = a.role_title or a.role
            lines.append(f"  action ({who}, {a.urgency}): {a.description}")
        return "\n".join(lines)
