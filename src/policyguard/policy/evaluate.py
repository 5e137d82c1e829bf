"""``evaluate(pack, event, lookups)``: the one way a decision is made."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from policyguard.errors import EventError, Problem
from policyguard.lookups import NO_LOOKUPS, Lookups
from policyguard.packs.schema import Pack
from policyguard.people import Person
from policyguard.policy.binding import bound_rules
from policyguard.policy.decisions import Action, Decision, Finding, Outcome
from policyguard.policy.events import (
    EVENT_ADAPTER,
    Event,
    EventKind,
    MediaEvent,
    MediaType,
    PostEvent,
)
from policyguard.policy.registry import RuleContext
from policyguard.sanitize import clean_tree

EVENT_KINDS = frozenset(k.value for k in EventKind)


def parse_event(data: Mapping[str, Any] | str | bytes) -> Event:
    """An event from JSON text or a mapping. Raises EventError naming each bad field.

    Control characters are taken out of every string first (``policyguard.sanitize``):
    a NUL in a name or a text would otherwise reach the rules and the stored decision.
    """
    if isinstance(data, str | bytes):
        try:
            data = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            message = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            raise EventError(problems=[Problem("", f"invalid JSON: {message}")]) from None
        except RecursionError:
            raise EventError(problems=[Problem("", "invalid JSON: nested too deeply")]) from None
    try:
        return EVENT_ADAPTER.validate_python(clean_tree(data))
    except ValidationError as exc:
        raise EventError(problems=_event_problems(exc)) from None


def _event_problems(exc: ValidationError) -> list[Problem]:
    problems = []
    for error in exc.errors(include_url=False):
        loc = [p for p in error["loc"] if isinstance(p, str | int)]
        # The discriminated union puts the event kind first; it is not a field the user wrote.
        if loc and loc[0] in EVENT_KINDS:
            loc = loc[1:]
        field = ".".join(str(p) for p in loc)
        message = error["msg"]
        if error["type"] == "union_tag_invalid" or error["type"] == "union_tag_not_found":
            field = "kind"
        if error["type"] == "json_invalid":
            message = f"invalid JSON: {error['ctx'].get('error', message)}"
        problems.append(Problem(field, message))
    return problems


def person_refs(event: BaseModel, path: str = "") -> Iterator[tuple[str, str | Person]]:
    """Every person reference in ``event``, with its dotted field path."""
    for name in type(event).model_fields:
        value = getattr(event, name)
        here = f"{path}{name}"
        if isinstance(value, Person | str) and _is_person_field(type(event), name):
            yield here, value
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, Person | str) and _is_person_field(type(event), name):
                    yield f"{here}.{i}", item
                elif isinstance(item, BaseModel):
                    yield from person_refs(item, f"{here}.{i}.")
        elif isinstance(value, BaseModel) and not isinstance(value, Person):
            yield from person_refs(value, f"{here}.")


def _is_person_field(model: type[BaseModel], name: str) -> bool:
    annotation = str(model.model_fields[name].annotation)
    return "Person" in annotation


def resolve_people(event: BaseModel, lookups: Lookups) -> dict[str, Person]:
    """Resolve every reference; an unknown id is an EventError naming the field."""
    people: dict[str, Person] = {}
    problems = []
    for path, ref in person_refs(event):
        if isinstance(ref, Person):
            people[path] = ref
            continue
        found = lookups.person(ref)
        if found is None:
            problems.append(Problem(path, f"no person with id {ref!r} in the directory"))
        else:
            people[path] = found
    if problems:
        raise EventError(problems=problems)
    return people


def pack_problems(pack: Pack, event: BaseModel) -> list[Problem]:
    """What in ``event`` names something ``pack`` does not define (a media purpose)."""
    problems = []
    if (
        isinstance(event, MediaEvent | PostEvent)
        and event.purpose
        and event.purpose not in pack.purposes
    ):
        choices = ", ".join(pack.purposes) or "none are defined"
        problems.append(
            Problem(
                "purpose",
                f"{event.purpose!r} is not one of {pack.organisation.short_name}'s purposes "
                f"({choices})",
            )
        )
    return problems


def _findings(
    pack: Pack, event: Event, people: dict[str, Person], lookups: Lookups
) -> list[Finding]:
    findings: list[Finding] = []
    for bound in bound_rules(pack):
        if event.kind not in bound.spec.events:
            continue
        context: RuleContext[Any, Any] = RuleContext(
            pack=pack,
            binding=bound.binding,
            event=event,
            params=bound.params,
            people=people,
            lookups=lookups,
        )
        findings.extend(bound.spec.check(context))
    return findings


_UNKNOWN_AUTHOR = Person(id="(author not in the directory)", name="the author")


def attached_media_events(post: PostEvent, people: dict[str, Person]) -> list[MediaEvent]:
    """The media a post carries, as media events: one per kind (images, video...), by the
    post's author, at its time, for its account and purpose, showing everyone shown in
    any item of that kind (``people``: the post's resolved references), once each."""
    by_kind: dict[MediaType, dict[str, Person]] = {}
    on_premises: set[MediaType] = set()
    for i, item in enumerate(post.media):
        shown = by_kind.setdefault(item.media_type, {})
        if item.on_premises:
            on_premises.add(item.media_type)
        for j, _ref in enumerate(item.people_shown):
            person = people[f"media.{i}.people_shown.{j}"]
            shown.setdefault(person.id, person)
    author = people.get("author", _UNKNOWN_AUTHOR)
    return [
        MediaEvent(
            at=post.at,
            author=author,
            media_type=kind,
            account_type=post.account_type,
            platform=post.platform,
            people_shown=list(shown.values()),
            on_premises=kind in on_premises,
            purpose=post.purpose,
            caption=post.text[:500],
        )
        for kind, shown in by_kind.items()
    ]


def evaluate(
    pack: Pack,
    event: Event | Mapping[str, Any] | str,
    lookups: Lookups | None = None,
) -> Decision:
    """Decide on ``event`` under ``pack``.

    Every rule the pack binds for the event's kind runs; the outcome is the most severe
    of their findings (block > review > allow), or allow when none objects.

    Raises EventError when the event names something the pack does not define (a media
    purpose outside the pack's ``purposes``) or a person the lookups do not know.
    """
    if not isinstance(event, BaseModel):
        event = parse_event(event if not isinstance(event, Mapping) else dict(event))
    problems = pack_problems(pack, event)
    if problems:
        raise EventError(problems=problems)
    lookups = lookups or NO_LOOKUPS
    people = resolve_people(event, lookups)
    findings = _findings(pack, event, people, lookups)
    if isinstance(event, PostEvent):
        for media_event in attached_media_events(event, people):
            findings.extend(
                _findings(pack, media_event, resolve_people(media_event, lookups), lookups)
            )
    actions: list[Action] = []
    for finding in findings:
        for action in finding.actions:
            if action not in actions:
                actions.append(action)
    return Decision(
        organisation=pack.slug,
        pack_version=pack.version,
        event_kind=event.kind,
        outcome=Outcome.worst([f.outcome for f in findings]),
        findings=findings,
        actions=actions,
    )
