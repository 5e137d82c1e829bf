"""Compile an organisation's lists and web policy into one snapshot.

    report = compile_snapshot(Path("vts.pgwf"), ut1=Path("ut1"), policy=policy_from_pack(pack))
    for problem in report.problems: print(problem.render())

The organisation's own ``allow`` and ``deny`` entries (from the pack, or custom lists
edited in the portal) become the categories ``org_allow`` and ``org_deny``; lists named
as ``always_block`` (IWF/CTIRU-style) keep that tier whatever the policy says.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from policyguard.webfilter.errors import ListError, ListProblem
from policyguard.webfilter.lists import Category, ListFormat, Source, Tier, read_ut1
from policyguard.webfilter.snapshot import BuildReport, build_snapshot, overlay_path
from policyguard.webfilter.verdict import ORG_ALLOW, ORG_DENY

__all__ = ["ListSpec", "compile_snapshot", "policy_sources", "write_overlay"]


@dataclass(frozen=True)
class ListSpec:
    """A list file to import as ``category`` with ``tier``, read in ``fmt``."""

    path: Path
    category: str
    fmt: ListFormat = ListFormat.CUSTOM
    tier: Tier = Tier.CATEGORY


def policy_sources(policy: Mapping[str, Any]) -> list[Source]:
    """The organisation's inline allow/deny entries of a compiled policy, as sources."""
    sources = []
    for part, name, tier in (("allow", ORG_ALLOW, Tier.ALLOW), ("deny", ORG_DENY, Tier.DENY)):
        entries = (policy.get(part) or {}).get("entries", [])
        sources.append(
            Source(
                Category(name, tier, "white" if tier is Tier.ALLOW else "black"),
                entries=list(entries),
                origin=f"web.{part}.entries",
            )
        )
    return sources


def compile_snapshot(
    output: Path,
    *,
    ut1: Path | None = None,
    ut1_categories: Iterable[str] | None = None,
    lists: Sequence[ListSpec] = (),
    policy: Mapping[str, Any] | None = None,
) -> BuildReport:
    """Build ``output`` from a UT1 folder, extra list files and a compiled policy."""
    problems: list[ListProblem] = []
    sources: list[Source] = []
    if ut1 is not None:
        sources.extend(read_ut1(ut1, problems, categories=ut1_categories))
    by_name = {s.category.name: s for s in sources}
    for spec in lists:
        source = by_name.get(spec.category)
        if source is None:
            source = Source(Category(spec.category, spec.tier), origin=str(spec.path))
            by_name[spec.category] = source
            sources.append(source)
        elif source.category.tier is not spec.tier:
            raise ListError(
                f"{spec.path}: category {spec.category!r} is already a {source.category.tier} "
                f"list; give this {spec.tier} list another name"
            )
        source.files.append((spec.path, spec.fmt))
    extra = policy_sources(policy or {})
    for source in extra:
        existing = by_name.get(source.category.name)
        if existing is not None:
            existing.entries.extend(source.entries)
        else:
            sources.append(source)
    return build_snapshot(
        sources, output, policy=dict(policy) if policy else None, problems=problems
    )


def write_overlay(
    sources: Sequence[Source], snapshot: Path, *, organisation: str, lists_version: int
) -> BuildReport:
    """Write the overlay of the snapshot at ``snapshot`` (:func:`overlay_path`): the
    organisation's own lists as they are now, ``sources`` (each a category the snapshot
    has, with the same tier), at state ``lists_version`` of those lists.

    Helpers reading the snapshot pick it up without a restart, in place of the same
    categories of the snapshot, while it is of a newer state than the snapshot's own
    (:meth:`Snapshot.refresh`). A few thousand entries build in well under a second.
    """
    names = [source.category.name for source in sources]
    return build_snapshot(
        sources,
        overlay_path(snapshot),
        lists_version=lists_version,
        overlay={"organisation": organisation, "categories": names},
    )
