"""How much of a consent a reader of a decision may learn.

The media rule (``media.consent_required``) explains itself with the consent it found:
when it was given, by whom (a parent or carer, or the person), the person's age, the
purpose it is missing for. That is register detail, for those who keep the register or
moderate (``sees_consent_detail``). Anyone else who may read the decision (the draft's
author, a member asking about a photo) learns only, per person, "cleared" or "consent
missing": the same rule as the moderation page's "People shown".

``for_reader`` is the one function every page, API answer and export showing a
decision runs it through.
"""

from __future__ import annotations

import policyguard as core
from policyguard import Outcome
from portal.consent.queries import may_record_consent
from portal.organisations.queries import Access

CONSENT_RULE = "media.consent_required"
CLEARED = "cleared"
MISSING = "consent missing: the communications team checks"


def sees_consent_detail(access: Access) -> bool:
    """Whether the reader may read the consent behind a decision: the register's keepers
    (``record_consent``), the moderators who clear a publication, administrators."""
    return may_record_consent(access) or access.may("moderate")


def _names(finding: core.Finding) -> list[str]:
    """The people a consent finding is about, by the name its note starts with."""
    names = []
    for evidence in finding.evidence:
        if evidence.kind == "person" and evidence.field == "people_shown":
            label = evidence.note.split(": ", 1)[0] if evidence.note else str(evidence.value)
            names.append(label)
    return list(dict.fromkeys(names))


def _plain(finding: core.Finding) -> core.Finding:
    """``finding`` with each person's note cut to cleared / missing, their age left out,
    and an explanation that names no consent."""
    if finding.rule != CONSENT_RULE or not any(
        e.kind == "person" and e.note for e in finding.evidence
    ):
        return finding
    cleared = finding.outcome == Outcome.ALLOW
    evidence = [
        e.model_copy(update={"note": CLEARED if cleared else MISSING})
        if e.kind == "person" and e.note
        else e
        for e in finding.evidence
        if not (e.kind == "date" and e.field == "date_of_birth")
    ]
    names = ", ".join(_names(finding))
    explanation = (
        f"Consent is in order for: {names}."
        if cleared
        else f"Consent is missing for: {names}. The communications team checks the "
        "register and obtains it before anything is published."
    )
    return finding.model_copy(update={"evidence": evidence, "explanation": explanation})


def without_consent_detail(decision: core.Decision) -> core.Decision:
    """``decision`` as a reader without consent detail may see it (module docstring)."""
    if not any(f.rule == CONSENT_RULE for f in decision.findings):
        return decision
    return decision.model_copy(update={"findings": [_plain(f) for f in decision.findings]})


def for_reader(decision: core.Decision, access: Access) -> core.Decision:
    """``decision`` as ``access``'s holder may read it."""
    return decision if sees_consent_detail(access) else without_consent_detail(decision)
