"""The rule registry: every check a pack can switch on, by name.

A rule is a function of a :class:`RuleContext` that yields findings. It declares the
event kinds it looks at and a pydantic model of its parameters, which the pack loader
validates (with line numbers) when a pack binds the rule. Adding a rule means writing
one decorated function in a module under ``policy/rules/``.

    @rule("connection.contact_restriction", events={"connection"}, params=ContactParams,
          summary="Who may befriend, follow or message whom.")
    def contact_restriction(ctx: RuleContext[ConnectionEvent, ContactParams]) -> Findings:
        ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar
from zoneinfo import ZoneInfo

from pydantic import BaseModel

from policyguard.errors import RuleError
from policyguard.people import Person
from policyguard.policy.decisions import Action, Evidence, Finding, Outcome

if TYPE_CHECKING:
    from policyguard.lookups import Lookups
    from policyguard.packs.schema import Pack, RuleBinding

E = TypeVar("E", bound=BaseModel)
P = TypeVar("P", bound=BaseModel)
Findings = Iterator[Finding]


@dataclass
class RuleContext(Generic[E, P]):
    """What a rule sees: the event, its own parameters, the pack and resolved people."""

    pack: Pack
    binding: RuleBinding
    event: E
    params: P
    people: dict[str, Person]
    lookups: Lookups
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def local_time(self) -> datetime:
        at: datetime = self.event.at  # type: ignore[attr-defined]
        return at.astimezone(ZoneInfo(self.pack.organisation.timezone))

    @property
    def day(self) -> date:
        """The event's date in the pack's timezone: ages and windows are counted from it."""
        return self.local_time.date()

    def person(self, path: str) -> Person | None:
        return self.people.get(path)

    def finding(
        self,
        outcome: Outcome,
        explanation: str,
        *,
        evidence: Sequence[Evidence] = (),
        actions: Sequence[Action] = (),
        clauses: Sequence[str] | None = None,
    ) -> Finding:
        return Finding(
            rule=self.binding.rule,
            clauses=list(clauses if clauses is not None else self.binding.clauses),
            outcome=outcome,
            explanation=explanation,
            evidence=list(evidence),
            actions=list(actions),
        )

    def action(
        self,
        code: str,
        description: str,
        role: str,
        *,
        person_id: str | None = None,
        urgency: Literal["immediately", "soon", "routine"] = "routine",
    ) -> Action:
        return Action(
            code=code,
            description=description,
            role=role,
            role_title=self.pack.role_title(role),
            person_id=person_id,
            clauses=list(self.binding.clauses),
            urgency=urgency,
        )


Check = Callable[[RuleContext[Any, Any]], Iterable[Finding]]


@dataclass(frozen=True)
class RuleSpec:
    name: str
    events: frozenset[str]
    params: type[BaseModel]
    check: Check
    summary: str
    roles: Callable[[Any], Iterable[str]] | None = None
    schedules: Callable[[Any], Iterable[str]] | None = None
    purposes: Callable[[Any], Iterable[str]] | None = None
    notes: Callable[[Any], Iterable[str]] | None = None

    def purpose_keys(self, params: BaseModel) -> list[str]:
        """Purpose keys the bound parameters refer to, checked against the pack."""
        return list(self.purposes(params)) if self.purposes else []

    def binding_notes(self, params: BaseModel) -> list[str]:
        """Advice on bound parameters that are valid but probably not what is meant
        (``pack validate`` prints them)."""
        return list(self.notes(params)) if self.notes else []

    def schedule_names(self, params: BaseModel) -> list[str]:
        """Schedule names the bound parameters refer to, checked against the pack."""
        return list(self.schedules(params)) if self.schedules else []

    def role_keys(self, params: BaseModel) -> list[str]:
        """Role keys the bound parameters refer to, checked against the pack's roles."""
        return list(self.roles(params)) if self.roles else []


_REGISTRY: dict[str, RuleSpec] = {}


def rule(
    name: str,
    *,
    events: Iterable[str],
    params: type[BaseModel],
    summary: str,
    roles: Callable[[Any], Iterable[str]] | None = None,
    schedules: Callable[[Any], Iterable[str]] | None = None,
    purposes: Callable[[Any], Iterable[str]] | None = None,
    notes: Callable[[Any], Iterable[str]] | None = None,
) -> Callable[[Check], Check]:
    """Register ``check`` under ``name``. ``roles``, ``schedules`` and ``purposes`` give the
    keys the bound parameters name, which the pack loader checks against the pack."""

    def register(check: Check) -> Check:
        if name in _REGISTRY:
            raise RuleError(f"rule {name!r} is registered twice")
        _REGISTRY[name] = RuleSpec(
            name, frozenset(events), params, check, summary, roles, schedules, purposes, notes
        )
        return check

    return register


def get_rule(name: str) -> RuleSpec:
    _load_builtin_rules()
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise RuleError(f"unknown rule {name!r}; known rules: {known}") from None


def registered_rules() -> list[RuleSpec]:
    _load_builtin_rules()
    return sorted(_REGISTRY.values(), key=lambda spec: spec.name)


def _load_builtin_rules() -> None:
    # Importing the package registers every built-in rule module exactly once.
    import policyguard.policy.rules  # noqa: F401
