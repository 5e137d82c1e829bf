"""The pack as a readable policy: its clauses under the institution's own headings, and
its guidance by the moment it is shown. Plain functions of the pack; no database."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policyguard import MOMENT_TITLES, Clause, ClauseKind, GuidanceMoment, Pack, guidance_placements

KIND_NOTES = {
    ClauseKind.RULE: "checked by the portal",
    ClauseKind.WORKFLOW: "a process the portal runs",
    ClauseKind.GUIDANCE: "guidance",
    ClauseKind.RECORD: "about the policy itself",
}
# Where each guided question and each kind of decision shows guidance.
MOMENTS = {
    "profile": GuidanceMoment.PROFILE_CHECK,
    "profile_check": GuidanceMoment.PROFILE_CHECK,
    "connection": GuidanceMoment.CONNECTION,
    "media": GuidanceMoment.MEDIA,
    "post": GuidanceMoment.DRAFT,
    "draft": GuidanceMoment.DRAFT,
}


def heading_of(section: str) -> str:
    """The document's own heading in a clause's ``section`` ("Responsibilities (social
    media), para 1" -> "Responsibilities (social media)"); a section given by number
    alone ("4.5", "2.1-2.2") is headed by its first number ("Section 4")."""
    head = re.split(r"[,;]", section, maxsplit=1)[0].strip()
    head = re.sub(r"\s+(paras?|items?)\b.*$", "", head, flags=re.IGNORECASE).strip()
    if re.fullmatch(r"[\d.\-\s]+", head):
        first = re.split(r"[.\-]", head)[0]
        return f"Section {first}"
    return head or section


@dataclass(frozen=True)
class PolicySection:
    heading: str
    clauses: list[tuple[Clause, str]]  # (clause, what kind of thing it is)


def policy_sections(pack: Pack) -> list[PolicySection]:
    """Every clause under its heading, headings in the order the document first uses
    them."""
    sections: dict[str, list[tuple[Clause, str]]] = {}
    for clause in pack.clauses:
        sections.setdefault(heading_of(clause.section), []).append(
            (clause, KIND_NOTES[clause.kind])
        )
    return [PolicySection(h, c) for h, c in sections.items()]


@dataclass(frozen=True)
class GuideSection:
    moment: GuidanceMoment | None
    title: str
    clauses: list[Clause]


def guidance_for(pack: Pack, moment: GuidanceMoment) -> list[Clause]:
    return [
        pack.clause(clause_id)
        for clause_id, (moments, _) in guidance_placements(pack).items()
        if moment in moments
    ]


def staff_guide(pack: Pack) -> list[GuideSection]:
    """The guidance clauses by the moment they help with; those placed nowhere else
    under "In general". A clause may help at several moments."""
    placed = guidance_placements(pack)
    sections = [
        GuideSection(moment, MOMENT_TITLES[moment], guidance_for(pack, moment))
        for moment in GuidanceMoment
    ]
    general = [pack.clause(c) for c, (moments, _) in placed.items() if not moments]
    sections.append(GuideSection(None, "In general", general))
    return [s for s in sections if s.clauses]
