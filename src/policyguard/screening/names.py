"""Names of people in the organisation's directory, found with an Aho-Corasick automaton.

How strongly a mention counts depends on how much of the name it carries:

- a full name ("Jack Smith", "Jack Robert Smith") is a strong match (0.95);
- a title and surname ("Mr Smith", "Dr. Patel") is strong (0.85);
- an initial and surname ("J. Smith") is fairly strong (0.75);
- a lone surname that is rare (not a common surname, not an everyday word) and written
  with a capital is a possible match (0.45);
- a lone first name is at most a hint (0.3), and only when it is rare and capitalised:
  "Jack" alone names nobody in particular in a college of thousands.

Lower-case writing of a full name still counts ("jack smith is a loser"), a little
weaker. Matches must sit on word boundaries ("Jackson" is not "Jack").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import ahocorasick  # type: ignore[import-not-found]  # ships no type stubs

from policyguard.screening.base import Detection, at_word_boundary, fold, remove_overlaps

FULL, TITLED, INITIAL, SURNAME, FIRST = "full", "titled", "initial", "surname", "first"
_SCORES = {FULL: 0.95, TITLED: 0.85, INITIAL: 0.75, SURNAME: 0.45, FIRST: 0.3}
_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame")


def _word_list(name: str) -> frozenset[str]:
    text = resources.files("policyguard.screening.data").joinpath(name).read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: str
    key: str
    person_ids: tuple[str, ...]
    names: tuple[str, ...]


class DirectoryNames:
    """A detector of directory names; build once per directory, call ``detect`` per post.

    ``people`` is an iterable of ``(person_id, full_name)``. Names with a single word are
    treated as a first name only.
    """

    name = "directory_names"

    def __init__(self, people: Iterable[tuple[str, str]]) -> None:
        common_first = _word_list("common_first_names.txt")
        common_last = _word_list("common_surnames.txt")
        everyday = _word_list("everyday_words.txt")
        found: dict[str, dict[str, object]] = {}

        def add(kind: str, key: str, person_id: str, full: str) -> None:
            slot = found.setdefault(key, {"kind": kind, "ids": [], "names": []})
            # A key that is a full name for one person and a lone name for another keeps
            # the stronger reading.
            if list(_SCORES).index(kind) < list(_SCORES).index(str(slot["kind"])):
                slot["kind"] = kind
            ids, names = slot["ids"], slot["names"]
            assert isinstance(ids, list) and isinstance(names, list)
            if person_id not in ids:
                ids.append(person_id)
                names.append(full)

        for person_id, full_name in people:
            words = fold(" ".join(full_name.split())).split(" ")
            if not words or not words[0]:
                continue
            first, last = words[0], words[-1]
            if len(words) > 1:
                add(FULL, " ".join(words), person_id, full_name)
                add(FULL, f"{first} {last}", person_id, full_name)
                for title in _TITLES:
                    add(TITLED, f"{title} {last}", person_id, full_name)
                    add(TITLED, f"{title}. {last}", person_id, full_name)
                add(INITIAL, f"{first[0]}. {last}", person_id, full_name)
                add(INITIAL, f"{first[0]} {last}", person_id, full_name)
                if len(last) > 2 and last not in common_last and last not in everyday:
                    add(SURNAME, last, person_id, full_name)
            if len(first) > 2 and first not in common_first and first not in everyday:
                add(FIRST, first, person_id, full_name)

        self._automaton = ahocorasick.Automaton()
        for key, slot in found.items():
            ids, names = slot["ids"], slot["names"]
            assert isinstance(ids, list) and isinstance(names, list)
            self._automaton.add_word(key, _Entry(str(slot["kind"]), key, tuple(ids), tuple(names)))
        self.size = len(found)
        if found:
            self._automaton.make_automaton()

    def detect(self, text: str) -> list[Detection]:
        if not self.size:
            return []
        folded = fold(text)
        offsets: list[int] = []
        if "  " in folded:
            # "Jack  Smith": squeeze runs of spaces, remembering where each character was.
            folded, offsets = _squeeze_spaces(folded)
        candidates = []
        for end_index, entry in self._automaton.iter(folded):
            end = end_index + 1
            start = end - len(entry.key)
            if not at_word_boundary(folded, start, end):
                continue
            if offsets:
                start, end = offsets[start], offsets[end - 1] + 1
            score = self._score(entry, text[start:end])
            if score > 0:
                candidates.append(
                    Detection(
                        label="person_name",
                        start=start,
                        end=end,
                        match=text[start:end],
                        score=score,
                        detector=self.name,
                        detail={
                            "kind": entry.kind,
                            "person_ids": ",".join(entry.person_ids),
                            "names": "; ".join(entry.names),
                        },
                    )
                )
        return remove_overlaps(candidates)

    @staticmethod
    def _score(entry: _Entry, written: str) -> float:
        capitalised = all(w[:1].isupper() for w in written.replace(".", " ").split())
        base = _SCORES[entry.kind]
        if entry.kind in (SURNAME, FIRST):
            # A lone name in lower case is nearly always an ordinary word ("will", "grace").
            return base if capitalised else 0.0
        if not capitalised:
            base -= 0.1
        # One key shared by several people is still a person's name, just not one person's.
        return base if len(entry.person_ids) == 1 else base - 0.05


_SPACES = re.compile(r" {2,}")


def _squeeze_spaces(folded: str) -> tuple[str, list[int]]:
    """``folded`` with runs of spaces made one, and where each kept character was."""
    chars: list[str] = []
    offsets: list[int] = []
    cursor = 0
    for m in _SPACES.finditer(folded):
        chars.append(folded[cursor : m.start() + 1])
        offsets.extend(range(cursor, m.start() + 1))
        cursor = m.end()
    chars.append(folded[cursor:])
    offsets.extend(range(cursor, len(folded)))
    return "".join(chars), offsets


def directory_pairs(people: Sequence[object]) -> list[tuple[str, str]]:
    """``(id, name)`` pairs of people objects that have a non-empty ``name``."""
    pairs = []
    for person in people:
        person_id, name = getattr(person, "id", ""), getattr(person, "name", "")
        if isinstance(person_id, str) and isinstance(name, str) and name.strip():
            pairs.append((person_id, name))
    return pairs


# --- names outside the directory -----------------------------------------------------

_CUE_BEFORE = (
    r"(?:well done|congratulations|congrats|shout[- ]?outs?|thanks|thank you|welcome|"
    r"welcome back|farewell|goodbye|good luck|best of luck|happy birthday|say hello|"
    r"hats off|kudos|big up|proud of|meet|introducing|student|learner|apprentice|pupil|"
    r"tutor|lecturer|teacher|trainee|graduate|alumna|alumnus|winner|runner[- ]up|"
    r"nominee|our own|former student|ex-student|presented to|awarded to|goes to|"
    r"went to|by)"
    r"(?: (?:to|for|from|of|our|your|the|a|an|level \d|year \d+|\w+ student)){0,3} "
)
_NAME_WORD = r"(?:O'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_PERSON_LIKE = re.compile(
    rf"(?i:\b{_CUE_BEFORE})(?P<name>(?P<first>{_NAME_WORD}) (?P<last>{_NAME_WORD}))\b"
    rf"|\b(?P<name2>(?P<first2>{_NAME_WORD}) (?P<last2>{_NAME_WORD}))"
    r"(?=,? (?:who|has|have|had|won|wins|achieved|passed|completed|gained|scored|secured|"
    r"earned|received|collected|joined|left|started|finished|was|is)\b"
    r"|,? \((?:level|year|aged|age))"
)


# Every hit holds two capitalised words in a row (a title counts as one): a cheap test
# that most posts fail.
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.? $")
_CAPITALISED_PAIR = re.compile(r"[A-Z][a-z]*\.? (?:O'|Mc|Mac)?[A-Z][a-z]")


def _words(name: str) -> frozenset[str]:
    text = resources.files("policyguard.screening.data").joinpath(name).read_text("utf-8")
    return frozenset(
        w.lower() for line in text.splitlines() if line.strip()[:1] != "#" for w in line.split()
    )


@cache
def person_like_names() -> PersonLikeNames:
    """The shared :class:`PersonLikeNames` (its word lists are read once)."""
    return PersonLikeNames()


class PersonLikeNames:
    """Names of people who may not be in the directory, found by how they are written.

    A known first name and a capitalised surname after words that introduce a person
    ("well done to Chloe Barker", "student Amir Haddad") or before words that say what
    a person did ("Chloe Barker, who...", "Chloe Barker has passed"). A title and a
    surname ("Mrs Okafor", "Dr Andrew Lewis") is left to the directory: titles name
    staff and visitors, whom official posts name all the time. Every hit is
    ``person_name`` at 0.55 with ``detail["unconfirmed"]``: nobody checked that such a
    person exists, so the content rules only ever ask for review. Known first names come
    from ``first_names.txt`` and ``common_first_names.txt`` (our own lists); surnames
    must not be everyday words.
    """

    name = "person_like_names"

    def __init__(self) -> None:
        self._first = _words("first_names.txt") | _word_list("common_first_names.txt")
        self._not_surnames = _word_list("everyday_words.txt") | _NOT_SURNAMES

    def detect(self, text: str) -> list[Detection]:
        if not _CAPITALISED_PAIR.search(text):
            return []
        found = []
        for m in _PERSON_LIKE.finditer(text):
            group = "name" if m.group("name") else "name2"
            first = m.group("first" if group == "name" else "first2")
            last = m.group("last" if group == "name" else "last2")
            if first.lower() not in self._first or last.lower() in self._not_surnames:
                continue
            start, end = m.span(group)
            if _TITLE_BEFORE.search(text, max(0, start - 6), start):
                continue  # "Dr Andrew Lewis": titled, left to the directory
            found.append(
                Detection(
                    "person_name",
                    start,
                    end,
                    text[start:end],
                    0.55,
                    self.name,
                    {"unconfirmed": "reads as a person's name; not found in the directory"},
                )
            )
        return remove_overlaps(found)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NOT_SURNAMES = _word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december college school university "
    "academy campus centre center hall building road street lane avenue library team "
    "level year day week award awards prize cup trophy course class group club society "
    "students student learners staff department faculty studio salon kitchen workshop "
    "theatre england wales scotland ireland britain london bristol bath swindon chippenham "
    "salisbury trowbridge wiltshire the and of for to in on at"
)
