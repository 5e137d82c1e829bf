"""Content rules: what a post says, screened by the detectors of ``policyguard.screening``.

Each rule is parametrised so that one pack binds it to its own clauses, accounts and
thresholds; a pack may bind a rule more than once (say, topics on official accounts for
one clause and claims to speak for the institution on personal accounts for another).
Every finding carries the spans it rests on as ``text_span`` evidence (start, end, the
matched text, the label and score in the note) and the strongest score as ``score``
evidence.

- ``content.abuse``: abusive, harassing, discriminatory, sexual or threatening language.
- ``content.personal_data``: names of people in the directory, contact details, birth
  dates, identity and bank numbers; consent and self-mention are taken into account.
- ``content.topics``: political, religious, promotional, spam and chain-letter content,
  outside links, claims to speak for the institution, confidential, embargoed and
  sensitive topics.
- ``content.spelling``: British spelling on official accounts.
- ``content.moderation``: every post by or to the accounts it covers goes to a role.

The detectors load lazily, on the first post, so packs that bind none of these rules
never need the screening extras installed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from policyguard.people import AffiliationKind, Person
from policyguard.policy.decisions import Evidence, Finding, Outcome
from policyguard.policy.events import AccountType, PostEvent
from policyguard.policy.registry import RuleContext, rule
from policyguard.policy.rules._common import param

if TYPE_CHECKING:
    from policyguard.lookups import Lookups
    from policyguard.screening.base import Detection

Direction = Literal["outgoing", "incoming"]


class _Scope(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    account_types: list[AccountType] = Field(
        default_factory=list, description="Accounts the rule covers; empty means all."
    )
    directions: list[Direction] = Field(default_factory=lambda: _both_ways())


def _both_ways() -> list[Direction]:
    return ["outgoing", "incoming"]


def _applies(scope: _Scope, event: PostEvent) -> bool:
    types_ok = not scope.account_types or event.account_type in scope.account_types
    return types_ok and event.direction in scope.directions


def _spans(detections: Sequence[Detection]) -> list[Evidence]:
    evidence = [
        Evidence(
            kind="text_span", field="text", start=d.start, end=d.end, value=d.match, note=_note(d)
        )
        for d in detections
    ]
    strongest = max(d.score for d in detections)
    evidence.append(Evidence(kind="score", field="text", value=round(strongest, 3)))
    return evidence


def _note(detection: Detection) -> str:
    extra = "; ".join(f"{k}: {v}" for k, v in sorted(detection.detail.items()) if v)
    note = (
        f"{detection.label.replace('_', ' ')} ({detection.detector}, score {detection.score:.2f})"
    )
    return f"{note}; {extra}" if extra else note


def _labels(detections: Sequence[Detection]) -> str:
    return ", ".join(dict.fromkeys(d.label.replace("_", " ") for d in detections))


# --- abuse ---------------------------------------------------------------------------


class AbuseParams(_Scope):
    review_at: float = Field(default=0.5, ge=0, le=1, description="Score that asks review.")
    block_at: float = Field(default=0.9, ge=0, le=1, description="Score that blocks.")
    extra_terms: dict[str, list[str]] = Field(
        default_factory=dict, description="Label -> terms the institution adds to the lexicon."
    )
    notify_role: str | None = Field(
        default=None, description="Role told when abuse reaches review (e.g. dsl)."
    )


def _abuse_roles(params: AbuseParams) -> list[str]:
    return [params.notify_role] if params.notify_role else []


@rule(
    "content.abuse",
    events={"post"},
    params=AbuseParams,
    roles=_abuse_roles,
    summary="Abusive, harassing, discriminatory, sexual or threatening language.",
)
def abuse(ctx: RuleContext[PostEvent, AbuseParams]) -> Iterator[Finding]:
    from policyguard.screening.abuse import AbuseDetector
    from policyguard.screening.screen import aim_insults, memo

    event, params = ctx.event, ctx.params
    if not _applies(params, event) or not event.text.strip():
        return
    detector = memo(params, "abuse", lambda: AbuseDetector(extra_terms=params.extra_terms))
    found = aim_insults(detector.detect(event.text), _name_hits(ctx.lookups, ctx.event.text))
    found = [d for d in found if d.score >= params.review_at]
    if not found:
        return
    strongest = max(d.score for d in found)
    outcome = Outcome.BLOCK if strongest >= params.block_at else Outcome.REVIEW
    actions = []
    if params.notify_role:
        actions.append(
            ctx.action(
                "review_abuse",
                "Abusive content was found in a post; "
                "check whether someone needs support or a report.",
                params.notify_role,
                urgency="soon",
            )
        )
    yield ctx.finding(
        outcome,
        f"The post contains language the policy forbids ({_labels(found)}).",
        evidence=[
            *_spans(found),
            param("review_at", params.review_at),
            param("block_at", params.block_at),
        ],
        actions=actions,
    )


# --- personal data -------------------------------------------------------------------

PersonalLabel = Literal[
    "person_name",
    "email",
    "phone",
    "postcode",
    "home_address",
    "date_of_birth",
    "ni_number",
    "bank_details",
    "student_id",
]
_ALL_PERSONAL: tuple[PersonalLabel, ...] = get_args(PersonalLabel)


_PERSONAL_BLOCKING: tuple[PersonalLabel, ...] = (
    "date_of_birth",
    "home_address",
    "ni_number",
    "bank_details",
)


class PersonalDataParams(_Scope):
    labels: list[PersonalLabel] = Field(default_factory=lambda: list(_ALL_PERSONAL))
    block_labels: list[PersonalLabel] = Field(
        default_factory=lambda: list(_PERSONAL_BLOCKING),
        description="Labels that block; the others ask review.",
    )
    name_threshold: float = Field(
        default=0.5, ge=0, le=1, description="Score at which a name mention counts."
    )
    people: list[AffiliationKind] = Field(
        default_factory=list, description="Whose names count (empty: anyone in the directory)."
    )
    consent_use: str | None = Field(
        default="official_social_media",
        description="On official accounts, a valid consent for this use clears a name.",
    )
    allowed: list[str] = Field(
        default_factory=list,
        description="The institution's own public contact details, which are not personal "
        "data: switchboard and office numbers, emails, campus postcodes and addresses.",
    )
    student_ids: list[str] = Field(
        default_factory=list,
        description="Formats of the institution's student or learner numbers, written as "
        "they look: 9 a digit, A a capital letter, anything else itself (e.g. W99999999). "
        "An all-digit format counts only next to a word such as 'student' or 'ID'.",
    )
    names_outside_directory: bool = Field(
        default=True,
        description="Also ask review for what reads as a person's name but is not in the "
        "directory ('well done to Chloe Barker'); such a finding never blocks.",
    )

    @field_validator("student_ids")
    @classmethod
    def _formats(cls, value: list[str]) -> list[str]:
        from policyguard.screening.personal import student_id_pattern

        for template in value:
            student_id_pattern(template)  # ValueError names the format and the fix
        return value


@rule(
    "content.personal_data",
    events={"post"},
    params=PersonalDataParams,
    summary="Names of people in the directory, contact details, birth dates, ID and bank numbers.",
    notes=lambda params: personal_data_notes(params),
)
def personal_data(ctx: RuleContext[PostEvent, PersonalDataParams]) -> Iterator[Finding]:
    from policyguard.screening.personal import PersonalDataDetector
    from policyguard.screening.screen import memo

    event, params = ctx.event, ctx.params
    if not _applies(params, event) or not event.text.strip():
        return
    detector = memo(
        params,
        "personal",
        lambda: PersonalDataDetector(allowed=params.allowed, student_ids=params.student_ids),
    )
    # A detail held under the review line (0.45: one the post says is made up, "Example of
    # how to fill in the form: ...") is shown by the screener but asks for nothing here.
    found = [d for d in detector.detect(event.text) if d.label in params.labels and d.score >= 0.5]
    cleared: list[Evidence] = []
    if "person_name" in params.labels:
        names, cleared = _names_that_count(ctx)
        found += names
        if params.names_outside_directory:
            found += _names_outside_directory(event.text, [*names, *cleared])
    if not found:
        return
    # What no one has confirmed (an address that may be a shop, a name not in the
    # directory, an account said to take donations) asks a person to look; it never
    # blocks alone.
    blocking = [
        d
        for d in found
        if d.label in params.block_labels
        and "unconfirmed" not in d.detail
        and "donations" not in d.detail
    ]
    yield ctx.finding(
        Outcome.BLOCK if blocking else Outcome.REVIEW,
        f"The post contains personal data ({_labels(found)}).",
        evidence=[*_spans(found), *cleared],
    )


def _names_outside_directory(text: str, known: Sequence[Detection | Evidence]) -> list[Detection]:
    """Person-like names that overlap no directory name (counted or cleared)."""
    from policyguard.screening.names import person_like_names

    spans = [(k.start or 0, k.end or 0) for k in known]
    return [
        d
        for d in person_like_names().detect(text)
        # a titled name, a first name alone, a name in an example (0.45) ask for no review
        if d.score >= 0.5 and all(d.end <= start or d.start >= end for start, end in spans)
    ]


def personal_data_notes(params: PersonalDataParams) -> list[str]:
    """What ``pack validate`` should point out about a ``content.personal_data`` binding."""
    if params.allowed:
        return []
    return [
        "content.personal_data lists none of the institution's own public contact details "
        "(params.allowed: switchboard, campus postcodes and addresses, public emails), so "
        "posts that give them will be flagged as personal data"
    ]


def _name_hits(lookups: Lookups, text: str) -> list[Detection]:
    """Directory names in ``text`` scoring 0.5 or more (none if the lookups hold no
    directory)."""
    from policyguard.lookups import DirectoryLookups
    from policyguard.screening.screen import names_for

    if not isinstance(lookups, DirectoryLookups):
        return []
    return [d for d in names_for(lookups.directory()).detect(text) if d.score >= 0.5]


def _names_that_count(
    ctx: RuleContext[PostEvent, PersonalDataParams],
) -> tuple[list[Detection], list[Evidence]]:
    """Name mentions that count, and evidence of those cleared (self, consent, kind)."""
    params, _event = ctx.params, ctx.event
    author = ctx.person("author")
    shown = {p.id for path, p in ctx.people.items() if path.startswith("media.")}
    counted, cleared = [], []
    for hit in _name_hits(ctx.lookups, ctx.event.text):
        if hit.score < params.name_threshold:
            continue
        ids = hit.detail.get("person_ids", "").split(",")
        people = [p for p in (ctx.lookups.person(i) for i in ids) if p is not None]
        reason = _clearance(ctx, people, author, shown)
        if reason:
            cleared.append(
                Evidence(
                    kind="person",
                    field="text",
                    value=hit.match,
                    start=hit.start,
                    end=hit.end,
                    note=reason,
                )
            )
        else:
            counted.append(hit)
    return counted, cleared


def _clearance(
    ctx: RuleContext[PostEvent, PersonalDataParams],
    people: list[Person],
    author: Person | None,
    shown: set[str],
) -> str:
    params, day = ctx.params, ctx.day
    if not people:
        return ""
    if author is not None and all(p.id == author.id for p in people):
        return "the author's own name"
    if params.people and not any(p.is_(k, day) for p in people for k in params.people):
        return "not one of the kinds of people this rule protects"
    official = ctx.event.account_type == AccountType.OFFICIAL
    if (
        official
        and params.consent_use
        and all(_consented(ctx, p.id, params.consent_use, day) for p in people)
    ):
        note = "shown in the attached media" if shown & {p.id for p in people} else "named"
        return f"{note}, with valid consent for {params.consent_use}"
    return ""


def _consented(
    ctx: RuleContext[PostEvent, PersonalDataParams], person_id: str, use: str, day: date
) -> bool:
    return any(c.valid_on(day) and use in c.uses for c in ctx.lookups.consents(person_id))


# --- topics --------------------------------------------------------------------------

TopicLabel = Literal[
    "political",
    "religious",
    "promotional",
    "spam",
    "chain_letter",
    "external_link",
    "speaks_for_institution",
    "confidential",
    "sensitive",
    "embargoed",
]


_TOPIC_BLOCKING: tuple[TopicLabel, ...] = ("embargoed", "confidential")


class EmbargoParam(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, description="e.g. ofsted_report.")
    terms: list[str] = Field(min_length=1)
    until: date | None = Field(default=None, description="Publication date; none: until lifted.")


class TopicsParams(_Scope):
    labels: list[TopicLabel] = Field(min_length=1, description="Topics this binding enforces.")
    block_labels: list[TopicLabel] = Field(
        default_factory=lambda: list(_TOPIC_BLOCKING),
        description="Labels that block; the others ask review.",
    )
    review_at: float = Field(default=0.5, ge=0, le=1)
    allowed_domains: list[str] = Field(
        default_factory=list, description="Link hosts that are fine (subdomains too)."
    )
    sensitive_topics: dict[str, list[str]] = Field(default_factory=dict)
    confidential_terms: list[str] = Field(default_factory=list)
    embargoes: list[EmbargoParam] = Field(default_factory=list)
    spokesperson_roles: list[str] = Field(
        default_factory=list, description="Roles whose holders may speak for the institution."
    )
    route_to: str | None = Field(
        default=None, description="Role that must see a flagged post (e.g. M&C)."
    )


def _topic_roles(params: TopicsParams) -> list[str]:
    return [*params.spokesperson_roles, *([params.route_to] if params.route_to else [])]


@rule(
    "content.topics",
    events={"post"},
    params=TopicsParams,
    roles=_topic_roles,
    summary="Political, religious, promotional, spam, chain-letter, confidential, "
    "embargoed and sensitive content; outside links; speaking for the institution.",
)
def topics(ctx: RuleContext[PostEvent, TopicsParams]) -> Iterator[Finding]:
    from policyguard.screening.screen import memo
    from policyguard.screening.topics import Embargo, TopicDetector

    event, params = ctx.event, ctx.params
    if not _applies(params, event) or not event.text.strip():
        return
    organisation = ctx.pack.organisation
    detector = memo(
        params,
        f"topics:{ctx.pack.slug}",
        lambda: TopicDetector(
            organisation_names=organisation.names,
            allowed_domains=[*params.allowed_domains, *organisation.email_domains],
            sensitive_topics=params.sensitive_topics,
            confidential_terms=params.confidential_terms,
            embargoes=[Embargo(e.name, tuple(e.terms), e.until) for e in params.embargoes],
        ),
    )
    author = ctx.person("author")
    spokesperson = author is not None and any(author.holds(r) for r in params.spokesperson_roles)
    found = []
    for d in detector.detect(event.text):
        if d.label not in params.labels or d.score < params.review_at:
            continue
        if d.label == "embargoed" and d.detail.get("until") and d.detail["until"] <= str(ctx.day):
            continue  # the embargo has lifted
        if d.label == "speaks_for_institution" and (
            spokesperson or event.account_type == AccountType.OFFICIAL
        ):
            continue
        found.append(d)
    if not found:
        return
    blocking = any(d.label in params.block_labels for d in found)
    actions = []
    if params.route_to:
        actions.append(
            ctx.action(
                "route_flagged_post",
                "Check the flagged topics before the post goes out or stays up.",
                params.route_to,
            )
        )
    yield ctx.finding(
        Outcome.BLOCK if blocking else Outcome.REVIEW,
        f"The post touches topics the policy restricts ({_labels(found)}).",
        evidence=_spans(found),
        actions=actions,
    )


# --- spelling ------------------------------------------------------------------------


def _outgoing() -> list[Direction]:
    return ["outgoing"]


class SpellingParams(_Scope):
    account_types: list[AccountType] = Field(default_factory=lambda: [AccountType.OFFICIAL])
    directions: list[Direction] = Field(default_factory=lambda: _outgoing())
    vocabulary: list[str] = Field(
        default_factory=list, description="Names and terms accepted as spelled."
    )
    flag_us: bool = True
    prefer_ise: bool = True


@rule(
    "content.spelling",
    events={"post"},
    params=SpellingParams,
    summary="British English spelling on the accounts it covers (official by default).",
)
def spelling(ctx: RuleContext[PostEvent, SpellingParams]) -> Iterator[Finding]:
    from policyguard.lookups import DirectoryLookups
    from policyguard.screening.screen import directory_words, memo
    from policyguard.screening.spelling import SpellingDetector

    event, params = ctx.event, ctx.params
    if not _applies(params, event) or not event.text.strip():
        return
    pack_names = ctx.pack.organisation.names

    def build() -> SpellingDetector:
        vocabulary = [*params.vocabulary, *pack_names]
        return SpellingDetector(
            vocabulary=vocabulary, flag_us=params.flag_us, prefer_ise=params.prefer_ise
        )

    # The detector is cached with the binding's params (which the pack keeps alive); the
    # directory's names are passed per call, so no cache is keyed on a short-lived object.
    detector = memo(params, f"spelling:{','.join(pack_names)}", build)
    lookups = ctx.lookups
    people = lookups.directory() if isinstance(lookups, DirectoryLookups) else ()
    found = detector.detect(event.text, also_accept=directory_words(people))
    if found:
        yield ctx.finding(
            Outcome.REVIEW,
            f"Check the spelling before posting ({len(found)} word"
            f"{'s' if len(found) > 1 else ''}: {', '.join(d.match for d in found[:8])}).",
            evidence=_spans(found),
        )


# --- moderation ----------------------------------------------------------------------


class ModerationParams(_Scope):
    account_types: list[AccountType] = Field(default_factory=lambda: [AccountType.OFFICIAL])
    role: str = Field(default="moderator", description="Who moderates.")


@rule(
    "content.moderation",
    events={"post"},
    params=ModerationParams,
    roles=lambda params: [params.role],
    summary="Every post by or to the covered accounts goes to the moderating role.",
)
def moderation(ctx: RuleContext[PostEvent, ModerationParams]) -> Iterator[Finding]:
    event, params = ctx.event, ctx.params
    if not _applies(params, event):
        return
    way = "made by" if event.direction == "outgoing" else "made to"
    yield ctx.finding(
        Outcome.REVIEW,
        f"Every post {way} a {event.account_type.value} account is moderated.",
        evidence=[
            Evidence(kind="field", field="account_type", value=event.account_type.value),
            Evidence(kind="field", field="direction", value=event.direction),
        ],
        actions=[
            ctx.action("moderate_post", f"Moderate this post {way} the account.", params.role)
        ],
    )
