"""What rules need to know beyond the event: the directory of people and their consents.

The portal implements :class:`Lookups` over its database; tests and the CLI use
:class:`InMemoryLookups`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from policyguard.errors import DirectoryError, Problem
from policyguard.people import Day, Person


class ConsentGiver(StrEnum):
    SELF = "self"
    PARENT = "parent"  # a parent, guardian or carer with parental responsibility


MediaKind = Literal["image", "video", "lesson_recording"]
MEDIA_KINDS: tuple[MediaKind, ...] = ("image", "video", "lesson_recording")


class Consent(BaseModel):
    """Permission to use images or information of ``person_id`` for the listed uses."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    person_id: str
    given_by: ConsentGiver
    given_by_person_id: str | None = None
    uses: list[str] = Field(
        default_factory=lambda: ["official_social_media"],
        description="e.g. official_social_media, marketing, educational_activity.",
    )
    media: list[MediaKind] = Field(
        default_factory=lambda: list(MEDIA_KINDS),
        description="What the consent covers: image, video, lesson_recording (all by default).",
    )
    given_on: Day
    withdrawn_on: Day | None = None

    def valid_on(self, day: date) -> bool:
        return self.given_on <= day and (self.withdrawn_on is None or day < self.withdrawn_on)

    def covers(self, media: str) -> bool:
        """Whether the consent covers this kind of media (an image, a video...)."""
        return media in self.media


class Lookups(Protocol):
    def person(self, person_id: str) -> Person | None: ...

    def consents(self, person_id: str) -> Sequence[Consent]: ...


@runtime_checkable
class DirectoryLookups(Protocol):
    """Optional extra of a :class:`Lookups`: everyone in the directory, for screening text
    for their names. Return the same sequence object while the directory is unchanged:
    the name index built from it is cached by identity (then by content)."""

    def directory(self) -> Sequence[Person]: ...


class InMemoryLookups:
    """A directory held in memory (tests, the CLI's ``--directory`` file)."""

    def __init__(
        self,
        people: Iterable[Person] = (),
        consents: Iterable[Consent] = (),
        *,
        web_snapshot: object | None = None,
    ) -> None:
        """``web_snapshot``: the organisation's compiled ``policyguard.webfilter.Snapshot``,
        so web requests are categorised exactly as its Squid helper does."""
        self.web_snapshot = web_snapshot
        self._people = {p.id: p for p in people}
        self._directory = tuple(self._people.values())
        self._consents: dict[str, list[Consent]] = {}
        for consent in consents:
            self._consents.setdefault(consent.person_id, []).append(consent)

    def person(self, person_id: str) -> Person | None:
        return self._people.get(person_id)

    def consents(self, person_id: str) -> Sequence[Consent]:
        return self._consents.get(person_id, [])

    def directory(self) -> Sequence[Person]:
        return self._directory

    @classmethod
    def from_json_file(cls, path: str | Path) -> InMemoryLookups:
        """Read ``{"people": [...], "consents": [...]}``; errors name the entry and field."""

        class _Directory(BaseModel):
            model_config = ConfigDict(extra="forbid")
            people: list[Person] = Field(default_factory=list)
            consents: list[Consent] = Field(default_factory=list)

        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            raise DirectoryError(problems=[Problem("", str(reason))], source=str(path)) from None
        try:
            directory = _Directory.model_validate_json(text)
        except ValidationError as exc:
            raise DirectoryError(
                problems=[
                    Problem(".".join(str(p) for p in e["loc"]), e["msg"])
                    for e in exc.errors(include_url=False)
                ],
                source=str(path),
            ) from None
        return cls(directory.people, directory.consents)


NO_LOOKUPS = InMemoryLookups()
