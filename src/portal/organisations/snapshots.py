"""Where each organisation's compiled web-filter snapshot lives, and the open snapshot.

The file is ``POLICYGUARD_SNAPSHOT_DIR/<slug>.pgwf``, written by ``build_snapshot``
(``portal.monitoring``) and read by the Squid helpers; the portal decides web requests,
and the links in posts, over the same file (``DatabaseLookups.web_snapshot``), so a
decision does not depend on the door it came in by.
"""

from __future__ import annotations

import logging
from pathlib import Path

from django.conf import settings

from policyguard.webfilter import Snapshot, WebFilterError
from portal.organisations.models import Organisation

logger = logging.getLogger(__name__)

# slug -> ((mtime_ns, size) of the file when opened, the open snapshot). A rebuilt file is
# a new file (written beside and renamed over), so a changed stamp means open it again.
_OPEN: dict[str, tuple[tuple[int, int], Snapshot]] = {}


def snapshot_path(organisation: Organisation) -> Path:
    """Where the organisation's compiled snapshot lives (``POLICYGUARD_SNAPSHOT_DIR``)."""
    return Path(settings.SNAPSHOT_DIR) / f"{organisation.slug}.pgwf"


def current_snapshot(organisation: Organisation) -> Snapshot | None:
    """The organisation's compiled snapshot, as its Squid helpers read it; None until one
    is built (a decision then says the URL was not categorised). One that cannot be read
    is logged and treated as absent. The overlay of the organisation's own lists
    (``portal.monitoring.snapshots.publish_lists``) is read again when it changes."""
    path = snapshot_path(organisation)
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _OPEN.get(organisation.slug)
    if cached is not None and cached[0] == stamp:
        cached[1].refresh()  # the overlay of the organisation's lists, as helpers do
        return cached[1]
    try:
        snapshot = Snapshot.open(path)
    except WebFilterError as exc:
        logger.warning("%s: the compiled snapshot cannot be read: %s", organisation.slug, exc)
        return None
    if cached is not None:
        cached[1].close()
    _OPEN[organisation.slug] = (stamp, snapshot)
    return snapshot
