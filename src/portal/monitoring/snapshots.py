"""Compile an organisation's snapshot: UT1 folders, the pack's web policy, and the lists
edited in the portal, through the core's build API (``policyguard.webfilter``); and
publish a change to those lists as the overlay beside it (:func:`publish_lists`).

The core's ``compile_snapshot`` takes one UT1 folder; several are read here with its
``read_ut1`` and joined (a category name found in two folders is an error, as in the
core), then built with ``build_snapshot``. The portal's lists go through the very files
``export_weblists`` writes, so what is built is what an administrator can read.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from policyguard import PolicyguardError
from policyguard.webfilter import (
    BuildReport,
    Category,
    ListFormat,
    ListProblem,
    Snapshot,
    Source,
    Tier,
    WebFilterError,
    build_snapshot,
    overlay_path,
    policy_from_pack,
    policy_sources,
    read_ut1,
    write_overlay,
)
from portal.monitoring.models import WebListState
from portal.monitoring.queries import export_entries
from portal.monitoring.weblists import write_lists
from portal.organisations.models import Organisation
from portal.organisations.snapshots import snapshot_path

__all__ = ["NO_SNAPSHOT", "build_organisation_snapshot", "lists_state", "publish_lists"]

logger = logging.getLogger(__name__)


def build_organisation_snapshot(
    organisation: Organisation, output: Path, *, ut1: Sequence[Path], work: Path
) -> BuildReport:
    """Write ``output``; ``work`` is a folder for the exported list files. When
    ``output`` is the organisation's own snapshot, the lists' state it holds is then
    the published one.

    Raises WebFilterError (a bad UT1 folder, a category named twice, a bad ``web:``).
    """
    problems: list[ListProblem] = []
    sources: list[Source] = []
    for folder in ut1:
        sources.extend(read_ut1(folder, problems))
    # Read before the lists: what is built then holds at least this version's changes.
    version = lists_state(organisation).version
    policy = _policy(organisation)
    own = _own_sources(organisation, work, policy)
    clash = {s.category.name for s in sources} & {s.category.name for s in own}
    if clash:
        raise WebFilterError(f"a UT1 folder has a category named {sorted(clash)[0]!r}: rename it")
    report = build_snapshot(
        [*sources, *own], output, policy=policy, problems=problems, lists_version=version
    )
    if output.resolve() == snapshot_path(organisation).resolve():
        _built(organisation, output, version)
    return report


def _built(organisation: Organisation, output: Path, version: int) -> None:
    """The organisation's own snapshot holds its lists at ``version`` now: an overlay of
    that version or older has nothing more to say and goes (under the state's row lock,
    so a publication of a newer version is never the one removed)."""
    with transaction.atomic():
        lists_state(organisation)
        state = WebListState.objects.select_for_update().get(organisation=organisation)
        overlay = overlay_path(output)
        if overlay.exists():
            try:
                with Snapshot.open(overlay) as written:
                    stale = written.lists_version <= version
            except WebFilterError:
                stale = True
            if stale:
                overlay.unlink(missing_ok=True)
        if state.published_version < version or state.problem:
            state.published_version = max(state.published_version, version)
            state.published_at = timezone.now()
            state.problem = ""
            state.save(update_fields=["published_version", "published_at", "problem"])


def _policy(organisation: Organisation) -> dict[str, Any]:
    try:
        policy = policy_from_pack(organisation.pack())
    except PolicyguardError as exc:
        raise WebFilterError(f"{organisation.slug}: the pack's web section: {exc}") from None
    # The block page is this portal's own /blocked, wherever it is served: the site URL
    # wins over the pack's ``block_page`` (the bundled packs name the demo's address).
    policy["block_page"] = f"{settings.POLICYGUARD_SITE_URL}/blocked"
    return policy


def _own_sources(organisation: Organisation, work: Path, policy: dict[str, Any]) -> list[Source]:
    """The organisation's own lists (allow, deny, always block): the portal's, through
    the files ``export_weblists`` writes, with the pack's ``web.allow``/``web.deny``."""
    sources: list[Source] = []
    by_name: dict[str, Source] = {}
    for path, category, tier in write_lists(work, export_entries(organisation)):
        source = Source(Category(category, Tier(tier)), origin=f"portal {tier} list")
        source.files.append((path, ListFormat.CUSTOM))
        by_name[category] = source
        sources.append(source)
    for source in policy_sources(policy):
        existing = by_name.get(source.category.name)
        if existing is not None:
            existing.entries.extend(source.entries)
        else:
            sources.append(source)
    return sources


def lists_state(organisation: Organisation) -> WebListState:
    """The organisation's :class:`WebListState` (made at version 0 when it has none)."""
    state, _ = WebListState.objects.get_or_create(organisation=organisation)
    return state


NO_SNAPSHOT = (
    "This organisation has no compiled snapshot yet, so there is nothing for the change "
    "to go into: build it once (python -m portal build_snapshot --org {slug} UT1-FOLDER...); "
    "after that, changes go live on their own."
)


def publish_lists(organisation: Organisation) -> str:
    """Make the proxies use the organisation's lists as they are now: write the overlay
    beside its snapshot (a second or so, whatever the size of the category lists), which
    running helpers take up within a second. Returns a one-line summary; a problem is
    also kept on the lists' state, where the lists page shows it.

    Publishers take the state's row lock, so two workers publish one after the other
    and a list change waits for a publication in progress (under a second): the version
    read is then exactly what the lists hold. Running it twice writes the same file.
    """
    main = snapshot_path(organisation)
    with transaction.atomic():
        lists_state(organisation)
        state = WebListState.objects.select_for_update().get(organisation=organisation)
        version = state.version
        if not main.exists():
            state.problem = NO_SNAPSHOT.format(slug=organisation.slug)
            state.save(update_fields=["problem"])
            return state.problem
        if state.published_version >= version and not state.problem:
            return f"{organisation.slug}: lists version {version} is live already"
        with tempfile.TemporaryDirectory(prefix="policyguard-lists-") as folder:
            sources = _own_sources(organisation, Path(folder), _policy(organisation))
            report = write_overlay(
                sources, main, organisation=organisation.slug, lists_version=version
            )
        with Snapshot.open(main) as snapshot:  # as a helper will read it
            state.problem = snapshot.overlay_problem
        if not state.problem:
            state.published_version = version
            state.published_at = timezone.now()
        state.save(update_fields=["problem", "published_version", "published_at"])
    if state.problem:
        logger.warning("%s: lists not published: %s", organisation.slug, state.problem)
        return state.problem
    return (
        f"{organisation.slug}: lists version {version} published "
        f"({report.host_keys} hosts, {report.url_keys} URL prefixes)"
    )
