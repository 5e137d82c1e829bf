"""Small helpers shared by rule modules."""

from __future__ import annotations

from policyguard.people import Person
from policyguard.policy.decisions import Evidence


def relative_holder(role: str, person: Person | None) -> str | None:
    """Who holds a per-person role (line manager, progress tutor) for ``person``."""
    if person is None:
        return None
    if role == "line_manager":
        return person.line_manager_id
    if role == "progress_tutor":
        return person.progress_tutor_id
    return None


def param(name: str, value: object) -> Evidence:
    """Evidence that a rule parameter decided the finding."""
    return Evidence(kind="parameter", field=name, value=value)
