"""Compile an organisation's snapshot: UT1 folders, the pack's web policy, and the lists
edited in the portal, through the core's build API (``policyguard.webfilter``).

The core's ``compile_snapshot`` takes one UT1 folder; several are read here with its
``read_ut1`` and joined (a category name found in two folders is an error, as in the
core), then built with ``build_snapshot``. The portal's lists go through the very files
``export_weblists`` writes, so what is built is what an administrator can read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from django.conf import settings

from policyguard import PolicyguardError
from policyguard.webfilter import (
    BuildReport,
    Category,
    ListFormat,
    ListProblem,
    Source,
    Tier,
    WebFilterError,
    build_snapshot,
    policy_from_pack,
    policy_sources,
    read_ut1,
)
from portal.monitoring.queries import export_entries
from portal.monitoring.weblists import write_lists
from portal.organisations.models import Organisation

__all__ = ["build_organisation_snapshot"]


def build_organisation_snapshot(
    organisation: Organisation, output: Path, *, ut1: Sequence[Path], work: Path
) -> BuildReport:
    """Write ``output``; ``work`` is a folder for the exported list files.

    Raises WebFilterError (a bad UT1 folder, a category named twice, a bad ``web:``).
    """
    problems: list[ListProblem] = []
    sources: list[Source] = []
    for folder in ut1:
        sources.extend(read_ut1(folder, problems))
    by_name = {s.category.name: s for s in sources}
    for path, category, tier in write_lists(work, export_entries(organisation)):
        if category in by_name:
            raise WebFilterError(f"a UT1 folder has a category named {category!r}: rename it")
        source = Source(Category(category, Tier(tier)), origin=f"portal {tier} list")
        source.files.append((path, ListFormat.CUSTOM))
        by_name[category] = source
        sources.append(source)
    try:
        policy = policy_from_pack(organisation.pack())
    except PolicyguardError as exc:
        raise WebFilterError(f"{organisation.slug}: the pack's web section: {exc}") from None
    # The block page is this portal's own /blocked, wherever it is served: the site URL
    # wins over the pack's ``block_page`` (the bundled packs name the demo's address).
    policy["block_page"] = f"{settings.POLICYGUARD_SITE_URL}/blocked"
    for source in policy_sources(policy):
        existing = by_name.get(source.category.name)
        if existing is not None:
            existing.entries.extend(source.entries)
        else:
            sources.append(source)
    return build_snapshot(sources, output, policy=policy, problems=problems)
