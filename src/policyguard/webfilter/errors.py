"""Errors of the web filter. They extend the core's tree (see ``policyguard.errors``).

    PolicyguardError
    └── WebFilterError          base of everything the web filter raises on purpose
        ├── UrlError            a URL or host cannot be read (what, and which part)
        ├── ListError           a list file cannot be read at all (file, line)
        ├── SnapshotError       a snapshot file is missing, truncated or of another format
        └── WebPolicyError      the pack's ``web:`` section is invalid (field path, hint)

Bad *lines* of a list are not errors: the importer reports them as :class:`ListProblem`
records and goes on, so one typo never stops a whole list from loading.
"""

from __future__ import annotations

from dataclasses import dataclass

from policyguard.errors import PolicyguardError


class WebFilterError(PolicyguardError):
    """Base class of every error the web filter raises on purpose."""


class UrlError(WebFilterError):
    """A URL or host name that cannot be read as one; the message says which part."""


class ListError(WebFilterError):
    """A list file or folder that cannot be read at all (missing, not text)."""


class SnapshotError(WebFilterError):
    """A snapshot that is missing, truncated, or written by an incompatible version."""


class WebPolicyError(WebFilterError):
    """The pack's ``web:`` section is invalid; each line of the message names a field."""


@dataclass(frozen=True, slots=True)
class ListProblem:
    """One list line that was skipped, with where it is and why."""

    file: str
    line: int
    text: str
    message: str

    def render(self) -> str:
        return f"{self.file}:{self.line}: {self.message}: {self.text!r}"
