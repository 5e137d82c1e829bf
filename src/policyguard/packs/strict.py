"""The base of every pack model, and the patterns its keys and clause IDs follow."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

__all__ = ["CLAUSE_ID", "KEY", "Strict"]

CLAUSE_ID = r"^[A-Z]+-\d{2,3}$"
KEY = r"^[a-z][a-z0-9_]*$"


class Strict(BaseModel):
    """Frozen (a loaded pack never changes) and strict: an unknown key is an error, so a
    misspelt option is reported instead of silently ignored."""

    model_config = ConfigDict(frozen=True, extra="forbid")
