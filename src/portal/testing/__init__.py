"""Helpers for the portal's tests: small packs and named users.

The packs here stand in for the bundled ones, so the portal's tests do not depend on
what the five real packs say.
"""

from __future__ import annotations

from pathlib import Path

PACKS = Path(__file__).parent / "packs"


def pack_text(name: str) -> str:
    """The YAML of a test pack: ``oakfield`` (review overdue on 2026-11-21) or ``elmbrook``
    (review not yet due)."""
    return (PACKS / f"{name}.yaml").read_text(encoding="utf-8")
