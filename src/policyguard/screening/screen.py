"""The whole screen of one text, and the caches that keep it fast.

Detectors are costly to build (automata, a dictionary, a model) and cheap to call, so
they are built once per configuration and reused:

- :func:`names_for` caches the directory-name index per directory (by the identity of
  the sequence the directory hands out, then by its content); :func:`remember_names`
  hands it one built elsewhere (loaded from a file);
- :func:`memo` caches anything built from a long-lived object (a rule's bound
  parameters), keyed by that object's identity.

:class:`Screener` runs every detector over a text with one configuration; the CLI and
the benchmark use it, and the content rules use the same detectors one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from policyguard.caching import IdentityCache
from policyguard.people import Person
from policyguard.screening.abuse import REVIEW_LINE, AbuseDetector
from policyguard.screening.base import Detection
from policyguard.screening.names import DirectoryNames, directory_pairs, person_like_names
from policyguard.screening.personal import PersonalDataDetector
from policyguard.screening.spelling import SpellingDetector
from policyguard.screening.topics import Embargo, TopicDetector

T = TypeVar("T")
# Built objects by the identity of what they were built from (see policyguard.caching).
_MEMO = IdentityCache[Any](limit=64)
_NAMES_BY_DIRECTORY = IdentityCache[DirectoryNames](limit=8)
_NAMES_BY_CONTENT = IdentityCache[DirectoryNames](limit=8)
_WORDS_BY_DIRECTORY = IdentityCache[frozenset[str]](limit=8)


def memo(owner: object, key: str, build: Callable[[], T]) -> T:
    """``build()`` once per (``owner``, ``key``) while ``owner`` lives in the cache."""
    value: T = _MEMO.get((owner,), key, build)
    return value


# Indexes built elsewhere (the portal loads its directory's from disk), one per slot (an
# organisation): never pushed out by the small directories screened in between.
_REMEMBERED: dict[str, tuple[object, DirectoryNames]] = {}


def remember_names(people: Sequence[Person], index: DirectoryNames, *, slot: str) -> None:
    """Make ``index`` the name index of ``people`` for :func:`names_for`, replacing what
    ``slot`` held: for an index built once and loaded (``DirectoryNames.loads``), so that
    no process builds it again. The cache holds ``people`` itself, so its id is not
    reused while the index is remembered."""
    _REMEMBERED[slot] = (people, index)


def names_for(people: Sequence[Person]) -> DirectoryNames:
    """The name index of ``people``, built once per directory (by the identity of the
    sequence, then by its content: a directory read again unchanged reuses its index),
    unless :func:`remember_names` was handed it."""
    for held, remembered in _REMEMBERED.values():
        if held is people:
            return remembered

    def by_content() -> DirectoryNames:
        pairs = tuple(directory_pairs(people))
        return _NAMES_BY_CONTENT.get((), hash(pairs), lambda: DirectoryNames(pairs))

    return _NAMES_BY_DIRECTORY.get((people,), "names", by_content)


def directory_words(people: Sequence[Person]) -> frozenset[str]:
    """Lower-case words of the names in ``people``, built once per directory object."""

    for held, remembered in _REMEMBERED.values():
        if held is people:
            return remembered.words  # the same words, read when the index was built

    def build() -> frozenset[str]:
        return frozenset(w.lower() for p in people for w in re.findall(r"[^\W\d_]+", p.name))

    return _WORDS_BY_DIRECTORY.get((people,), "words", build)


@dataclass(frozen=True)
class ScreenSettings:
    """What one organisation's screen knows beyond the text (all optional)."""

    organisation_names: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    allowed_contacts: tuple[str, ...] = ()
    student_ids: tuple[str, ...] = ()
    names_outside_directory: bool = True
    vocabulary: tuple[str, ...] = ()
    sensitive_topics: Mapping[str, Sequence[str]] = field(default_factory=dict)
    confidential_terms: tuple[str, ...] = ()
    embargoes: tuple[Embargo, ...] = ()
    flag_us_spelling: bool = True


class Screener:
    """Every detector over one text: abuse, personal data, directory names, topics,
    spelling. Build once (it loads the model and dictionary); call :meth:`screen` often.
    """

    def __init__(
        self, settings: ScreenSettings | None = None, people: Iterable[tuple[str, str]] = ()
    ) -> None:
        settings = settings or ScreenSettings()
        self.settings = settings
        self.abuse = AbuseDetector()
        self.personal = PersonalDataDetector(
            allowed=settings.allowed_contacts, student_ids=settings.student_ids
        )
        self.person_like = person_like_names() if settings.names_outside_directory else None
        self._own_handles = own_handles(settings)
        pairs = list(people)
        self.names = DirectoryNames(pairs)
        self.topics = TopicDetector(
            organisation_names=settings.organisation_names,
            allowed_domains=settings.allowed_domains,
            sensitive_topics=settings.sensitive_topics,
            confidential_terms=settings.confidential_terms,
            embargoes=settings.embargoes,
        )
        vocabulary = [*settings.vocabulary, *settings.organisation_names, *(n for _, n in pairs)]
        self.spelling = SpellingDetector(vocabulary=vocabulary, flag_us=settings.flag_us_spelling)

    def screen(self, text: str) -> dict[str, list[Detection]]:
        """Detections by detector name (``abuse``, ``personal_data``, ``directory_names``,
        ``topics``, ``spelling``). ``personal_data`` also holds person-like names that are
        not in the directory, marked ``unconfirmed``."""
        names = self.names.detect(text)
        personal = self.personal.detect(text)
        if self.person_like is not None:
            # Names that read as a person's but are not in the directory: unconfirmed.
            # (and not a name inside an e-mail address, "kezia dot mensah at gmail dot com",
            # or a home's address, "Tŷ Gwyn, Pentwyn Road": the address says it all)
            known = [(d.start, d.end) for d in names if d.score >= 0.5]
            known += [(d.start, d.end) for d in personal if d.label in ("email", "home_address")]
            # (nor one inside the institution's own handle: "@tamestour" is not "Tam")
            if "@" in text and self._own_handles:
                known += [
                    m.span()
                    for m in _HANDLE.finditer(text)
                    # (its teams' and services' too: "@tamestoursport"; not a student's
                    # handle that starts the same way, "@kendall_smith" beside kendal.ac.uk)
                    if _own_handle(m.group(1), self._own_handles)
                ]
            personal += [
                d
                for d in self.person_like.detect(text)
                if all(d.end <= s or d.start >= e for s, e in known)
            ]
        return {
            "abuse": aim_insults(self.abuse.detect(text), names),
            "personal_data": personal,
            "directory_names": names,
            "topics": self.topics.detect(text),
            "spelling": self.spelling.detect(text),
        }


_HANDLE = re.compile(r"@(\w+)")


# What an institution's own accounts add to its handle: "@tamestoursport", "@wcuc_library".
_OWN_HANDLE_ENDINGS = (
    "", "sport", "sports", "news", "library", "students", "su", "careers", "campus",
    "official", "college", "uni", "art", "arts", "music", "media", "hair", "beauty",
    "construction", "engineering", "apprenticeships", "hub", "life", "events", "team",
)  # fmt: skip


def _own_handle(handle: str, own: tuple[str, ...]) -> bool:
    """Whether ``handle`` (without its "@") is the institution's or one of its accounts'."""
    plain = handle.lower().replace("_", "")
    return any(plain.startswith(o) and plain[len(o) :] in _OWN_HANDLE_ENDINGS for o in own)


def own_handles(settings: ScreenSettings) -> tuple[str, ...]:
    """The handles the institution's own accounts are likely to have, in small letters:
    its web and e-mail domains' first labels ("tamestour" for hello@tamestour.ac.uk) and
    its names run together ("wiltshirecollege", "wcuc")."""
    domains = [c.rsplit("@", 1)[1] for c in settings.allowed_contacts if "@" in c]
    domains += settings.allowed_domains
    handles = {d.strip().lower().split(".")[0] for d in domains}
    handles |= {re.sub(r"\W", "", n).lower() for n in settings.organisation_names}
    return tuple(sorted(h for h in handles if len(h) >= 4))


def aim_insults(abuse: list[Detection], names: Sequence[Detection]) -> list[Detection]:
    """Raise an insult that follows a named person closely ("Jack Smith is an idiot"),
    which the detector left under the review line as aimed at no one, to a review, placed
    as the detector places one aimed at "you" (at the model's score, never under the
    line). An insult said fondly or named to report it stays where the detector put it."""
    if not names:
        return abuse
    model = max((d.score for d in abuse if d.label == "abusive_language"), default=0.0)
    aimed = []
    for d in abuse:
        before = [n for n in names if 0 <= d.start - n.end <= 25]
        if (
            d.label == "insult"
            and d.score < REVIEW_LINE
            and before
            and "fondness" not in d.detail
            and "mentioned" not in d.detail
        ):
            d = replace(
                d,
                score=round(max(model, REVIEW_LINE), 4),
                detail={**d.detail, "aimed_at": max(before, key=lambda n: n.end).match},
            )
        aimed.append(d)
    return aimed
