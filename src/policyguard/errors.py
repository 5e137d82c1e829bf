"""The core's errors. Every error that reaches a person says what, where and how to fix it.

PolicyguardError            base of everything the core raises on purpose
├── PackError               a pack file or pack data is invalid (file, line, field, hint)
├── PackNotFound            no bundled pack has that slug, or no file at that path
├── EventError              an event is invalid or refers to someone unknown (field)
├── DirectoryError          a directory file (people, consents) is missing or invalid
├── InputError              an input file (an event, a text) cannot be read
├── RuleError               a rule name is unknown or registered twice
├── SpellingUnavailable     hunspell or its dictionary is missing   (screening.spelling)
├── EncoderError            the abuse encoder's files are missing or damaged
│                                                                   (screening.encoder)
└── WebFilterError          the web filter's errors                 (webfilter.errors)
    ├── UrlError, ListError, SnapshotError, WebPolicyError

Areas define their own errors beside their code, under this tree.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class PolicyguardError(Exception):
    """Base class of every error the core raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a pack or an event: where it is and how to fix it."""

    field: str
    message: str
    line: int | None = None
    hint: str | None = None

    def render(self, source: str | None = None) -> str:
        where = source or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        prefix = f"{where}: " if where else ""
        text = f"{prefix}{self.field}: {self.message}" if self.field else f"{prefix}{self.message}"
        if self.hint:
            text += f" (fix: {self.hint})"
        return text


@dataclass
class _ProblemsError(PolicyguardError):
    problems: list[Problem] = field(default_factory=list)
    source: str | None = None

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        return "\n".join(p.render(self.source) for p in self.problems)


class PackError(_ProblemsError):
    """A pack is invalid. ``problems`` lists each one with its line and field."""


class PackNotFound(PolicyguardError):
    """No pack with that slug or path."""


class EventError(_ProblemsError):
    """An event is invalid. ``problems`` name the field (dotted path) of each fault."""


class DirectoryError(_ProblemsError):
    """A directory file is missing or invalid. ``problems`` name the entry and field."""


class InputError(PolicyguardError):
    """An input file (an event, a text to screen) cannot be read; the message says why."""


class RuleError(PolicyguardError):
    """A rule name is unknown, or two rules were registered under one name."""
